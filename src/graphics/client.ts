/**
 * Browser-side lookup of chart scene functions, loaded only for charts on the page,
 * with the words of the page's language only: each chart's English words come with
 * its model, other languages from their own module (strings-<lang>.ts).
 * Keep in step with src/graphics/index.ts.
 */
import type { Lang } from '../i18n/lang';
import type { Dimensions, Scene } from './core/scene';

/** A chart's pure scene function; `lang` picks its labels (the page's <html lang>). */
export type SceneFunction = (data: unknown, dims: Dimensions, state: string, lang: Lang) => Scene;

// Each model takes (data, dims, state, words) and defaults to its English words.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Model = (data: any, dims: Dimensions, state: any, words?: any) => Scene;

/** Binds a model to the words of the languages loaded; other languages are a mistake, not English. */
function bind(model: Model, loaded: Partial<Record<Lang, unknown>>): SceneFunction {
	return (data, dims, state, lang) => {
		if (lang !== 'en' && !loaded[lang]) throw new Error(`chart words for "${lang}" were not loaded`);
		return model(data, dims, state, lang === 'en' ? undefined : loaded[lang]);
	};
}

const loaders: Record<string, (lang: Lang) => Promise<SceneFunction>> = {
	funding: async (lang) => {
		const [{ fundingScene }, es] = await Promise.all([import('./funding/model'), lang === 'es' ? import('./funding/strings-es') : undefined]);
		return bind(fundingScene, { es: es?.es });
	},
	encounters: async (lang) => {
		const [{ encountersScene }, es] = await Promise.all([import('./encounters/model'), lang === 'es' ? import('./encounters/strings-es') : undefined]);
		return bind(encountersScene, { es: es?.es });
	},
	delegations: async (lang) => {
		const [{ delegationsScene }, es] = await Promise.all([import('./delegations/model'), lang === 'es' ? import('./delegations/strings-es') : undefined]);
		return bind(delegationsScene, { es: es?.es });
	},
};

/** The scene function of a chart, with the words of `lang` loaded. */
export async function loadScene(name: string, lang: Lang = 'en'): Promise<SceneFunction | undefined> {
	return loaders[name]?.(lang);
}
