/**
 * Every built HTML page is valid HTML (html-validate's "standard" rules; the three
 * rules turned off in .htmlvalidate.json are explained in the README). Reads the
 * files in the build folder, so it needs no browser.
 */
import { test, expect } from './fixtures';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';

const DIST = process.env.DIST_DIR || 'dist';

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
		if (d.isDirectory()) return d.name === '_astro' || d.name === 'pagefind' ? [] : htmlFiles(join(dir, d.name));
		return d.name.endsWith('.html') ? [join(dir, d.name)] : [];
	});
}

test('every built page is valid HTML', async () => {
	// About 25 s for ~100 pages on a busy 2-core machine.
	test.setTimeout(120_000);
	const files = htmlFiles(DIST);
	// Both editions: at least the home, about, search, glossary, timeline and three explainers each.
	expect(files.length).toBeGreaterThan(60);
	const validator = new HtmlValidate(new FileSystemConfigLoader());
	const problems: string[] = [];
	for (const file of files) {
		const report = await validator.validateFile(file);
		for (const result of report.results) {
			for (const m of result.messages) problems.push(`${relative(DIST, file)}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
		}
	}
	expect(problems).toEqual([]);
});

/**
 * The W3C's Nu HTML Checker (the vnu-jar package, run with Java) over every built page,
 * once for the whole folder. It parses as browsers do, so it catches what html-validate
 * does not (e.g. a <script> after </html>). Errors only: its warnings are advice (for
 * example about the redundant `type` of a module script). Two errors are gaps in the
 * checker, not in the page, and are set aside (VALIDATOR_GAPS); nothing else is filtered.
 */
const VALIDATOR_GAPS = [
	// @property (CSS Properties and Values API, in every current browser since 2024) sets the
	// prose column's width once (src/styles/prose.css); the checker's CSS grammar predates it.
	/^CSS: Unrecognized at-rule “@property”/,
	// <link rel="expect" href="#main" blocking="render"> (src/layouts/BaseLayout.astro): the HTML
	// standard's "expect" link type (in Chromium since 2024) holds the first paint until the header
	// is whole; the checker still allows `blocking` only on stylesheets.
	/^A “link” element with a “blocking” attribute must have a “rel” attribute whose value is “stylesheet”\.$/,
];
test('the Nu HTML Checker finds no errors in any built page', async () => {
	test.setTimeout(180_000);
	const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
	expect(java.error, 'java is not installed: on Debian, apt-get install default-jre-headless').toBeUndefined();
	const run = spawnSync('java', ['-jar', 'node_modules/vnu-jar/build/dist/vnu.jar', '--errors-only', '--skip-non-html', '--format', 'json', DIST], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
	// The report goes to stderr; the exit code is 1 when there are errors.
	const report = JSON.parse(run.stderr) as { messages: { type: string; subType?: string; url: string; lastLine?: number; lastColumn?: number; message: string }[] };
	const gaps = report.messages.filter((m) => VALIDATOR_GAPS.some((gap) => gap.test(m.message)));
	const problems = report.messages
		.filter((m) => !gaps.includes(m))
		.map((m) => `${relative(resolve(DIST), m.url.replace(/^file:/, ''))}:${m.lastLine ?? '?'}:${m.lastColumn ?? '?'} ${m.type}${m.subType ? ` (${m.subType})` : ''}: ${m.message}`);
	expect(problems).toEqual([]);
	// The exit code is 1 whenever the checker reported an error, set aside or not.
	expect(run.status).toBe(gaps.length ? 1 : 0);
});
