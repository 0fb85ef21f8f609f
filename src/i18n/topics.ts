/** Topics and page types: their reader-facing names per language, and the explainer that covers each topic. */
import type { Lang } from './lang';

/** Topics double as search filters and timeline filters; explainers name theirs in the frontmatter (`topics`). */
export const TOPICS = ['title-42', 'funding-package', 'mexico-talks'] as const;
export type Topic = (typeof TOPICS)[number];

export const TOPIC_LABELS: Record<Lang, Record<Topic, string>> = {
	en: { 'title-42': 'Title 42', 'funding-package': 'Funding package', 'mexico-talks': 'Mexico talks' },
	es: { 'title-42': 'Título 42', 'funding-package': 'Paquete de fondos', 'mexico-talks': 'Diálogo con México' },
};

/** Values of the search filter "type" (data-pagefind-filter="type:…"). */
export const PAGE_TYPES: Record<Lang, { explainer: string; glossary: string; timeline: string }> = {
	en: { explainer: 'Explainer', glossary: 'Glossary', timeline: 'Timeline' },
	es: { explainer: 'Texto explicativo', glossary: 'Glosario', timeline: 'Cronología' },
};

/** Kinds of source, in the order the sources list shows them (primary documents first); see the sources schema. */
export const SOURCE_KINDS = ['law', 'court', 'legislature', 'data', 'statement', 'research', 'news', 'position'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];
