// Lint: typescript-eslint and eslint-plugin-astro's recommended rules, plus the import rules
// that keep the layout readable (README, "Import rules"): browser code never reaches build-only
// modules, graphics never reach pages or browser code, and no chart imports another chart.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

const BUILD_ONLY = 'content|discovery|integrations|pages|layouts|components|views';
const nodeOnly = [
	{ regex: '^node:', message: 'Node built-ins exist only at build time; this code runs in the browser.' },
	{ regex: '^astro:content$', message: 'Content collections exist only at build time; pass what the browser needs in the page.' },
];
/** Import rules by folder; each block lists everything a file there may not import. */
const boundaries = [
	{
		files: ['src/client/**'],
		patterns: [
			...nodeOnly,
			{ regex: `^(\\.\\./)+(${BUILD_ONLY})(/|$)`, message: 'src/client/ ships to the browser: it may import src/client/, src/i18n/ and src/graphics/, never build-only modules.' },
		],
	},
	{
		files: ['src/graphics/*.ts'],
		patterns: [{ regex: '^\\.\\./(pages|layouts|components|views|client)(/|$)', message: 'src/graphics/ never imports pages, layouts, components or browser code.' }],
	},
	{
		files: ['src/graphics/*/**'],
		patterns: [
			{ regex: '^\\.\\./\\.\\./(pages|layouts|components|views|client)(/|$)', message: 'src/graphics/ never imports pages, layouts, components or browser code.' },
			{
				regex: '^\\.\\./(?!core(/|$)|client$|kind$|palette$|\\.\\.(/|$))[^/]+',
				message:
					'A chart imports graphics/core/, src/i18n/, src/content/ and its own folder (a chart kind also kinds/kind.ts and kinds/palette.ts), never another chart or kind (nor does core import a chart).',
			},
		],
	},
	{
		// Models and words run in the browser too: pure, no file system, no collections.
		files: ['src/graphics/*/model.ts', 'src/graphics/*/strings*.ts', 'src/graphics/*/client.ts', 'src/graphics/core/**', 'src/graphics/client.ts'],
		patterns: [...nodeOnly, { regex: '^\\.\\./\\.\\./(content|discovery|integrations)(/|$)', message: 'Chart models, words and core run in the browser: no build-only modules.' }],
	},
	// Chart kinds (src/graphics/kinds/<kind>/): like a chart folder, one level deeper. A kind may import the
	// kinds' shared files (../kind, ../palette, ../spec types) and graphics/core/, never another kind or chart.
	{
		files: ['src/graphics/kinds/*/**'],
		patterns: [
			{ regex: '^(\\.\\./){3}(pages|layouts|components|views|client)(/|$)', message: 'src/graphics/ never imports pages, layouts, components or browser code.' },
			{ regex: '^\\.\\./(?!(kind|palette)$)[^./][^/]*', message: 'A chart kind imports ../kind, ../palette, graphics/core/, src/i18n/ and its own folder, never another kind.' },
			{ regex: '^\\.\\./\\.\\./(?!core(/|$)|\\.\\.(/|$))[^/]+', message: 'A chart kind never imports a bespoke chart (shared helpers go in src/graphics/core/).' },
		],
	},
	{
		// A kind's model and client run in the browser: no schemas' build-only helpers, no file system.
		files: ['src/graphics/kinds/*/model.ts', 'src/graphics/kinds/*/client.ts', 'src/graphics/kinds/*/words.ts'],
		patterns: [
			...nodeOnly,
			{ regex: '^(\\.\\./){3}(content|discovery|integrations|pages|layouts|components|views|client)(/|$)', message: 'Chart models and words run in the browser: no build-only modules.' },
			{ regex: '^\\.\\./(?!kind$)[^./][^/]*', message: "A kind's model and client import only ../kind (types), graphics/core/, src/i18n/ and their own folder." },
			{ regex: '^\\.\\./\\.\\./(?!core(/|$)|\\.\\.(/|$))[^/]+', message: 'A chart kind never imports a bespoke chart (shared helpers go in src/graphics/core/).' },
			{ regex: '^(astro/zod|zod|yaml)$', message: "A kind's model and client run in the browser: no schema or YAML library." },
		],
	},
	{
		files: ['src/i18n/**'],
		patterns: [...nodeOnly, { regex: '^\\.\\./', message: 'src/i18n/ is shared by every layer and imports only itself.' }],
	},
];

export default tseslint.config(
	{
		ignores: ['dist/', 'dist-*/', '.astro/', 'node_modules/', 'tests/output/', 'tests/fixtures/.tmp*/', 'test-results/', 'playwright-report/', 'bench-results/', 'content/', 'public/', 'src/env.d.ts'],
	},
	js.configs.recommended,
	...tseslint.configs.recommended,
	...astro.configs.recommended,
	{
		languageOptions: { globals: { ...globals.node, ...globals.browser } },
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
			// head.js ignores a storage error on purpose (its bytes are hashed into the CSP).
			'no-empty': ['error', { allowEmptyCatch: true }],
		},
	},
	{
		// Tests read JSON-LD and build logs: loose JSON types, ANSI colour codes, YAML indentation in patterns.
		files: ['tests/**', 'e2e/**'],
		rules: { '@typescript-eslint/no-explicit-any': 'off', 'no-control-regex': 'off', 'no-regex-spaces': 'off' },
	},
	...boundaries.map(({ files, patterns }) => ({ files, rules: { 'no-restricted-imports': ['error', { patterns }] } })),
	{
		// A page's scripts start after its first paint; the specs' page.goto waits for them (e2e/fixtures.ts).
		files: ['e2e/**/*.spec.ts'],
		rules: { 'no-restricted-imports': ['error', { paths: [{ name: '@playwright/test', message: "Import test and expect from './fixtures', whose page.goto waits for the page's scripts." }] }] },
	},
);
