/**
 * Trims each page's Content Security Policy to the hashes that page uses. Astro writes
 * the same `script-src` and `style-src` hash lists on every page: one hash for every
 * inline style of every page of the site, and one for each bundled script file (which
 * 'self' already allows; a hash only matches an inline script). On an explainer that is
 * about 20 hashes of 44 characters that gzip cannot shrink. After the build, each page
 * keeps only the hashes of its own inline <script> and <style> elements, so the policy
 * allows exactly what the page runs, no more than before. Keywords and sources
 * ('self', 'wasm-unsafe-eval') are kept as they are.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/;
/** Inline scripts that run (not JSON data blocks) and inline styles: their text, exactly as hashed. */
const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)(?![^>]*\btype="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g;
const INLINE_STYLE = /<style[^>]*>([\s\S]*?)<\/style>/g;

const sha = (algorithm: string, text: string) => `${algorithm}-${createHash(algorithm).update(text).digest('base64')}`;

/** The page with its CSP hashes trimmed to its own inline scripts and styles (unchanged without a CSP meta). */
export function trimCspHashes(html: string): string {
	const meta = html.match(META);
	if (!meta) return html;
	const inline = (pattern: RegExp) => [...html.matchAll(pattern)].map((m) => m[1]!);
	const used = new Set<string>();
	for (const algorithm of ['sha256', 'sha384', 'sha512']) {
		for (const text of [...inline(INLINE_SCRIPT), ...inline(INLINE_STYLE)]) used.add(sha(algorithm, text));
	}
	const policy = meta[2]!.replace(/ ?'(sha(?:256|384|512)-[A-Za-z0-9+/=]+)'/g, (token, hash: string) => (used.has(hash) ? token : ''));
	return html.replace(META, `$1${policy}$3`);
}

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
		d.isDirectory() ? (d.name === '_astro' || d.name === 'pagefind' ? [] : htmlFiles(join(dir, d.name))) : d.name.endsWith('.html') ? [join(dir, d.name)] : [],
	);
}

export default function cspTrim(): AstroIntegration {
	return {
		name: 'border-csp-trim',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				let trimmed = 0;
				for (const file of htmlFiles(fileURLToPath(dir))) {
					const html = readFileSync(file, 'utf8');
					const out = trimCspHashes(html);
					if (out !== html) {
						writeFileSync(file, out);
						trimmed++;
					}
				}
				logger.info(`CSP hashes trimmed to each page's own inline scripts and styles on ${trimmed} pages`);
			},
		},
	};
}
