/**
 * Which chart an explainer's social card shows, and where the cards live. The cards
 * themselves are drawn by src/pages/og/[card].png.ts.
 */
import { absolute } from './paths';
import { SITE } from './site';
import type { SiteInfo, TermSetInfo } from './structured-data';

/** The chart (and state) that sums up each explainer on its social card. */
export const KEY_CHARTS: Record<string, { chart: string; state: string }> = {
	'title-42': { chart: 'encounters', state: 'overview' },
	'border-funding-package': { chart: 'funding', state: 'overview' },
	'mexico-delegation': { chart: 'delegations', state: 'overview' },
};

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

/** Path (without the base) of a social card: "og/title-42.png". */
export function cardPath(name: string = SITE_CARD): string {
	return `og/${name}.png`;
}

/** Path (without the base) of the publisher logo used in JSON-LD. */
export const LOGO_PATH = 'og/logo.png';

/**
 * The key chart of an explainer: the table above, else the first <Scrolly chart> or
 * <Chart name> in its body (drawn in the chart's static state).
 */
export function keyChart(slug: string, body = ''): { chart: string; state?: string } | undefined {
	const listed = KEY_CHARTS[slug];
	if (listed) return listed;
	const m = /<(?:Scrolly\s+[^>]*?chart|Chart\s+[^>]*?name)="([^"]+)"/.exec(body);
	return m ? { chart: m[1]! } : undefined;
}

/** Text alternative of a card: what a reader would see on it. */
export function cardAlt(title: string, chartTitle?: string): string {
	return chartTitle ? `${SITE.name}: ${title}. Chart: ${chartTitle}` : `${SITE.name}: ${title}`;
}

export const GLOSSARY_DESCRIPTION = 'Plain-English definitions of the terms of art used in the explainers, from Title 8 to cloture.';

/** The glossary as a schema.org DefinedTermSet (index page and every term page). */
export function glossarySet(site: URL | undefined): TermSetInfo {
	return { name: `${SITE.name} glossary`, description: GLOSSARY_DESCRIPTION, url: absolute('glossary/', site) };
}

/** The site as publisher, for JSON-LD. */
export function siteInfo(site: URL | undefined): SiteInfo {
	return { name: SITE.name, description: SITE.tagline, url: absolute('', site), logo: absolute(LOGO_PATH, site), lang: SITE.lang };
}
