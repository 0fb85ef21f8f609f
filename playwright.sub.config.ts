/**
 * The same end-to-end tests against a build made for a subpath, served by the plain
 * static server under that subpath only, as GitHub Pages serves a project site:
 *
 *   BASE_PATH=/sub/ OUT_DIR=dist-sub npm run build
 *   npx playwright test -c playwright.sub.config.ts
 *
 * DIST_DIR, E2E_PORT and BASE_PATH override the defaults (dist-sub, 4874, /sub/).
 * Runs the link crawler and the sharing specs; SUB_SPECS=a.spec.ts,b.spec.ts picks others.
 */
import { defineConfig } from '@playwright/test';
import base from './playwright.config';

// Set before the specs load: e2e/site.ts builds every URL from BASE_PATH.
process.env.BASE_PATH ||= '/sub/';
const BASE_PATH = process.env.BASE_PATH;
const PORT = Number(process.env.E2E_PORT || 4874);
const DIST = process.env.DIST_DIR || 'dist-sub';

export default defineConfig({
	...base,
	testMatch: process.env.SUB_SPECS ? process.env.SUB_SPECS.split(',') : ['links.spec.ts', 'sharing.spec.ts'],
	use: { ...base.use, baseURL: `http://localhost:${PORT}` },
	webServer: {
		command: `node scripts/serve.mjs --port ${PORT} --dir ${DIST}`,
		env: { BASE_PATH },
		url: `http://localhost:${PORT}${BASE_PATH}`,
		reuseExistingServer: false,
		timeout: 30_000,
	},
});
