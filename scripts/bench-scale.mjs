/**
 * Scale run for `npm run bench -- --scale`: builds the site with 250 and then 1,000
 * synthetic explainers (copies of the real ones under new slugs), each from a cold
 * cache, and reports build time, seconds per explainer (equal at both sizes when growth
 * is linear) and search index size. bench.mjs then measures the first query against
 * the 1,000-explainer build. Content goes to a scratch folder; dist/ is not touched.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { cacheDirFor } from './cache-dir.mjs';

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

/** Builds `count` synthetic explainers from a cold cache; returns seconds taken. */
function build(count) {
	generate(count);
	rmSync(cacheDirFor(ROOT, OUT), { recursive: true, force: true });
	rmSync(OUT, { recursive: true, force: true });
	const started = performance.now();
	const run = spawnSync('npm', ['run', 'build', '--silent'], { stdio: ['ignore', 'ignore', 'inherit'], env: { LOCAL_PREVIEW: '1', ...process.env, CONTENT_ROOT: ROOT, OUT_DIR: OUT } });
	if (run.status !== 0) throw new Error(`scale build of ${count} explainers failed`);
	return (performance.now() - started) / 1000;
}

export async function runScale({ report, budget }) {
	console.log(`\nScale run: synthetic explainers (+ the real ones), cold cache each time`);
	const small = COUNT / 4;
	const smallSeconds = build(small);
	report(`Build with ${small} extra explainers`, smallSeconds, (budget * small) / COUNT, 's');
	const seconds = build(COUNT);
	report(`Build with ${COUNT} extra explainers`, seconds, budget, 's');
	// Fixed costs (Vite, fonts, charts of the real pages) make the small run dearer per
	// explainer; the marginal cost between the two runs is the growth rate.
	report(`  marginal ms per explainer, ${small} → ${COUNT}`, Math.round(((seconds - smallSeconds) * 1000) / (COUNT - small)), undefined, 'ms');
	report(`  ms per explainer over the whole ${COUNT} run`, Math.round((seconds * 1000) / COUNT), undefined, 'ms');
	const index = folderSize(join(OUT, 'pagefind'));
	report(`Search index on disk (${index.files} files)`, index.bytes, undefined, 'bytes');
	const site = folderSize(OUT);
	report(`Whole site on disk (${site.files} files)`, site.bytes, undefined, 'bytes');
	rmSync(ROOT, { recursive: true, force: true });
	return OUT;
}
