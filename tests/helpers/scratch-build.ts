/**
 * Build-tier tests run Astro on a changed copy of the content: `scratchBuild` copies
 * content/ (and data/, when the test changes it) into a scratch folder under
 * tests/fixtures/, lets the test change the copy, and runs `astro build` or `astro sync`
 * on it (CONTENT_ROOT, DATA_ROOT and OUT_DIR point at the copies). Each test file uses its
 * own scratch folder: the files run in parallel.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '../..');

export interface ScratchRun {
	/** The exit code of astro. */
	code: number | null;
	/** stdout and stderr, without colour codes. */
	output: string;
	/** The content copy, relative to the project. */
	dir: string;
	/** The build's output folder (absolute). */
	out: string;
}

export interface ScratchOptions {
	/** The test file's scratch folder, relative to the project (e.g. tests/fixtures/.tmp-charts). */
	scratch: string;
	/** This case's folder name inside it. */
	name: string;
	/** Changes the content copy (its root folder is passed). */
	content?: (dir: string) => void;
	/** Copies data/ as well and changes the copy (its data/ folder is passed). */
	data?: (dataDir: string) => void;
	/** `sync` loads and validates every collection without rendering pages. */
	command?: 'build' | 'sync';
}

export function scratchBuild({ scratch, name, content, data, command = 'build' }: ScratchOptions): ScratchRun {
	const rel = `${scratch}/${name}`;
	const dir = join(ROOT, rel);
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	cpSync(join(ROOT, 'content'), dir, { recursive: true });
	content?.(dir);
	const dataRoot = join(ROOT, `${rel}-root`);
	if (data) {
		rmSync(dataRoot, { recursive: true, force: true });
		cpSync(join(ROOT, 'data'), join(dataRoot, 'data'), { recursive: true });
		data(join(dataRoot, 'data'));
	}
	const out = `${rel}-dist`;
	const run = spawnSync(join(ROOT, 'node_modules/.bin/astro'), [command], {
		cwd: ROOT,
		env: { ...process.env, LOCAL_PREVIEW: '1', CONTENT_ROOT: rel, OUT_DIR: out, ASTRO_TELEMETRY_DISABLED: '1', ...(data ? { DATA_ROOT: dataRoot } : {}) },
		encoding: 'utf8',
	});
	return { code: run.status, output: `${run.stdout}\n${run.stderr}`.replace(/\x1b\[[0-9;]*m/g, ''), dir: rel, out: join(ROOT, out) };
}

/** Marks an explainer as a draft, whether or not its frontmatter already has the field. */
export function draft(file: string): void {
	const text = readFileSync(file, 'utf8');
	writeFileSync(file, /^draft: .*$/m.test(text) ? text.replace(/^draft: .*$/m, 'draft: true') : text.replace(/^---\n/, '---\ndraft: true\n'));
}

/** Sets every explainer of a content copy but `keep` to draft, in English and Spanish, so a build renders little else. */
export function draftAllBut(dir: string, keep: string): void {
	// English explainers sit in explainers/<slug>/, Spanish ones in explainers/es/<slug>/.
	for (const folder of ['explainers', 'explainers/es']) {
		for (const slug of readdirSync(join(dir, folder))) {
			const file = join(dir, folder, slug, 'index.mdx');
			if (slug !== keep && existsSync(file)) draft(file);
		}
	}
}

/** Replaces text in a file; a replacement that finds nothing is an error in the test, not a pass. */
export function edit(file: string, from: RegExp | string, to: string): void {
	const text = readFileSync(file, 'utf8');
	const next = text.replace(from, to);
	if (next === text) throw new Error(`fixture edit did not apply to ${file}: ${String(from)}`);
	writeFileSync(file, next);
}
