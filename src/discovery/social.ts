/**
 * Which chart an explainer's social card shows, and where the cards live in each
 * language. The cards themselves are drawn by src/pages/[...lang]/og/[card].png.ts.
 */
import { DEFAULT_LANG, inLang, type Lang } from '../i18n/lang';
import { absolute } from '../i18n/paths';
import { SITE } from '../i18n/site';
import type { SiteInfo, TermSetInfo } from './structured-data';
import { getChart } from '../graphics';
import { stateText, type ChartDefinition } from '../graphics/core/chart';

/** Card shared by every page that is not an explainer (home, glossary, timeline…). */
export const SITE_CARD = 'site';
/** Names under og/ that are not explainer cards. */
export const RESERVED_CARDS = [SITE_CARD, 'logo'];

export interface SocialImage {
	/** Path without the base, e.g. "og/title-42.png". */
	path: string;
	/** Text alternative for the card (og:image:alt, twitter:image:alt). */
	alt: string;
}

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** Path (without the base) of a social card: "og/title-42.png", "es/og/title-42.png". */
export function cardPath(name: string = SITE_CARD, lang: Lang = DEFAULT_LANG): string {
	return inLang(lang, `og/${name}.png`);
}

/** Path (without the base) of the publisher logo used in JSON-LD. */
export const LOGO_PATH = 'og/logo.png';

/**
 * The key chart of an explainer: `keyChart` in its frontmatter, else the first
 * <Scrolly chart> or <Chart name> in its body (drawn in the chart's static state).
 */
export function keyChart(entry: {
	data: { keyChart?: { chart: string; state?: string | Record<string, unknown> } };
	body?: string;
}): { chart: string; state?: string | Record<string, unknown> } | undefined {
	const listed = entry.data.keyChart;
	if (listed) return listed;
	const body = entry.body ?? '';
	const m = /<(?:Scrolly\s+[^>]*?chart|Chart\s+[^>]*?name)="([^"]+)"/.exec(body);
	return m ? { chart: m[1]! } : undefined;
}

/**
 * The key chart's definition and state, checked: an unknown chart or state named in the
 * frontmatter stops the build with the file and the field.
 */
export function keyChartOf(entry: Parameters<typeof keyChart>[0], file: string): { chart: ChartDefinition<unknown, string>; state: string } | undefined {
	const key = keyChart(entry);
	if (!key) return undefined;
	const chart = getChart(key.chart, `${file}: field "keyChart"`);
	const state = key.state === undefined ? chart.staticState : stateText(chart, key.state, `${file}: field "keyChart.state"`);
	return { chart, state };
}

/** Text alternative of a card: what a reader would see on it. */
export function cardAlt(title: string, chartTitle: string | undefined, lang: Lang = DEFAULT_LANG): string {
	const name = SITE[lang].name;
	return chartTitle ? `${name}: ${title}. ${CARD_WORDS[lang].chart}: ${chartTitle}` : `${name}: ${title}`;
}

const CARD_WORDS: Record<Lang, { chart: string; glossary: (site: string) => string }> = {
	en: { chart: 'Chart', glossary: (site) => `${site} glossary` },
	es: { chart: 'Gráfica', glossary: (site) => `Glosario de ${site}` },
};

export const GLOSSARY_DESCRIPTION: Record<Lang, string> = {
	en: 'Plain-English definitions of the terms of art used in the explainers, from Title 8 to cloture.',
	es: 'Definiciones en lenguaje llano de los términos técnicos de los textos explicativos, del Título 8 a la votación para cerrar el debate.',
};

/** The glossary as a schema.org DefinedTermSet (index page and every term page). */
export function glossarySet(site: URL | undefined, lang: Lang = DEFAULT_LANG): TermSetInfo {
	return { name: CARD_WORDS[lang].glossary(SITE[lang].name), description: GLOSSARY_DESCRIPTION[lang], url: absolute(inLang(lang, 'glossary/'), site) };
}

/** The site (in a language) as publisher, for JSON-LD; a translated edition names the English one it translates. */
export function siteInfo(site: URL | undefined, lang: Lang = DEFAULT_LANG): SiteInfo {
	return {
		name: SITE[lang].name,
		description: SITE[lang].tagline,
		url: absolute(inLang(lang, ''), site),
		logo: absolute(LOGO_PATH, site),
		lang,
		...(lang === DEFAULT_LANG ? {} : { translationOf: absolute(inLang(DEFAULT_LANG, ''), site) }),
	};
}
