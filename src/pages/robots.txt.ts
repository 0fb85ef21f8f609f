/**
 * robots.txt naming the absolute URL of the sitemap index (SITE_URL + BASE_PATH), which
 * @astrojs/sitemap writes (src/integrations/sitemap.ts). Crawlers read robots.txt only
 * at the root of a host; under a subpath, copy this file there (see README, "Deploying").
 */
import type { APIRoute } from 'astro';
import { absolute } from '../i18n/paths';

/** The file @astrojs/sitemap writes: the index of sitemap-0.xml, sitemap-1.xml… */
const SITEMAP_FILE = 'sitemap-index.xml';

export const GET: APIRoute = ({ site }) =>
	new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absolute(SITEMAP_FILE, site)}\n`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
