/** The publisher logo named in JSON-LD: the favicon as a 512×512 PNG (search engines want a raster logo). */
import type { APIRoute } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rasterize } from '../../discovery/og-render';

export const GET: APIRoute = () => {
	const favicon = readFileSync(join(process.cwd(), 'public', 'favicon.svg'), 'utf8');
	const svg = favicon.replace(/^<svg\b/, '<svg width="512" height="512"');
	return new Response(rasterize(svg), { headers: { 'Content-Type': 'image/png' } });
};
