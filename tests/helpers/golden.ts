/**
 * Golden-file check for rendered SVG. A missing golden is written on a developer
 * machine and fails on CI; a mismatch writes <name>-changed.svg beside the golden
 * so the difference can be opened and reviewed.
 */
import { existsSync, readFileSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const DIR = join(import.meta.dirname, '..', 'output');

/** Pretty-prints one element per line so golden diffs stay readable. */
export function normalizeSvg(svg: string): string {
	return `${svg.replace(/></g, '>\n<').trim()}\n`;
}

export function expectGolden(name: string, svg: string): void {
	mkdirSync(DIR, { recursive: true });
	const file = join(DIR, `${name}.svg`);
	const changed = join(DIR, `${name}-changed.svg`);
	const actual = normalizeSvg(svg);
	if (!existsSync(file)) {
		if (process.env.CI) throw new Error(`Missing golden file tests/output/${name}.svg (run the tests locally to create it)`);
		writeFileSync(file, actual);
		return;
	}
	if (readFileSync(file, 'utf8') !== actual) {
		writeFileSync(changed, actual);
		throw new Error(`tests/output/${name}.svg differs from the rendering; see tests/output/${name}-changed.svg`);
	}
	rmSync(changed, { force: true });
}

/** Wraps a chart's inner markup as a standalone SVG file. */
export function standaloneSvg(inner: string, width: number, height: number): string {
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"><style>.bar--t42{fill:#c45500}.bar--t8{fill:#0072b2}.fill-mx{fill:#007a5a}.fill-us{fill:#0072b2}.fill-other{fill:#8c6bb1}.fill-neutral{fill:#7a7a7a}.is-muted{opacity:.28}.grid{stroke:#e4e0d5}.axis-base,.note-leader,.reference{stroke:#333}.stroke-us{stroke:#0072b2}.stroke-mx{stroke:#007a5a}.stroke-neutral{stroke:#7a7a7a}.reference{stroke-dasharray:5 3}text{font:12px sans-serif}</style>${inner}</svg>`;
}

/** Golden files of charts declared in content: the palette classes (src/styles/charts.css, light theme). */
export const PALETTE_GOLDEN_STYLE = '.fill-c-orange{fill:#c45500}.fill-c-blue{fill:#0072b2}.stroke-c-orange{stroke:#c45500}.stroke-c-blue{stroke:#0072b2}';
