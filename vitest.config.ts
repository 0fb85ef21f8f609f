import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/**/*.test.ts'],
		// Build-based tests (broken fixtures) run astro; give them room on a 2-core machine.
		testTimeout: 180_000,
		hookTimeout: 180_000,
		env: { TZ: 'UTC', ASTRO_TELEMETRY_DISABLED: '1' },
	},
});
