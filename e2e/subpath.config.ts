/**
 * The search, link-crawler and sharing tests again, with the site built and served
 * under a subpath, as on a project page of a static host:
 *
 *   BASE_PATH=/sub/ OUT_DIR=dist-sub npm run build:local
 *   npx playwright test --config e2e/subpath.config.ts
 *
 * BASE_PATH (default /sub/), DIST_DIR (default dist-sub) and E2E_PORT (default 4875)
 * can be overridden. The static server serves DIST_DIR under BASE_PATH only, so any link
 * or fetch that forgets the base path fails; e2e/site.ts url() adds the base in the tests.
 */
import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import base from '../playwright.config';

// Set before the workers start, so e2e/site.ts and the tests see them.
process.env.BASE_PATH ||= '/sub/';
process.env.DIST_DIR ||= 'dist-sub';
const PORT = Number(process.env.E2E_PORT || 4875);
const BASE = `/${process.env.BASE_PATH.replace(/^\/+|\/+$/g, '')}/`;

export default defineConfig({
	...base,
	testDir: '.',
	// Search, and the link crawler and sharing checks: every URL must carry the subpath. The
	// newcomer's explainer (tests/fixtures/newcomer/) is in this build only: its own spec checks it.
	testMatch: ['search.spec.ts', 'search-es.spec.ts', 'search-dialog.spec.ts', 'links.spec.ts', 'sharing.spec.ts', 'newcomer.spec.ts'],
	testIgnore: [],
	use: { ...base.use, baseURL: `http://localhost:${PORT}` },
	webServer: {
		command: `node scripts/serve.mjs --port ${PORT} --dir ${process.env.DIST_DIR}`,
		cwd: fileURLToPath(new URL('..', import.meta.url)),
		url: `http://localhost:${PORT}${BASE}`,
		reuseExistingServer: !process.env.CI,
		timeout: 30_000,
	},
});
