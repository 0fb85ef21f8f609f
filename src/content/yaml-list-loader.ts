/**
 * A content loader for folders of YAML files that each hold a *list* of entries
 * (e.g. content/sources/title-42.yaml). Astro's own file() loader reads one file;
 * we want one file per explainer without losing a single global id space, so ids
 * that repeat across files stop the build with both file names.
 */
import type { Loader } from 'astro/loaders';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parse } from 'yaml';

/** `skip`: file names in the folder that are not lists of entries (e.g. the sources' host blocklist). */
export function yamlListLoader(folder: string, { skip = [] as string[] } = {}): Loader {
	return {
		name: 'yaml-list-loader',
		load: async ({ store, parseData, config }) => {
			const root = new URL('.', config.root).pathname;
			const dir = join(root, folder);
			const files = (await readdir(dir)).filter((f) => /\.ya?ml$/.test(f) && !skip.includes(f)).sort();
			const seen = new Map<string, string>();
			store.clear();
			for (const file of files) {
				const filePath = relative(root, join(dir, file));
				const entries = parseYamlList(await readFile(join(dir, file), 'utf8'), filePath);
				for (const [i, raw] of entries.entries()) {
					const id = raw.id;
					if (typeof id !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) {
						throw new Error(`${filePath}: entry ${i + 1}: field "id" must be a kebab-case string, got ${JSON.stringify(id)}`);
					}
					const other = seen.get(id);
					if (other) throw new Error(`${filePath}: id "${id}" is already defined in ${other}; ids must be unique across ${folder}/`);
					seen.set(id, filePath);
					const data = await parseData({ id, data: raw, filePath });
					store.set({ id, data, filePath });
				}
			}
		},
	};
}

/** Parses a YAML document that must be a list of mappings; names the file on failure. */
export function parseYamlList(text: string, filePath: string): Record<string, unknown>[] {
	let doc: unknown;
	try {
		doc = parse(text);
	} catch (error) {
		throw new Error(`${filePath}: invalid YAML: ${(error as Error).message}`);
	}
	if (doc == null) return [];
	if (!Array.isArray(doc)) throw new Error(`${filePath}: expected a YAML list of entries at the top level`);
	return doc.map((item, i) => {
		if (!item || typeof item !== 'object' || Array.isArray(item)) {
			throw new Error(`${filePath}: entry ${i + 1} must be a mapping of fields`);
		}
		return item as Record<string, unknown>;
	});
}
