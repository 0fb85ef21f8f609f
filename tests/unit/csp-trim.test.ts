/** Each page's CSP keeps the hashes of its own inline scripts and styles, and nothing else changes. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { trimCspHashes } from '../../src/integrations/csp-trim';

const hash = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;
const page = (policy: string, body: string) => `<html><head><meta http-equiv="content-security-policy" content="${policy}">${body}</head></html>`;

describe('trimCspHashes', () => {
	const script = 'document.documentElement.classList.remove("no-js")';
	const style = 'body{margin:0}';
	const policy = `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' '${hash(script)}' '${hash('other()')}'; style-src 'self' '${hash(style)}' '${hash('p{}')}';`;

	it('keeps the hashes of the inline script and style on the page and drops the others', () => {
		const out = trimCspHashes(page(policy, `<script>${script}</script><style>${style}</style><script type="module" src="/_astro/a.js"></script>`));
		expect(out).toContain(`script-src 'self' 'wasm-unsafe-eval' '${hash(script)}';`);
		expect(out).toContain(`style-src 'self' '${hash(style)}';`);
		expect(out).not.toContain(hash('other()'));
		expect(out).not.toContain(hash('p{}'));
		expect(out).toContain("default-src 'self';");
	});

	it('does not count JSON data blocks as scripts', () => {
		const data = '{"a":1}';
		const out = trimCspHashes(page(`script-src 'self' '${hash(data)}';`, `<script type="application/json" data-chart-data>${data}</script>`));
		expect(out).not.toContain(hash(data));
	});

	it('leaves a page without a CSP as it is', () => {
		const html = '<html><head><style>p{}</style></head></html>';
		expect(trimCspHashes(html)).toBe(html);
	});
});
