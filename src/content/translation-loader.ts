/**
 * A content loader for content/translations/<lang>/<kind>-<explainer>.yaml: each file
 * is a mapping from an English entry's id to its translation (glossary terms, events)
 * or, for source notes, to the translated note (a string) or a mapping of `title`
 * and `note` (a source whose English title is our description). Entries come out flat as
 * `{ lang, kind, key, ...fields }` with the id "<lang>/<kind>/<key>", so the schema
 * in content.config.ts can check every field and name the file.
 */
import type { Loader } from 'astro/loaders';
import { readdir, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';

export const TRANSLATION_KINDS = ['glossary', 'events', 'source-notes'] as const;
export type TranslationKind = (typeof TRANSLATION_KINDS)[number];

/** "glossary-title-42.yaml" → "glossary"; undefined for a file that follows no kind. */
export function kindOfFile(file: string): TranslationKind | undefined {
	return TRANSLATION_KINDS.find((k) => file.startsWith(`${k}-`) && /\.ya?ml$/.test(file));
}

export function translationLoader(folder: string): Loader {
	return {
		name: 'translation-loader',
		load: async ({ store, parseData, config }) => {
			const root = new URL('.', config.root).pathname;
			const dir = join(root, folder);
			store.clear();
			if (!existsSync(dir)) return;
			const seen = new Map<string, string>();
			for (const lang of (await readdir(dir, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
				for (const file of (await readdir(join(dir, lang))).filter((f) => /\.ya?ml$/.test(f)).sort()) {
					const filePath = relative(root, join(dir, lang, file));
					const kind = kindOfFile(file);
					if (!kind) throw new Error(`${filePath}: file name must start with one of ${TRANSLATION_KINDS.map((k) => `"${k}-"`).join(', ')} and end in .yaml`);
					let doc: unknown;
					try {
						doc = parse(await readFile(join(dir, lang, file), 'utf8'));
					} catch (error) {
						throw new Error(`${filePath}: invalid YAML: ${(error as Error).message}`);
					}
					if (doc == null) continue;
					if (typeof doc !== 'object' || Array.isArray(doc)) throw new Error(`${filePath}: expected a mapping from English ids to translations at the top level`);
					for (const [key, value] of Object.entries(doc as Record<string, unknown>)) {
						const id = `${lang}/${kind}/${key}`;
						const other = seen.get(id);
						if (other) throw new Error(`${filePath}: "${key}" is already translated in ${other}; translate each entry once`);
						seen.set(id, filePath);
						const mapping = value && typeof value === 'object' && !Array.isArray(value);
						const fields = mapping ? value : kind === 'source-notes' ? { note: value } : { value };
						const data = await parseData({ id, data: { lang, kind, key, ...(fields as object) }, filePath });
						store.set({ id, data, filePath });
					}
				}
			}
		},
	};
}
