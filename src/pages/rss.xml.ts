/** RSS 2.0 feed of the explainers, with full summaries (src/lib/feed.ts). */
import type { APIRoute } from 'astro';
import { publishedExplainers } from '../lib/explainers';
import { rssXml } from '../lib/feed';
import { absolute } from '../lib/paths';
import { SITE, UI } from '../lib/site';
import { cardPath } from '../lib/social';
import { TOPIC_LABELS } from '../lib/topics';

export const GET: APIRoute = async ({ site }) => {
	const explainers = await publishedExplainers();
	const xml = rssXml(
		{ title: SITE.name, description: SITE.tagline, siteUrl: absolute('', site), feedUrl: absolute('rss.xml', site), lang: SITE.lang },
		explainers.map((e) => ({
			title: e.data.title,
			url: absolute(`explainers/${e.id}/`, site),
			dek: e.data.dek,
			takeaways: e.data.takeaways,
			published: e.data.published,
			updated: e.data.updated,
			categories: e.data.topics.map((t) => TOPIC_LABELS[t] ?? t),
			image: absolute(cardPath(e.id), site),
		})),
		UI.takeaways,
	);
	return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
