/**
 * Charts declared in content (data/<name>.chart.yaml, states in the MDX) that are wrong
 * must stop the build naming the file, the field (and for a state, the step id) and what
 * was expected. The build names every broken spec, and every broken step of a graphic, in
 * one run, so one build checks several mistakes:
 *
 * - specs: an unknown kind, a misspelt field, a missing CSV and a series column the CSV lacks,
 *   each in its own copy of the example spec beside the real ones;
 * - steps: an empty state, a note outside the data and an unknown series, on three steps of
 *   the example explainer;
 * - a <Step> without a state, which stops the step itself before the graphic checks any.
 *
 * The example is the newcomer's explainer (tests/fixtures/newcomer/: a time-series chart of
 * five months and four steps), laid over a copy of the content as scripts/with-fixtures.mjs
 * does. The site's explainers other than title-42 are set to draft so the builds render
 * little besides what they test. The scratch folder is not tests/fixtures/.tmp/, which
 * content-errors.test.ts wipes when it starts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, draftAllBut, edit, scratchBuild, type ScratchRun } from '../helpers/scratch-build';

const SCRATCH = 'tests/fixtures/.tmp-charts';
const FIXTURE = join(ROOT, 'tests/fixtures/newcomer');
const MDX = 'explainers/example-chart/index.mdx';

type Run = ScratchRun;

/** Copies content/ and data/ with the example laid over them, changes them, and builds the copy. */
function build(name: string, change: { content?: (dir: string) => void; data?: (dir: string) => void }): Run {
	return scratchBuild({
		scratch: SCRATCH,
		name,
		content: (dir) => {
			draftAllBut(dir, 'title-42');
			cpSync(join(FIXTURE, 'content'), dir, { recursive: true });
			change.content?.(dir);
		},
		data: (data) => {
			cpSync(join(FIXTURE, 'data'), data, { recursive: true });
			change.data?.(data);
		},
	});
}

/** A copy of the example spec (a time-series chart), changed. */
function spec(data: string, name: string, from: RegExp | string, to: string) {
	writeFileSync(join(data, `${name}.chart.yaml`), readFileSync(join(data, 'example-counts.chart.yaml'), 'utf8'));
	edit(join(data, `${name}.chart.yaml`), from, to);
}

/** The state of a step of the example graphic, as written on its one line. */
const stepState = (id: string) => new RegExp(`(<Step id="${id}") state=\\{\\{[^\\n]*\\}\\}>$`, 'm');

afterAll(() => rmSync(join(ROOT, SCRATCH), { recursive: true, force: true }));

describe('a declared chart whose spec is wrong stops the build, naming the file and the field', () => {
	let run: Run;
	beforeAll(() => {
		run = build('specs', {
			data: (d) => {
				spec(d, 'broken-kind', /^kind: .*$/m, 'kind: pie-chart');
				spec(d, 'broken-field', /^format: integer$/m, 'fromat: integer');
				spec(d, 'broken-data', /^data: .*$/m, 'data: no-such-file.csv');
				spec(d, 'broken-column', /- column: crossings$/m, '- column: crosings');
			},
		});
	});

	it('stops', () => expect(run.code).not.toBe(0));

	it('an unknown kind', () => {
		expect(run.output).toMatch(/data\/broken-kind\.chart\.yaml: field "kind": expected one of [a-z, -]*time-series[a-z, -]* \(a folder of src\/graphics\/kinds\/\), got "pie-chart"/);
	});

	it('a misspelt field', () => {
		expect(run.output).toMatch(/data\/broken-field\.chart\.yaml: field "fromat": [^\n]*expected one of [^\n]*format/);
	});

	it('a CSV that is not there', () => {
		expect(run.output).toContain('data/broken-data.chart.yaml: field "data": data/no-such-file.csv not found');
	});

	it('a series column the CSV does not have', () => {
		// The message names the spec, and may name the CSV too, before the field.
		expect(run.output).toMatch(/data\/broken-column\.chart\.yaml[^\n]*: field "series\.0\.column": no column "crosings" in data\/example-counts\.csv; expected one of month, crossings/);
	});
});

describe('a step whose state is wrong stops the build, naming the file, the step and the field', () => {
	let run: Run;
	beforeAll(() => {
		run = build('steps', {
			content: (d) => {
				edit(join(d, MDX), stepState('step-start'), '$1 state={{}}>');
				edit(join(d, MDX), stepState('step-march'), '$1 state={{ through: "2024-03", notes: [{ at: "2024-07", text: "A month the data does not have" }] }}>');
				edit(join(d, MDX), stepState('step-high'), '$1 state={{ through: "2024-05", series: "crosings" }}>');
			},
		});
	});
	const where = (id: string) => `${MDX}: <Step id="${id}"> inside <Scrolly chart="example-counts">`;

	it('stops', () => expect(run.code).not.toBe(0));

	it('an empty state', () => {
		expect(run.output).toContain(`${where('step-start')}: field "state": a step must change something`);
	});

	it('a note at a month outside the data', () => {
		expect(run.output).toContain(`${where('step-march')}: field "notes.0.at": "2024-07" is outside the data; expected 2024-01 to 2024-05`);
	});

	it('an unknown series', () => {
		expect(run.output).toContain(`${where('step-high')}: field "series": no series "crosings"; expected one of crossings`);
	});
});

describe('a <Step> without a state', () => {
	it('stops the build naming the file, the step and the field', () => {
		const run = build('no-state', { content: (d) => edit(join(d, MDX), stepState('step-all'), '$1>') });
		expect(run.code).not.toBe(0);
		expect(run.output).toContain(`${MDX}: <Step id="step-all">: field "state" is missing; expected state={{ … }}`);
	});
});
