/**
 * robots.txt naming the absolute sitemap URL (SITE_URL + BASE_PATH). Crawlers read
 * robots.txt only at the root of a host; under a subpath, copy this file there
 * (see README, "Deploying").
 */
import type { APIRoute } from 'astro';
import { absolute } from '../i18n/paths';

export const GET: APIRoute = ({ site }) =>
	new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absolute('sitemap.xml', site)}\n`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
