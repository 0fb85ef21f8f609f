/** RSS 2.0 feed of the explainers in each language, with full summaries: /rss.xml, /es/rss.xml (src/discovery/feed.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { publishedExplainers, slugOf } from '../../content/explainers';
import { explainerFeed } from '../../discovery/feed';
import { langPaths, type Lang } from '../../i18n/lang';

export const getStaticPaths = (() => langPaths()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
	const { lang } = props as { lang: Lang };
	const explainers = await publishedExplainers(lang);
	const xml = await explainerFeed(
		lang,
		site,
		explainers.map((e) => ({ slug: slugOf(e), ...e.data })),
	);
	return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
