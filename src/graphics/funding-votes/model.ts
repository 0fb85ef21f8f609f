/**
 * The key votes on the supplemental, one row each: yes and no votes as a stacked bar
 * on the chamber's seat scale (Senate 100, House 435), the number of yes votes the
 * measure needed as a dashed mark, and whether it passed. Yes votes on measures that
 * carried the border deal or border policy take the border colour used across the
 * funding charts.
 *
 * Pure: (data, dimensions) → Scene.
 */
import { scaleLinear } from 'd3-scale';
import type { Lang } from '../../i18n/lang';
import { mark, type Dimensions, type Mark, type Scene } from '../core/scene';
import { textWidth, wrapText } from '../core/text';
import { WORDS } from './strings';

export type Chamber = 'Senate' | 'House';
export type ThresholdRule = 'cloture-60' | 'majority-of-those-voting' | 'two-thirds-of-those-voting';

export interface VoteDatum {
	date: string;
	chamber: Chamber;
	measure: string;
	yes: number;
	no: number;
	threshold: number;
	thresholdRule: ThresholdRule;
	result: 'passed' | 'failed';
	sourceUrl: string;
	/** The measure carried the border deal or border policy. */
	border: boolean;
}

export interface FundingVotesData {
	votes: VoteDatum[];
}

export const VOTES_STATES = ['overview'] as const;

export const CHAMBER_SEATS: Record<Chamber, number> = { Senate: 100, House: 435 };

/** "Feb 7, 2024 · 49–50 · needed 60 (cloture)" (Spanish: "7 feb 2024 · 49 a 50 · se necesitaban 60 (cloture)") */
export function voteDetail(v: VoteDatum, lang: Lang = 'en'): string {
	return WORDS[lang].detail(v);
}

const FONT = { title: 13, detail: 11.5, tick: 12 };
const TITLE_LINE = 16;
const DETAIL_LINE = 14;
const LEGEND_LINE = 18;
const SWATCH = 11;
const X0 = 1;

/** Legend entries in order; each key is also the swatch kind and the entry's words in strings.ts. */
const LEGEND = ['yes', 'border', 'no', 'threshold'] as const;

