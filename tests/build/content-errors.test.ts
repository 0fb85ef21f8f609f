/**
 * Bad content must stop the build with a message that names the file, the field and
 * what was expected. Each case copies the real content into a scratch folder, breaks
 * one thing, and runs `astro sync` (which loads and validates every collection).
 */
import { describe, expect, it, beforeAll } from 'vitest';
import { cpSync, existsSync, renameSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT, edit, scratchBuild, type ScratchRun } from '../helpers/scratch-build';
const SCRATCH = 'tests/fixtures/.tmp';

/** Copies content/ (and, when `breakData` is given, data/), breaks the copy, and runs astro on it. */
function withBrokenContent(name: string, breakIt: (dir: string) => void, command: 'sync' | 'build' = 'sync', breakData?: (dataDir: string) => void): ScratchRun {
	return scratchBuild({ scratch: SCRATCH, name, content: breakIt, data: breakData, command });
}

describe('content errors stop the build with file, field and expectation', () => {
	beforeAll(() => rmSync(join(ROOT, SCRATCH), { recursive: true, force: true }));

	it('explainer without a title', () => {
		const r = withBrokenContent('no-title', (d) => edit(join(d, 'explainers/title-42/index.mdx'), /^title: .*$/m, ''));
		expect(r.code).not.toBe(0);
		expect(r.output).toContain('explainers/title-42/index.mdx');
		expect(r.output).toMatch(/title/);
	});

	it('explainer with a date that is not a date', () => {
		const r = withBrokenContent('bad-date', (d) => edit(join(d, 'explainers/title-42/index.mdx'), /^published: .*$/m, 'published: "last spring"'));
		expect(r.code).not.toBe(0);
		expect(r.output).toContain('explainers/title-42/index.mdx');
		expect(r.output).toMatch(/published/);
		expect(r.output).toContain('YYYY-MM-DD');
	});

	// Checked when pages render, so this one runs a full build.
	it('explainer citing and listing an unknown source id', () => {
		const r = withBrokenContent(
			'unknown-source',
			(d) => {
				edit(join(d, 'explainers/title-42/index.mdx'), /^sources:\n/m, 'sources:\n  - no-such-source\n');
				edit(join(d, 'explainers/title-42/index.mdx'), /<Cite id="cbp-sw-encounters"\/>/, '<Cite id="no-such-source"/>');
			},
			'build',
		);
		expect(r.code).not.toBe(0);
		expect(r.output).toContain('explainers/title-42/index.mdx: <Cite id="no-such-source"/>: unknown source id; expected an id from content/sources/*.yaml');
	});

	it('source with a link that is not an https URL', () => {
		const r = withBrokenContent('bad-url', (d) =>
			appendFileSync(join(d, 'sources/shared.yaml'), '\n- id: broken-link\n  title: A broken link\n  publisher: Nobody\n  date: 2024-01-01\n  url: ftp//nowhere\n  kind: law\n'),
		);
		expect(r.code).not.toBe(0);
		expect(r.output).toContain('broken-link');
		expect(r.output).toMatch(/url/);
		expect(r.output).toContain('https://');
	});

	it('the same source id in two files', () => {
		const r = withBrokenContent('duplicate-source', (d) => appendFileSync(join(d, 'sources/title-42.yaml'), '\n- id: cbp-sw-encounters\n  title: Copy\n  publisher: CBP\n  date: 2024\n  kind: law\n'));
		expect(r.code).not.toBe(0);
		expect(r.output).toContain('id "cbp-sw-encounters" is already defined in');
		expect(r.output).toContain('sources/shared.yaml');
	});

	it('glossary term without a short definition', () => {
		const r = withBrokenContent('glossary-short', (d) => edit(join(d, 'glossary/cloture.yaml'), /^short: .*$/m, ''));
		expect(r.code).not.toBe(0);
		expect(r.output).toContain('cloture');
		expect(r.output).toMatch(/short/);
	});

	it('timeline event with an unknown topic', () => {
		const r = withBrokenContent('event-topic', (d) => edit(join(d, 'events/title-42.yaml'), /^(\s*)topic: title-42$/m, '$1topic: weather'));
		expect(r.code).not.toBe(0);
		expect(r.output).toContain('events');
		expect(r.output).toMatch(/topic/);
		expect(r.output).toContain('title-42');
	});

	it('a YAML file that is not a list', () => {
		const r = withBrokenContent('yaml-shape', (d) => writeFileSync(join(d, 'sources/extra.yaml'), 'id: lonely\ntitle: Not in a list\n'));
		expect(r.code).not.toBe(0);
		expect(r.output).toContain('sources/extra.yaml: expected a YAML list of entries');
	});

	// The next three are checked when pages render, so they run full builds.
	it('graphic step whose state points outside its chart’s data', () => {
		const r = withBrokenContent('unknown-state', (d) => edit(join(d, 'explainers/title-42/index.mdx'), 'notes: [{ at: "2021-05"', 'notes: [{ at: "2019-05"'), 'build');
		expect(r.code).not.toBe(0);
		expect(r.output).toContain(
			'explainers/title-42/index.mdx: <Step id="step-rise"> inside <Scrolly chart="encounters">: field "notes.0.at": "2019-05" is outside the data; expected 2020-03 to 2026-07',
		);
	});

	it('Spanish explainer whose lang field disagrees with its folder', () => {
		const r = withBrokenContent('wrong-lang', (d) => edit(join(d, 'explainers/es/title-42/index.mdx'), /^lang: es$/m, 'lang: en'), 'build');
		expect(r.code).not.toBe(0);
		expect(r.output).toContain('explainers/es/title-42/index.mdx: field "lang": "en" does not match the folder');
		expect(r.output).toContain('expected lang: es');
	});

	it('Spanish translation of a glossary term that does not exist', () => {
		const r = withBrokenContent(
			'unknown-translation',
			(d) =>
				appendFileSync(
					join(d, 'translations/es/glossary-title-42.yaml'),
					'\nno-such-term:\n  term: "Término inexistente"\n  short: "Una definición breve que no corresponde a ningún término."\n  long: "Una definición larga que no corresponde a ningún término del glosario en inglés, así que debe detener la construcción."\n',
				),
			'build',
		);
		expect(r.code).not.toBe(0);
		expect(r.output).toContain('translations/es/glossary-title-42.yaml: "no-such-term": no glossary with this id in content/glossary/');
	});
	it('explainer with a field the schema does not know (a misspelling)', () => {
		const r = withBrokenContent('unknown-field', (d) => edit(join(d, 'explainers/title-42/index.mdx'), /^published: /m, 'publshed: 2024-01-01\npublished: '));
		expect(r.code).not.toBe(0);
		expect(r.output).toContain('explainers/title-42/index.mdx');
		expect(r.output).toContain('publshed');
	});

	it('two explainer folders that publish the same slug', () => {
		const r = withBrokenContent('duplicate-slug', (d) => cpSync(join(d, 'explainers/title-42'), join(d, 'explainers/Title-42'), { recursive: true }));
		expect(r.code).not.toBe(0);
		expect(r.output).toMatch(/explainers\/Title-42\/: slug "Title-42" publishes the same URL as \S*explainers\/title-42\/ \(\/explainers\/title-42\/\)/);
		expect(r.output).toContain('explainers/Title-42/: folder name "Title-42" is the URL slug; expected kebab-case');
	});

	it('an explainer written outside its folder', () => {
		const r = withBrokenContent('stray-explainer', (d) => renameSync(join(d, 'explainers/title-42/index.mdx'), join(d, 'explainers/title-42.mdx')));
		expect(r.code).not.toBe(0);
		expect(r.output).toContain('explainers/title-42.mdx: an explainer file outside its folder; expected');
		expect(r.output).toContain('explainers/title-42/: no index.mdx');
	});

	// The rest are checked when MDX compiles or pages render, so they run full builds.
	it('an unknown glossary term in an English explainer', () => {
		const r = withBrokenContent(
			'unknown-term',
			(d) => edit(join(d, 'explainers/title-42/index.mdx'), /^## The court fight$/m, '## The court fight\n\nA <Term id="no-such-term">term</Term> with no entry.'),
			'build',
		);
		expect(r.code).not.toBe(0);
		expect(r.output).toContain('explainers/title-42/index.mdx: <Term id="no-such-term">: unknown glossary term; expected a file content/glossary/no-such-term.yaml');
	});

	it('an image without alt text', () => {
		const r = withBrokenContent('image-alt', (d) => edit(join(d, 'explainers/title-42/index.mdx'), /^## The court fight$/m, '## The court fight\n\n![](/og/title-42.png)'), 'build');
		expect(r.code).not.toBe(0);
		expect(r.output).toMatch(/explainers\/title-42\/index\.mdx:\d+: image "\/og\/title-42\.png": no alt text; expected !\[what the image shows\]/);
	});

	it('a figure whose caption names no source', () => {
		const r = withBrokenContent(
			'figure-source',
			(d) =>
				edit(
					join(d, 'explainers/title-42/index.mdx'),
					/^## The court fight$/m,
					'## The court fight\n\n<figure>\n<img src="/og/title-42.png" alt="The card of this explainer"/>\n<figcaption>A caption with no source.</figcaption>\n</figure>',
				),
			'build',
		);
		expect(r.code).not.toBe(0);
		expect(r.output).toMatch(/explainers\/title-42\/index\.mdx:\d+: <figcaption> names no source; expected <Cite id="…"\/> in the caption/);
	});

	it('a chart whose data source the explainer never cites', () => {
		const r = withBrokenContent('chart-source', (d) => edit(join(d, 'explainers/mexico-delegation/index.mdx'), /^## /m, '<Chart name="t42-nationalities"/>\n\n## '), 'build');
		expect(r.code).not.toBe(0);
		expect(r.output).toContain(
			'explainers/mexico-delegation/index.mdx: the figure "t42-nationalities" draws on source "cbp-nationwide-encounters", which this explainer never cites; expected <Cite id="cbp-nationwide-encounters"/> in the text',
		);
	});

	it('a source whose title is our description but whose Spanish translation gives none', () => {
		const r = withBrokenContent('described-title', (d) => edit(join(d, 'translations/es/source-notes-title-42.yaml'), /^fr-uac-order-2021-07:\n  title: .*\n/m, 'fr-uac-order-2021-07:\n'), 'build');
		expect(r.code).not.toBe(0);
		expect(r.output).toContain('translations/es/source-notes-title-42.yaml: "fr-uac-order-2021-07": field "title" is missing;');
		expect(r.output).toContain('titleIsDescription: true');
	});

	it('a missing data file', () => {
		const r = withBrokenContent(
			'missing-data',
			() => {},
			'build',
			(data) => rmSync(join(data, 't42-nationalities.csv')),
		);
		expect(r.code).not.toBe(0);
		// The chart is declared in data/t42-nationalities.chart.yaml, which names the file.
		expect(r.output).toContain('data/t42-nationalities.chart.yaml: field "data": data/t42-nationalities.csv not found');
	});

	it('a malformed CSV row', () => {
		const r = withBrokenContent(
			'bad-csv-row',
			() => {},
			'build',
			(data) => edit(join(data, 't42-nationalities.csv'), 'Guatemala,405964', 'Guatemala,405 964'),
		);
		expect(r.code).not.toBe(0);
		expect(r.output).toContain('data/t42-nationalities.csv: row 3, field "title42_encounters": expected a whole number, got "405 964"');
	});

	// YAML and JavaScript roll an impossible day over (2023-02-30 would show as March 2, 2023).
	it('an event dated on a day the calendar does not have', () => {
		const r = withBrokenContent('impossible-event-date', (d) => edit(join(d, 'events/title-42.yaml'), /^  date: 2020-03-20$/m, '  date: 2023-02-30'));
		expect(r.code).not.toBe(0);
		expect(r.output).toContain('events/title-42.yaml');
		expect(r.output).toMatch(/date/);
		expect(r.output).toContain('"2023-02-30" is not a day of the calendar (2023-02 has no day 30)');
	});

	it('a source dated on a day the calendar does not have', () => {
		const r = withBrokenContent('impossible-source-date', (d) => edit(join(d, 'sources/title-42.yaml'), /^  date: 2020-03-24$/m, '  date: 2020-04-31'));
		expect(r.code).not.toBe(0);
		expect(r.output).toContain('sources/title-42.yaml');
		expect(r.output).toContain('"2020-04-31" is not a day of the calendar (2020-04 has no day 31)');
	});

	it('an explainer published, updated or changed on a day the calendar does not have (frontmatter)', () => {
		const r = withBrokenContent('impossible-frontmatter-date', (d) => {
			edit(join(d, 'explainers/title-42/index.mdx'), /^published: .*$/m, 'published: 2023-02-29');
			edit(join(d, 'explainers/title-42/index.mdx'), /^  - date: 2026-11-28$/m, '  - date: "2026-11-31"');
		});
		expect(r.code).not.toBe(0);
		expect(r.output).toContain('explainers/title-42/index.mdx: frontmatter line 4, field "published": "2023-02-29" is not a day of the calendar (2023-02 has no day 29)');
		expect(r.output).toMatch(/explainers\/title-42\/index\.mdx: frontmatter line \d+, field "date": "2026-11-31" is not a day of the calendar \(2026-11 has no day 31\)/);
	});

	it('a CSV vote dated on a day the calendar does not have', () => {
		const r = withBrokenContent(
			'impossible-csv-date',
			() => {},
			'build',
			(data) => edit(join(data, 'funding-votes.csv'), /^2023-12-06,/m, '2023-11-31,'),
		);
		expect(r.code).not.toBe(0);
		expect(r.output).toContain('data/funding-votes.csv: row 2, field "date": "2023-11-31" is not a day of the calendar (2023-11 has no day 31)');
	});
});

describe('a build for deployment needs the site address', () => {
	it('stops without SITE_URL (and without LOCAL_PREVIEW=1), naming the variable and the local alternative', () => {
		const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', OUT_DIR: `${SCRATCH}-site-url-dist` };
		delete env.SITE_URL;
		delete env.LOCAL_PREVIEW;
		const run = spawnSync(join(ROOT, 'node_modules/.bin/astro'), ['build'], { cwd: ROOT, env, encoding: 'utf8' });
		const output = `${run.stdout}\n${run.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
		expect(run.status).not.toBe(0);
		expect(output).toContain('SITE_URL is not set');
		expect(output).toContain('npm run build:local');
		// It stopped before writing anything.
		expect(existsSync(join(ROOT, `${SCRATCH}-site-url-dist`))).toBe(false);
	});
});
