#!/usr/bin/env node
/**
 * Serves the built site from dist/ with a plain static file server, as any static
 * host would: no rewrites except directory index files and the 404 page, and gzip
 * for text files (as every common static host does; Pagefind's index files are
 * compressed already and pass through as they are). With
 * BASE_PATH set (e.g. /border/), the site is served under that subpath only.
 *
 * Usage: node scripts/serve.mjs [--port 4321] [--dir dist]
 */
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { join, resolve, extname } from 'node:path';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';

const args = process.argv.slice(2);
const option = (name, fallback) => {
	const i = args.indexOf(`--${name}`);
	return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const port = Number(option('port', process.env.PORT || 4321));
const dir = resolve(option('dir', 'dist'));
const base = `/${(process.env.BASE_PATH || '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

if (!existsSync(dir)) {
	console.error(`No built site in ${dir}. Run "npm run build:local" (or "npm run build" with SITE_URL) first.`);
	process.exit(1);
}
const notFoundPage = join(dir, '404.html');
const notFound = existsSync(notFoundPage) ? readFileSync(notFoundPage) : 'Not found';
// Hosts that allow a 404 page per folder serve the Spanish one under /es/.
const notFoundEsPage = join(dir, 'es', '404', 'index.html');
const notFoundEs = existsSync(notFoundEsPage) ? readFileSync(notFoundEsPage) : notFound;
// Files under _astro/ have their content's hash in their names: cached for good, as a host should.
const files = sirv(dir, {
	dev: false,
	etag: true,
	gzip: false,
	brotli: false,
	extensions: ['html'],
	setHeaders: (res, pathname) => {
		if (pathname.startsWith('/_astro/')) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
	},
});
const TEXT = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.csv', '.txt', '']);

/** Wraps the response so text bodies are gzipped when the client accepts it. */
function gzipText(req, res) {
	if (!/\bgzip\b/.test(req.headers['accept-encoding'] ?? '') || !TEXT.has(extname(new URL(req.url, 'http://x').pathname))) return res;
	const chunks = [];
	const { writeHead, write, end } = res;
	let status = 200;
	let headers = {};
	res.writeHead = (code, h) => {
		status = code;
		headers = { ...headers, ...(h ?? {}) };
		return res;
	};
	res.setHeader = ((set) => (name, value) => {
		headers[name.toLowerCase()] = value;
		return set.call(res, name, value);
	})(res.setHeader);
	res.write = (chunk) => (chunks.push(Buffer.from(chunk)), true);
	res.end = (chunk) => {
		if (chunk) chunks.push(Buffer.from(chunk));
		const body = gzipSync(Buffer.concat(chunks));
		for (const name of Object.keys(headers)) if (name.toLowerCase() === 'content-length') delete headers[name];
		res.removeHeader('Content-Length');
		writeHead.call(res, status, { ...headers, 'Content-Encoding': 'gzip', 'Content-Length': body.length, Vary: 'Accept-Encoding' });
		write.call(res, body);
		return end.call(res);
	};
	return res;
}

createServer((req, res) => {
	const url = new URL(req.url ?? '/', 'http://localhost');
	if (!url.pathname.startsWith(base)) {
		if (url.pathname === '/' && base !== '/') {
			res.writeHead(302, { Location: base }).end();
			return;
		}
		res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' }).end(notFound);
		return;
	}
	req.url = `/${url.pathname.slice(base.length)}${url.search}`;
	if (req.method === 'HEAD') return files(req, res, () => res.writeHead(404).end());
	const out = gzipText(req, res);
	const missing = /^\/es(\/|$)/.test(req.url) ? notFoundEs : notFound;
	files(req, out, () => out.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' }).end(missing));
}).listen(port, '127.0.0.1', () => {
	console.log(`Serving ${dir} at http://localhost:${port}${base}`);
});
