// Site configuration. BASE_PATH serves the site from a subpath (e.g. /border/),
// SITE_URL sets the absolute origin used for canonical and social URLs; a build without it
// stops unless LOCAL_PREVIEW=1 says it is a local one (scripts/site-url.mjs).
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import pagefind from './src/integrations/pagefind.ts';
import sitemap from './src/integrations/sitemap.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { contentRules } from './src/integrations/content-rules.ts';
import { browserD3 } from './src/integrations/browser-d3.ts';
import cspTrim from './src/integrations/csp-trim.ts';
import { inlineScript } from './src/integrations/inline-script.ts';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { cacheDirFor } from './scripts/cache-dir.mjs';
import { siteFor, siteUrlProblem } from './scripts/site-url.mjs';

// The one inline script (src/client/head.js, before the first paint) is allowed by its hash.
const headScript = inlineScript(readFileSync(new URL('./src/client/head.js', import.meta.url), 'utf8'));
const headScriptHash = `sha256-${createHash('sha256').update(headScript).digest('base64')}`;

const base = process.env.BASE_PATH || '/';
const cacheDir = cacheDirFor(process.env.CONTENT_ROOT, process.env.OUT_DIR);
const site = siteFor(process.env);

/** A build for deployment stops without SITE_URL (scripts/site-url.mjs); dev, check and sync never need it. */
const requireSiteUrl = {
	name: 'border-site-url',
	hooks: {
		'astro:config:setup': ({ command }) => {
			if (command !== 'build') return;
			const problem = siteUrlProblem(process.env);
			if (problem) throw new Error(problem);
		},
	},
};

export default defineConfig({
	site,
	base,
	trailingSlash: 'ignore',
	// English at the root, Spanish under /es/ (same slugs); Astro.currentLocale follows the URL.
	i18n: { locales: ['en', 'es'], defaultLocale: 'en', routing: { prefixDefaultLocale: false } },
	output: 'static',
	// OUT_DIR lets tests and benchmarks build fixtures without touching dist/.
	outDir: process.env.OUT_DIR || './dist',
	cacheDir,
	compressHTML: true,
	// Scoped styles as a class ("astro-xyz") rather than a data-astro-cid-xyz attribute: same
	// specificity, fewer bytes on every element of every page.
	scopedStyleStrategy: 'class',
	build: { format: 'directory', inlineStylesheets: 'always' },
	// MDX that breaks an authoring rule (image without alt, figure without a cited source) stops the build.
	// cspTrim: each page's CSP keeps the hashes of its own inline scripts and styles only.
	integrations: [requireSiteUrl, mdx({ processor: satteri({ mdastPlugins: [contentRules] }) }), cspTrim(), pagefind(), sitemap()],
	devToolbar: { enabled: false },
	// Every bundled script is a file, never inlined into the page: a file is cached across
	// pages, while an inlined copy is sent again in each page's HTML (~2.5 KB gzip on an
	// explainer, which has a 40 KB HTML budget). Other assets keep Vite's default.
	// browserD3: the browser's d3 leaves out colour parsing and number formatting, which
	// the charts never use there (src/integrations/browser-d3.ts).
	vite: { plugins: [browserD3()], build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) } },
	security: {
		csp: {
			algorithm: 'SHA-256',
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"font-src 'self'",
				"connect-src 'self'",
				// Pagefind searches in a Web Worker and runs WebAssembly.
				"worker-src 'self' blob:",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			scriptDirective: {
				resources: ["'self'", "'wasm-unsafe-eval'"],
				hashes: [headScriptHash],
			},
		},
	},
});
