/**
 * The RSS 2.0 feeds of explainers, one per language (/rss.xml, /es/rss.xml). Each
 * item carries a full summary (the dek and the key takeaways, as HTML in
 * <description>) so a feed reader shows what the piece finds without a click. Written
 * by @astrojs/rss. Deterministic: the build date never appears, only the content's own dates, so
 * an unchanged site gives an unchanged feed.
 */
import { getRssString } from '@astrojs/rss';
import { escapeXml } from '../graphics/core/xml';
import { inLang, type Lang } from '../i18n/lang';
import { absolute } from '../i18n/paths';
import { SITE, UI } from '../i18n/site';
import { formatDate } from '../i18n/format';
import { cardPath } from './social';
import { TOPIC_LABELS, type Topic } from '../i18n/topics';

export interface FeedChannel {
	title: string;
	description: string;
	/** Absolute URL of the home page. */
	siteUrl: string;
	/** Absolute URL of the feed itself. */
	feedUrl: string;
	lang: string;
}

export interface FeedItem {
	title: string;
	/** Absolute canonical URL of the explainer. */
	url: string;
	dek: string;
	takeaways: string[];
	published: Date;
	updated: Date;
	categories: string[];
	/** Absolute URL of the social card (1200×630 PNG). */
	image?: string;
	/** The latest entry of the changes log, shown first when the explainer was updated after it was published. */
	update?: { label: string; note: string };
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** The item's summary as HTML: dek, then the takeaways as a list. */
export function summaryHtml(item: Pick<FeedItem, 'dek' | 'takeaways' | 'update'>, takeawaysLabel: string): string {
	const esc = (t: string) => t.replace(/[&<>]/g, (c) => HTML_ESCAPES[c]!);
	const update = item.update ? `<p><strong>${esc(item.update.label)}:</strong> ${esc(item.update.note)}</p>` : '';
	return `${update}<p>${esc(item.dek)}</p><p><strong>${esc(takeawaysLabel)}</strong></p><ul>${item.takeaways.map((t) => `<li>${esc(t)}</li>`).join('')}</ul>`;
}

/** The whole feed, written (and escaped) by @astrojs/rss. */
export function rssXml(channel: FeedChannel, items: FeedItem[], takeawaysLabel: string): Promise<string> {
	const newest = items.reduce<Date | undefined>((max, i) => (!max || i.updated > max ? i.updated : max), undefined);
	return getRssString({
		title: channel.title,
		description: channel.description,
		site: channel.siteUrl,
		xmlns: { atom: 'http://www.w3.org/2005/Atom', media: 'http://search.yahoo.com/mrss/' },
		customData: [
			`<language>${channel.lang}</language>`,
			`<atom:link href="${escapeXml(channel.feedUrl)}" rel="self" type="application/rss+xml"/>`,
			...(newest ? [`<lastBuildDate>${newest.toUTCString()}</lastBuildDate>`] : []),
		].join(''),
		items: items.map((item) => ({
			title: item.title,
			link: item.url,
			pubDate: item.published,
			categories: item.categories,
			description: summaryHtml(item, takeawaysLabel),
			...(item.image ? { customData: `<media:content url="${escapeXml(item.image)}" medium="image" type="image/png" width="1200" height="630"/>` } : {}),
		})),
	});
}

/** What the feed needs from an explainer (its frontmatter and its slug). */
export interface FeedSource {
	slug: string;
	title: string;
	dek: string;
	takeaways: string[];
	published: Date;
	updated: Date;
	topics: readonly Topic[];
	/** The changes log, newest last. */
	changes?: { date: Date; note: string }[];
}

/**
 * The feed of one language: the edition's name and tagline, its explainers at their
 * URLs in that language, topics and the takeaways heading in that language, and each
 * item's social card in that language.
 */
export function explainerFeed(lang: Lang, site: URL | undefined, explainers: FeedSource[]): Promise<string> {
	return rssXml(
		{
			title: SITE[lang].name,
			description: SITE[lang].tagline,
			siteUrl: absolute(inLang(lang, ''), site),
			feedUrl: absolute(inLang(lang, 'rss.xml'), site),
			lang,
		},
		explainers.map((e) => ({
			title: e.title,
			url: absolute(inLang(lang, `explainers/${e.slug}/`), site),
			dek: e.dek,
			takeaways: e.takeaways,
			published: e.published,
			updated: e.updated,
			categories: e.topics.map((t) => TOPIC_LABELS[lang][t]),
			image: absolute(cardPath(e.slug, lang), site),
			...updateOf(e, lang),
		})),
		UI[lang].takeaways,
	);
}

/** "Updated December 2, 2026" and the newest changes-log note, for an explainer updated after it was published. */
function updateOf(e: FeedSource, lang: Lang): Pick<FeedItem, 'update'> {
	const latest = e.changes?.at(-1);
	if (!latest || e.updated <= e.published) return {};
	return { update: { label: `${UI[lang].updated} ${formatDate(e.updated, lang)}`, note: latest.note } };
}
