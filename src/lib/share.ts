/** Web Share where the browser has it; otherwise copy the link to the clipboard. */
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
