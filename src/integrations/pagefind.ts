/**
 * Builds the Pagefind search index after Astro has written the site.
 *
 * Runs in `astro:build:done` through Pagefind's Node API (no CLI, no second step for
 * the user). Errors from Pagefind stop the build, and the Pagefind service is always
 * closed, even on failure, so the build process can exit.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefindApi from 'pagefind';

type PagefindApi = Pick<typeof pagefindApi, 'createIndex' | 'close'>;

/** Characters kept inside words so that "$20" and "30,000" stay searchable. */
export const INCLUDE_CHARACTERS = '$';

/**
 * Never indexed: chart SVG (tick labels and marks are not prose; each figure's title
 * and caption are indexed from its HTML), navigation and footers (site chrome and
 * the sources list), buttons ("Share", "Copy link"), share links ("Link to this step")
 * and download links.
 */
export const EXCLUDE_SELECTORS = ['[data-pagefind-ignore]', 'svg', 'nav', 'footer', 'button', 'a[download]', '[data-share-group]', 'noscript', '.visually-hidden-chart-table'];

export async function buildIndex(siteDir: string, api: PagefindApi = pagefindApi): Promise<{ pageCount: number }> {
	try {
		// No forceLanguage: Pagefind writes one index per <html lang> ("en", "es"), each stemmed
		// for its language, and a page searches only its own language's index
		// (tests/unit/search.test.ts "search index" checks it).
		const { index, errors } = await api.createIndex({
			includeCharacters: INCLUDE_CHARACTERS,
			excludeSelectors: EXCLUDE_SELECTORS,
		});
		if (!index || errors.length) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
		const added = await index.addDirectory({ path: siteDir });
		if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
		if (added.page_count === 0) throw new Error(`Pagefind found no pages to index in ${siteDir}`);
		const written = await index.writeFiles({ outputPath: `${siteDir.replace(/\/$/, '')}/pagefind` });
		if (written.errors.length) throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
		return { pageCount: added.page_count };
	} finally {
		await api.close();
	}
}

export default function pagefind(): AstroIntegration {
	return {
		name: 'border-pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const { pageCount } = await buildIndex(fileURLToPath(dir));
				logger.info(`Indexed ${pageCount} pages in ${Math.round(performance.now() - started)} ms`);
			},
		},
	};
}
