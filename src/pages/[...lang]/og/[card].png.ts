/**
 * Social cards, drawn at build time in each language: one 1200×630 PNG per explainer
 * (headline, dek, site name, publication date and a small rendering of its key chart)
 * and one for every other page: /og/<slug>.png and /og/site.png in English,
 * /es/og/<slug>.png and /es/og/site.png in Spanish. The chart is drawn by its own
 * pure scene function with the page's chart words, so the card matches the page.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { chartWords } from '../../../graphics/core/chart';
import { explainerFile, publishedExplainers, slugOf, type Explainer } from '../../../content/explainers';
import { formatDate } from '../../../i18n/format';
import { inLang, LANGS, langPaths, type Lang } from '../../../i18n/lang';
import { chartCardCss, chartOnCard, chartSceneSize, composeCard, lightTokens, type CardChart } from '../../../discovery/og-card';
import { CARD_FONT_FAMILY, measureCardText, rasterize } from '../../../discovery/og-render';
import { href } from '../../../i18n/paths';
import { SITE, UI } from '../../../i18n/site';
import { keyChartOf, RESERVED_CARDS, SITE_CARD } from '../../../discovery/social';
import chartsCss from '../../../styles/charts.css?raw';
import tokensCss from '../../../styles/tokens.css?raw';

/** An explainer's card, or the site card (no entry) showing the first explainer's chart. */
type CardProps = {
	entry: Explainer | undefined;
	first: Explainer | undefined;
};

export const getStaticPaths = (async () => {
	const byLang = await Promise.all(
		LANGS.map(async (lang) => {
			const explainers = await publishedExplainers(lang);
			for (const e of explainers) {
				const slug = slugOf(e);
				if (RESERVED_CARDS.includes(slug)) throw new Error(`content/explainers/${e.id}: the slug "${slug}" is reserved for a social card; rename the folder`);
			}
			return [lang, explainers] as const;
		}),
	);
	const explainersIn = new Map<Lang, Explainer[]>(byLang);
	return langPaths<{ card: string }, CardProps>((lang) => {
		const explainers = explainersIn.get(lang) ?? [];
		return [
			...explainers.map((entry) => ({ params: { card: slugOf(entry) }, props: { entry, first: explainers[0] } })),
			{ params: { card: SITE_CARD }, props: { entry: undefined, first: explainers[0] } },
		];
	});
}) satisfies GetStaticPaths;

/** The key chart's scene for a card, in the card's language, or nothing while the chart is not registered yet. */
function cardChart(entry: Explainer | undefined, lang: Lang): CardChart | undefined {
	if (!entry) return undefined;
	const key = keyChartOf(entry, explainerFile(entry));
	if (!key) return undefined;
	const { chart, state } = key;
	const { title } = chartWords(chart, lang);
	const scene = chart.scene(chart.load(), chartSceneSize(title, measureCardText), state, lang);
	// Notes get leaders long enough to see at thumbnail size.
	return chartOnCard(title, scene, measureCardText);
}

export const GET: APIRoute = ({ props, site }) => {
	const { entry, first, lang } = props as CardProps & { lang: Lang };
	const tokens = lightTokens(tokensCss, chartsCss);
	const t = (name: string) => tokens[name] ?? '#000';
	const words = SITE[lang];
	// The address of this edition's home page, as readers will see it: "example.org/border", "example.org/border/es".
	const address = new URL(href(inLang(lang, '')), site ?? 'https://example.org')
		.toString()
		.replace(/^https?:\/\//, '')
		.replace(/\/$/, '');
	const svg = composeCard(
		{
			siteName: words.name,
			title: entry ? entry.data.title : words.name,
			dek: entry ? entry.data.dek : words.tagline,
			footer: address,
			footerRight: entry ? `${UI[lang].published} ${formatDate(entry.data.published, lang)}` : undefined,
			chart: cardChart(entry ?? first, lang),
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
