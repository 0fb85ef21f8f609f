/**
 * Loads explainers with Astro's glob loader after checking the folder layout, so
 * nothing an author writes is silently skipped or published twice:
 *
 *   content/explainers/<slug>/index.mdx        English, at /explainers/<slug>/
 *   content/explainers/<lang>/<slug>/index.mdx another language, same slug
 *
 * The folder name is the URL slug. It must be kebab-case; two folders whose names
 * differ only in case, accents or separators ("Title-42", "title_42") would publish
 * the same URL on many hosts, so they stop the build with both paths. A stray .mdx
 * or .md file, or a slug folder without index.mdx, stops it too (the glob would skip
 * it without a word).
 */
import { glob, type Loader } from 'astro/loaders';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LANGS, DEFAULT_LANG } from '../i18n/lang';
import { yamlDateProblems } from './calendar-date';

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const OTHER_LANGS: readonly string[] = LANGS.filter((l) => l !== DEFAULT_LANG);

/** What a folder holds, as the checks need it: file names, and child folders with theirs. */
export interface FolderListing {
	files: string[];
	folders: Record<string, FolderListing>;
}

/** The URL a folder name would publish at, as a case- and accent-blind host sees it. */
export function slugKey(name: string): string {
	return name
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}

/** Problems in the explainers folder (`base` is its path for messages). Empty when all is well. */
export function explainerFolderProblems(base: string, listing: FolderListing): string[] {
	const problems: string[] = [];
	const checkLevel = (level: FolderListing, prefix: string, allowLangs: boolean) => {
		for (const f of level.files) {
			if (/\.mdx?$/.test(f)) problems.push(`${base}/${prefix}${f}: an explainer file outside its folder; expected ${base}/${prefix}<slug>/index.mdx`);
		}
		const seen = new Map<string, string>();
		// Well-formed names first, so a duplicate is reported against the folder that looks right.
		const byName = Object.entries(level.folders).sort(([a], [b]) => Number(!KEBAB.test(a)) - Number(!KEBAB.test(b)) || (a < b ? -1 : a > b ? 1 : 0));
		for (const [name, child] of byName) {
			if (allowLangs && OTHER_LANGS.includes(name)) {
				checkLevel(child, `${prefix}${name}/`, false);
				continue;
			}
			const path = `${base}/${prefix}${name}/`;
			const key = slugKey(name);
			const other = seen.get(key);
			if (other) problems.push(`${path}: slug "${name}" publishes the same URL as ${other} (/explainers/${key}/); expected each explainer folder to have its own slug`);
			else seen.set(key, path);
			if (!KEBAB.test(name)) problems.push(`${path}: folder name "${name}" is the URL slug; expected kebab-case (lowercase letters, digits and hyphens) such as "${key || 'title-42'}"`);
			if (!child.files.includes('index.mdx')) {
				const md = child.files.filter((f) => /\.mdx?$/.test(f));
				problems.push(`${path}: no index.mdx${md.length ? ` (found ${md.join(', ')})` : ''}; expected ${path}index.mdx`);
			}
		}
	};
	checkLevel(listing, '', true);
	return problems;
}

/** Reads a folder two levels deep (a language folder, then its slug folders). */
function readListing(dir: string, depth = 2): FolderListing {
	const listing: FolderListing = { files: [], folders: {} };
	for (const name of readdirSync(dir)) {
		if (name.startsWith('.')) continue;
		if (statSync(join(dir, name)).isDirectory()) {
			listing.folders[name] = depth > 0 ? readListing(join(dir, name), depth - 1) : { files: [], folders: {} };
		} else listing.files.push(name);
	}
	return listing;
}

/** The index.mdx files of a listing, relative to its folder: <slug>/index.mdx and <lang>/<slug>/index.mdx. */
function explainerFiles(listing: FolderListing, prefix = ''): string[] {
	return Object.entries(listing.folders).flatMap(([name, child]) =>
		!prefix && OTHER_LANGS.includes(name) ? explainerFiles(child, `${name}/`) : child.files.includes('index.mdx') ? [`${prefix}${name}/index.mdx`] : [],
	);
}

export function explainerLoader(folder: string): Loader {
	const inner = glob({
		pattern: ['*/index.mdx', ...OTHER_LANGS.map((l) => `${l}/*/index.mdx`)],
		base: `./${folder}`,
		generateId: ({ entry }) => entry.replace(/\/index\.mdx$/, ''),
	});
	return {
		...inner,
		name: 'explainer-loader',
		load: async (context) => {
			const root = new URL('.', context.config.root).pathname;
			const listing = readListing(join(root, folder));
			const problems = explainerFolderProblems(folder, listing);
			if (problems.length) throw new Error(problems.join('\n'));
			// Frontmatter dates as written: the YAML parser turns "2023-02-30" into March 2 before the schema sees it.
			const dateProblems = explainerFiles(listing).flatMap((rel) => {
				const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(root, folder, rel), 'utf8'))?.[1] ?? '';
				return yamlDateProblems(front, ['published', 'updated', 'date'], 2).map((p) => `${folder}/${rel}: frontmatter ${p}`);
			});
			if (dateProblems.length) throw new Error(dateProblems.join('\n'));
			return inner.load(context);
		},
	};
}
