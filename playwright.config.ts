/**
 * End-to-end tests run against the production build in dist/, served by the same
 * plain static server as `npm start`. Browsers are not downloaded: Debian's
 * Chromium is used (CHROMIUM_PATH overrides the default path).
 */
import { defineConfig, devices } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT || 4873);
const DIST = process.env.DIST_DIR || 'dist';
const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export default defineConfig({
	testDir: 'e2e',
	// The newcomer's explainer is a fixture built into the subpath test site only (e2e/subpath.config.ts).
	testIgnore: ['newcomer.spec.ts'],
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: process.env.CI ? 1 : 0,
	workers: 2,
	reporter: process.env.CI ? [['list']] : [['list']],
	// At least three times the slowest test without its own timeout on a busy 2-core machine (about 35 s).
	timeout: 120_000,
	// 20 s: on a busy 2-core machine the search index alone can take more than 10 s to load.
	expect: { timeout: 20_000 },
	use: {
		baseURL: `http://localhost:${PORT}`,
		trace: 'off',
		launchOptions: {
			executablePath,
			args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
		},
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
	webServer: {
		command: `node scripts/serve.mjs --port ${PORT} --dir ${DIST}`,
		url: `http://localhost:${PORT}/`,
		reuseExistingServer: false,
		timeout: 30_000,
	},
});
