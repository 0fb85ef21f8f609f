/**
 * Chart text as the browser draws it (e2e/chart-text.spec.ts, e2e/newcomer.spec.ts): every
 * label inside its chart's frame and no two labels on top of each other.
 */
import type { Page } from '@playwright/test';

/** Problems with the text of every chart on screen: outside its viewBox, or overlapping another. */
export function textProblems(page: Page, scope = 'body'): Promise<string[]> {
	return page
		.locator(scope)
		.first()
		.evaluate((root) => {
			const problems: string[] = [];
			for (const svg of root.querySelectorAll<SVGSVGElement>('svg[data-chart]')) {
				if (svg.getBoundingClientRect().width === 0) continue; // the other (wide or narrow) drawing
				const name = `${svg.dataset.chart}${svg.dataset.state ? ` (${svg.dataset.state})` : ''}`;
				const vb = svg.viewBox.baseVal;
				const texts = [...svg.querySelectorAll('text')].map((t) => ({ text: t.textContent ?? '', box: t.getBBox() })).filter((t) => t.box.width > 0);
				for (const { text, box } of texts) {
					// Half a pixel of slack for anti-aliasing.
					if (box.x < vb.x - 0.5 || box.y < vb.y - 0.5 || box.x + box.width > vb.x + vb.width + 0.5 || box.y + box.height > vb.y + vb.height + 0.5) {
						const edges = [box.x, box.y, box.x + box.width, box.y + box.height].map((v) => v.toFixed(1)).join(', ');
						problems.push(`${name}: "${text}" [${edges}] leaves the ${vb.width}×${vb.height} frame`);
					}
				}
				for (let i = 0; i < texts.length; i++) {
					for (let j = i + 1; j < texts.length; j++) {
						const [a, b] = [texts[i]!.box, texts[j]!.box];
						const across = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
						// Boxes include ascenders and descenders, so rows 1.2 em apart touch by a pixel or two.
						const down = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
						if (across > 1 && down > 2) problems.push(`${name}: "${texts[i]!.text}" overlaps "${texts[j]!.text}"`);
					}
				}
			}
			return problems;
		});
}
