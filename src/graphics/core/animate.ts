/**
 * Browser renderer: moves an existing chart <svg> to a new Scene with keyed D3
 * joins. Marks that exist in both states move; new ones fade in; missing ones fade
 * out. With `duration: 0` (reduced motion, resize) changes are instant.
 */
import { select, type Selection } from 'd3-selection';
import 'd3-transition';
import { LINE_HEIGHT_EM, round, type Layer, type Mark, type Scene } from './scene';

const SVG_NS = 'http://www.w3.org/2000/svg';

function setText(el: SVGElement, m: Mark): void {
	if (!m.lines) return;
	const x = String(round(Number(m.attrs.x ?? 0)));
	const spans = m.lines.map((line, i) => {
		const span = document.createElementNS(SVG_NS, 'tspan');
		span.setAttribute('x', x);
		// As in svg-string.ts: no dy on the first row, so the <text>'s own dy applies.
		if (i > 0) span.setAttribute('dy', `${LINE_HEIGHT_EM}em`);
		span.textContent = line;
		return span;
	});
	el.replaceChildren(...spans);
}

function layerGroup(svg: SVGSVGElement, layer: Layer): Selection<SVGGElement, unknown, null, undefined> {
	let g = svg.querySelector<SVGGElement>(`:scope > g[data-layer="${layer.id}"]`);
	if (!g) {
		g = document.createElementNS(SVG_NS, 'g');
		g.setAttribute('data-layer', layer.id);
		svg.appendChild(g);
	}
	return select(g);
}

export function applyScene(svg: SVGSVGElement, scene: Scene, duration: number): void {
	svg.setAttribute('viewBox', `0 0 ${scene.width} ${scene.height}`);
	for (const layer of scene.layers) {
		const group = layerGroup(svg, layer);
		const joined = group.selectAll<SVGElement, Mark>(':scope > [data-key]').data(layer.marks, function key(this: SVGElement | SVGGElement, d: Mark) {
			// Elements drawn at build time carry no bound data yet: match them by data-key.
			const bound = d as Mark | undefined;
			return bound ? bound.key : (this.getAttribute('data-key') ?? '');
		});
		const entered = joined
			.enter()
			.append((d) => document.createElementNS(SVG_NS, d.tag) as SVGElement)
			.attr('data-key', (d) => d.key)
			.attr('opacity', duration ? 0 : null);
		joined.exit().transition().duration(duration).attr('opacity', 0).remove();
		const all = entered.merge(joined);
		all
			.attr('class', (d) => d.className ?? null)
			.each(function update(d) {
				setText(this, d);
			});
		// New marks take their final geometry at once and fade in; old marks glide.
		entered.each(function place(d) {
			for (const [name, value] of Object.entries(d.attrs)) this.setAttribute(name, String(typeof value === 'number' ? round(value) : value));
		});
		const moving = all.transition().duration(duration);
		for (const name of new Set(layer.marks.flatMap((m) => Object.keys(m.attrs)))) {
			moving.attr(name, (d) => {
				const value = d.attrs[name];
				return value === undefined ? null : String(typeof value === 'number' ? round(value) : value);
			});
		}
		moving.attr('opacity', 1).on('end', function done() {
			this.removeAttribute('opacity');
		});
	}
}
