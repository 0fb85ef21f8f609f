import { defineConfig } from 'vitest/config';

/**
 * Two tiers (README, "Tests"):
 * - unit (tests/unit/): pure functions, no Astro build; `npm run test:unit`.
 * - build (tests/build/): each case builds a broken copy of the content with Astro and
 *   checks the build stops with the right message; `npm run test:build`.
 * The timeouts are about three times the slowest test on a busy 2-core machine.
 */
export default defineConfig({
	test: {
		env: { TZ: 'UTC', ASTRO_TELEMETRY_DISABLED: '1' },
		projects: [
			{ extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000 } },
			{ extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: 600_000, hookTimeout: 600_000 } },
		],
	},
});
