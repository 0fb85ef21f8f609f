/**
 * The one linear scale of the chart kinds, from [0, max] onto [r0, r1], with d3-scale's
 * own arithmetic (scaleLinear().domain([0, max]).nice().range([r0, r1]) and its ticks;
 * `nice: false` keeps the domain as given). Written on d3-array alone because the
 * browser build puts d3-scale in one chunk with the time scales the timeline kind
 * needs, which the bars and time series would otherwise load for nothing; a unit test
 * checks it against scaleLinear.
 */
import { tickIncrement, ticks } from 'd3-array';

export function linearScale(max: number, r0: number, r1: number, nice = true): ((v: number) => number) & { ticks(count: number): number[] } {
	let [start, stop] = [0, max];
	let prestep: number | undefined;
	// As d3: the rounded domain is kept once the step settles; otherwise the domain stays as given.
	for (let i = 0; nice; i++) {
		const step = tickIncrement(start, stop, 10);
		if (step === prestep) break;
		if (i === 10 || !step) {
			[start, stop] = [0, max];
			break;
		}
		if (step > 0) {
			start = Math.floor(start / step) * step;
			stop = Math.ceil(stop / step) * step;
		} else {
			start = Math.ceil(start * step) / step;
			stop = Math.floor(stop * step) / step;
		}
		prestep = step;
	}
	const span = stop - start;
	const scale = (v: number) => {
		const t = span ? (v - start) / span : 0.5;
		return r0 * (1 - t) + r1 * t;
	};
	return Object.assign(scale, { ticks: (count: number) => ticks(start, stop, count) });
}
