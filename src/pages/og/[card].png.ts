/**
 * Social cards, drawn at build time: one 1200×630 PNG per explainer (headline, dek,
 * site name and a small rendering of its key chart) and one for every other page.
 * The chart is drawn by its own pure scene function, so the card matches the page.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allCharts } from '../../graphics';
import { sceneToSvgInner } from '../../graphics/core/svg-string';
import { publishedExplainers, type Explainer } from '../../lib/explainers';
import { formatDate } from '../../lib/format';
import { CHART_SCENE_SIZE, chartCardCss, composeCard, lightTokens, type CardChart } from '../../lib/og-card';
import { CARD_FONT_FAMILY, measureCardText, rasterize } from '../../lib/og-render';
import { href } from '../../lib/paths';
import { SITE, UI } from '../../lib/site';
import { keyChart, RESERVED_CARDS, SITE_CARD } from '../../lib/social';
import chartsCss from '../../styles/charts.css?raw';
import tokensCss from '../../styles/tokens.css?raw';

export const getStaticPaths = (async () => {
	const explainers = await publishedExplainers();
	for (const e of explainers) {
		if (RESERVED_CARDS.includes(e.id)) throw new Error(`content/explainers/${e.id}: the slug "${e.id}" is reserved for a social card; rename the folder`);
	}
	return [
		...explainers.map((entry) => ({ params: { card: entry.id }, props: { entry, first: explainers[0] } })),
		{ params: { card: SITE_CARD }, props: { entry: undefined, first: explainers[0] } },
	];
}) satisfies GetStaticPaths;

/** The key chart's scene for a card, or nothing while the chart is not registered yet. */
function cardChart(entry: Explainer | undefined): CardChart | undefined {
	if (!entry) return undefined;
	const key = keyChart(entry.id, entry.body);
	const chart = key && allCharts().find((c) => c.name === key.chart);
	if (!key || !chart) return undefined;
	const state = key.state && chart.states.includes(key.state) ? key.state : chart.staticState;
	const scene = chart.scene(chart.load(), CHART_SCENE_SIZE, state);
	return { title: chart.title, inner: sceneToSvgInner(scene), width: scene.width, height: scene.height };
}

export const GET: APIRoute = ({ props, site }) => {
	const { entry, first } = props as { entry?: Explainer; first?: Explainer };
	const tokens = lightTokens(tokensCss, chartsCss);
	const t = (name: string) => tokens[name] ?? '#000';
	// The address readers will see, e.g. "example.org/border".
	const address = new URL(href(), site ?? 'https://example.org').toString().replace(/^https?:\/\//, '').replace(/\/$/, '');
	const svg = composeCard(
		{
			siteName: SITE.name,
			title: entry ? entry.data.title : SITE.name,
			dek: entry ? entry.data.dek : SITE.tagline,
			footer: address,
			footerRight: entry ? `${UI.published} ${formatDate(entry.data.published)}` : undefined,
			chart: cardChart(entry ?? first),
			chartCss: chartCardCss(chartsCss, tokens, CARD_FONT_FAMILY),
			colors: {
				bg: t('--bg'),
				raised: t('--bg-raised'),
				text: t('--text'),
				textSoft: t('--text-soft'),
				accent: t('--accent'),
				rule: t('--rule'),
				logo: ['#1b1b1b', '#f09a4a', '#56b4e9', '#56b4e9'],
			},
			fontFamily: CARD_FONT_FAMILY,
		},
		measureCardText,
	);
	return new Response(rasterize(svg), { headers: { 'Content-Type': 'image/png' } });
};
