/**
 * Sharing a page, a figure or a scrollytelling step: the Web Share API where the
 * browser has it; otherwise copy the link to the clipboard. Pure helpers decide
 * which URL is shared and what the reader is told.
 */
export type ShareResult = 'shared' | 'copied' | 'cancelled' | 'failed';

export async function shareOrCopy(data: { title: string; url: string }, nav: Navigator = navigator): Promise<ShareResult> {
	if (typeof nav.share === 'function') {
		try {
			await nav.share(data);
			return 'shared';
		} catch (error) {
			if ((error as DOMException).name === 'AbortError') return 'cancelled';
		}
	}
	try {
		await nav.clipboard.writeText(data.url);
		return 'copied';
	} catch {
		return 'failed';
	}
}

/**
 * The link to share: this page without its query (a search highlight is not passed
 * on) and with `hash` (a step or figure id) when given.
 */
export function shareUrl(location: { origin: string; pathname: string }, hash = ''): string {
	const fragment = hash.replace(/^#/, '');
	return `${location.origin}${location.pathname}${fragment ? `#${encodeURIComponent(fragment)}` : ''}`;
}

/**
 * What a figure's share button links to: inside a scrollytelling graphic, the step
 * the reader is on (so the link opens the chart in that state); otherwise the figure.
 */
export function figureHash(figureId: string, activeStep?: string): string {
	return activeStep || figureId;
}

/** The confirmation shown beside the control ('' when the share sheet itself confirmed or was closed). */
export function shareMessage(result: ShareResult, words: { copied: string; failed: string }): string {
	if (result === 'copied') return words.copied;
	if (result === 'failed') return words.failed;
	return '';
}