export function votesScene(data: FundingVotesData, dims: Dimensions, lang: Lang = 'en'): Scene {
	const words = WORDS[lang];
	const { width, height } = dims;
	const wide = width >= 600;
	const resultW = Math.max(textWidth(words.passed, FONT.title, true), textWidth(words.failed, FONT.title, true)) + 12;
	const labelW = wide ? Math.min(340, Math.round(width * 0.46)) : 0;
	const textW = wide ? labelW - 14 : width - X0 - 2;
	const barX0 = wide ? labelW : X0;
	const barX1 = width - resultW;

	// Legend, wrapped to the width.
	const legend: Mark[] = [];
	let lx = X0;
	let line = 0;
	for (const key of LEGEND) {
		const entry = { key, swatch: key, text: words.legend[key] };
		const w = SWATCH + 5 + textWidth(entry.text, FONT.tick);
		if (lx > X0 && lx + w > width - 2) {
			line += 1;
			lx = X0;
		}
		const cy = 4 + line * LEGEND_LINE + LEGEND_LINE / 2;
		if (entry.swatch === 'threshold') {
			legend.push(mark('line', `legend-${entry.key}`, { x1: lx + SWATCH / 2, x2: lx + SWATCH / 2, y1: cy - 8, y2: cy + 8 }, { className: 'reference' }));
		} else {
			const cls = entry.swatch === 'border' ? 'fill-border' : entry.swatch === 'no' ? 'fill-neutral is-muted' : 'fill-neutral';
			legend.push(mark('rect', `legend-${entry.key}`, { x: lx, y: cy - SWATCH / 2, width: SWATCH, height: SWATCH }, { className: `bar ${cls}` }));
		}
		legend.push(mark('text', `legend-${entry.key}-label`, { x: lx + SWATCH + 5, y: cy, dy: '0.35em' }, { className: 'tick', lines: [entry.text] }));
		lx += w + 16;
	}

	// Rows grouped by chamber, in order of first appearance; dates stay in order within each.
	const chambers = [...new Set(data.votes.map((v) => v.chamber))];
	const rowsText = data.votes.map((v) => ({
		title: wrapText(words.measure(v), textW, FONT.title, true),
		detail: wrapText(words.detail(v), textW, FONT.detail),
	}));
	const barH = wide ? 14 : 12;
	const textH = (i: number) => rowsText[i]!.title.length * TITLE_LINE + rowsText[i]!.detail.length * DETAIL_LINE;
	const rowH = (i: number) => (wide ? Math.max(textH(i), barH + 8) : textH(i) + 4 + barH);
	const headerH = 24;
	const axisH = 26;
	const legendH = (line + 1) * LEGEND_LINE + 10;
	const needed = legendH + chambers.length * (headerH + axisH) + data.votes.reduce((sum, _, i) => sum + rowH(i), 0);
	const gapCount = data.votes.length + chambers.length;
	// If the box is too short, draw taller: the caller's viewBox scales the scene to fit.
	const drawHeight = Math.max(height, Math.ceil(needed + 6 * gapCount + 4));
	const gap = Math.max(6, Math.min(16, (drawHeight - needed - 4) / gapCount));

	const headers: Mark[] = [];
	const grid: Mark[] = [];
	const bars: Mark[] = [];
	const labels: Mark[] = [];
	let y = legendH;
	for (const chamber of chambers) {
		const seats = CHAMBER_SEATS[chamber];
		const x = scaleLinear().domain([0, seats]).range([barX0, barX1]);
		headers.push(mark('text', `header-${chamber}`, { x: X0, y: y + 14 }, { className: 'legend label-strong', lines: [words.header(chamber, seats)] }));
		y += headerH;
		const panelTop = y;
		data.votes.forEach((v, i) => {
			if (v.chamber !== chamber) return;
			const t = rowsText[i]!;
			const key = `vote-${v.date}-${i}`;
			const textTop = wide ? y + Math.max(0, (barH + 8 - textH(i)) / 2) : y;
			labels.push(mark('text', `${key}-title`, { x: X0, y: textTop + 12 }, { className: 'legend label-strong', lines: t.title }));
			labels.push(mark('text', `${key}-detail`, { x: X0, y: textTop + t.title.length * TITLE_LINE + 10 }, { className: 'tick label-small', lines: t.detail }));
			const barY = wide ? y + (rowH(i) - barH) / 2 : y + textH(i) + 4;
			const yesEnd = x(v.yes);
			bars.push(
				mark('rect', `${key}-yes`, { x: x(0), y: barY, width: yesEnd - x(0), height: barH }, { className: `bar ${v.border ? 'fill-border' : 'fill-neutral'}` }),
				mark('rect', `${key}-no`, { x: yesEnd + 1, y: barY, width: Math.max(0, x(v.yes + v.no) - yesEnd - 1), height: barH }, { className: 'bar fill-neutral is-muted' }),
				mark('line', `${key}-threshold`, { x1: x(v.threshold), x2: x(v.threshold), y1: barY - 4, y2: barY + barH + 4 }, { className: 'reference' }),
			);
			labels.push(
				mark(
					'text',
					`${key}-result`,
					{ x: barX1 + 8, y: barY + barH / 2, dy: '0.35em' },
					{ className: `legend label-strong${v.result === 'failed' ? '' : ' label-soft'}`, lines: [v.result === 'passed' ? words.passed : words.failed] },
				),
			);
			y += rowH(i) + gap;
		});
		// Axis under the panel: seat counts.
		const axisY = y - gap + 6;
		grid.push(mark('line', `axis-${chamber}`, { x1: x(0), x2: x(seats), y1: axisY, y2: axisY }, { className: 'axis-base' }));
		for (const tick of x.ticks(5)) {
			if (wide) grid.push(mark('line', `grid-${chamber}-${tick}`, { x1: x(tick), x2: x(tick), y1: panelTop, y2: axisY }, { className: 'grid' }));
			grid.push(mark('line', `tick-${chamber}-${tick}`, { x1: x(tick), x2: x(tick), y1: axisY, y2: axisY + 4 }, { className: 'axis-base' }));
			grid.push(mark('text', `ticklabel-${chamber}-${tick}`, { x: x(tick), y: axisY + 15, 'text-anchor': tick === 0 ? 'start' : 'middle' }, { className: 'tick', lines: [String(tick)] }));
		}
		y = axisY + axisH + gap - 6;
	}

	return {
		width,
		height: drawHeight,
		layers: [
			{ id: 'legend', marks: legend },
			{ id: 'grid', marks: grid },
			{ id: 'bars', marks: bars },
			{ id: 'labels', marks: [...headers, ...labels] },
		],
	};
}
