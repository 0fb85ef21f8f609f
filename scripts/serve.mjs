#!/usr/bin/env node
/**
 * Serves the built site from dist/ with a plain static file server, as any static
 * host would: no rewrites except directory index files and the 404 page. With
 * BASE_PATH set (e.g. /border/), the site is served under that subpath only.
 *
 * Usage: node scripts/serve.mjs [--port 4321] [--dir dist]
 */
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
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
	console.error(`No built site in ${dir}. Run "npm run build" first.`);
	process.exit(1);
}
const notFoundPage = join(dir, '404.html');
const notFound = existsSync(notFoundPage) ? readFileSync(notFoundPage) : 'Not found';
const files = sirv(dir, { dev: false, etag: true, gzip: false, brotli: false, extensions: ['html'] });

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
	files(req, res, () => res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' }).end(notFound));
}).listen(port, '127.0.0.1', () => {
	console.log(`Serving ${dir} at http://localhost:${port}${base}`);
});
