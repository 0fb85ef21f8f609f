/**
 * Every built HTML page is valid HTML (html-validate's "standard" rules; the three
 * rules turned off in .htmlvalidate.json are explained in the README). Reads the
 * files in the build folder, so it needs no browser.
 */
import { test, expect } from '@playwright/test';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

const DIST = process.env.DIST_DIR || 'dist';

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
		if (d.isDirectory()) return d.name === '_astro' || d.name === 'pagefind' ? [] : htmlFiles(join(dir, d.name));
		return d.name.endsWith('.html') ? [join(dir, d.name)] : [];
	});
}

test('every built page is valid HTML', async () => {
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
