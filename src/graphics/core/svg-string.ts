/**
 * Build-time renderer: a Scene to SVG markup. The browser renderer (animate.ts)
 * produces the same element structure, so it can adopt these elements in place.
 */
import { LINE_HEIGHT_EM, round, type Mark, type Scene } from './scene';

import { escapeXml } from './xml';

export { escapeXml };

function attrString(attrs: Mark['attrs']): string {
	return Object.entries(attrs)
		.map(([name, value]) => ` ${name}="${escapeXml(String(typeof value === 'number' ? round(value) : value))}"`)
		.join('');
}

function markString(m: Mark): string {
	const cls = m.className ? ` class="${escapeXml(m.className)}"` : '';
	const open = `<${m.tag} data-key="${escapeXml(m.key)}"${cls}${attrString(m.attrs)}`;
	if (m.lines && m.lines.length) {
		const x = m.attrs.x ?? 0;
		// The first row has no dy of its own: a tspan's dy would replace the <text>'s dy
		// (0.35em, which centres a label on y) instead of adding to it.
		const spans = m.lines.map((line, i) => `<tspan x="${round(Number(x))}"${i === 0 ? '' : ` dy="${LINE_HEIGHT_EM}em"`}>${escapeXml(line)}</tspan>`).join('');
		return `${open}>${spans}</${m.tag}>`;
	}
	return `${open}></${m.tag}>`;
}

/** Inner markup of the chart's <svg>: one <g data-layer> per layer. */
export function sceneToSvgInner(scene: Scene): string {
	return scene.layers.map((layer) => `<g data-layer="${escapeXml(layer.id)}">${layer.marks.map(markString).join('')}</g>`).join('');
}
