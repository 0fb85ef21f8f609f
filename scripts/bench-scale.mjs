/**
 * Scale run for `npm run bench -- --scale`: builds the site with 1,000 synthetic
 * explainers (copies of the real ones under new slugs) and reports build time,
 * search index size and the first query's transfer. Content goes to a scratch
 * folder; dist/ is not touched.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const COUNT = 1000;
const ROOT = 'tests/fixtures/.tmp/scale';
const OUT = 'dist-scale';

function folderSize(dir) {
	let bytes = 0;
	let files = 0;
	for (const name of readdirSync(dir)) {
		const p = join(dir, name);
		const s = statSync(p);
		if (s.isDirectory()) {
			const sub = folderSize(p);
			bytes += sub.bytes;
			files += sub.files;
		} else {
			bytes += s.size;
			files += 1;
		}
	}
	return { bytes, files };
}

/** Writes COUNT explainers cycling through the real ones, each with its own slug and title. */
export function generate(count = COUNT) {
	rmSync(ROOT, { recursive: true, force: true });
	mkdirSync(ROOT, { recursive: true });
	cpSync('content', ROOT, { recursive: true });
	const originals = readdirSync('content/explainers').filter((slug) => existsSync(join('content/explainers', slug, 'index.mdx')));
	for (let i = 0; i < count; i++) {
		const from = originals[i % originals.length];
		const text = readFileSync(join('content/explainers', from, 'index.mdx'), 'utf8').replace(/^title: "?(.*?)"?$/m, (_, t) => `title: "${t.replace(/"/g, '')} (copy ${i + 1})"`);
		const dir = join(ROOT, 'explainers', `synthetic-${String(i + 1).padStart(4, '0')}`);
		mkdirSync(dir, { recursive: true });
		writeFileSync(join(dir, 'index.mdx'), text);
	}
}

export async function runScale({ report, budget }) {
	console.log(`\nScale run: ${COUNT} synthetic explainers (+ the real ones)`);
	generate();
	const started = performance.now();
	const run = spawnSync('npm', ['run', 'build', '--silent'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, CONTENT_ROOT: ROOT, OUT_DIR: OUT } });
	const seconds = (performance.now() - started) / 1000;
	if (run.status !== 0) throw new Error('scale build failed');
	report(`Build with ${COUNT} extra explainers`, seconds, budget, 's');
	const index = folderSize(join(OUT, 'pagefind'));
	report(`Search index on disk (${index.files} files)`, index.bytes, undefined, 'bytes');
	const site = folderSize(OUT);
	report(`Whole site on disk (${site.files} files)`, site.bytes, undefined, 'bytes');
	rmSync(ROOT, { recursive: true, force: true });
	return OUT;
}
