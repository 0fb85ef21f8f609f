/**
 * Brings each <Scrolly> to life: finds its steps, watches which one is active, and
 * redraws the chart for that step's state. The static SVG from the build stays in
 * place, so the page never changes size when this script runs (no layout shift); its
 * marks, which carry no join keys, are replaced at once by the first step's, drawn
 * without a transition in the same task (nothing flickers), and keyed from then on.
 *
 * - `#step-id` in the URL opens the page with the graphic in that step's state.
 * - Started by lazy.ts when the graphic comes near the screen; it then opens on the
 *   step named by the URL, else the step holding keyboard focus, else the first.
 * - Reduced motion: state changes are instant.
 * - Size: the chart fills the sticky box (src/styles/scrolly.css): the screen below the
 *   sticky header on wide screens, the top of the screen above the step text on phones;
 *   never taller than MAX_ASPECT times its width (a model that needs more height for its
 *   words draws taller, and the box grows with it). The box starts below the header as it
 *   really is (--scrolly-top), however many lines the header's links take.
 * - Resize, orientation change and zoom: the chart is redrawn at its new size.
 * - Keyboard: focusing anything inside a step activates it.
 * - Language: labels are drawn in the page's language (<html lang>), like the static
 *   SVG the build drew, so the same marks (same keys) carry the other language's words.
 */
import { applyScene } from '../../graphics/core/animate';
import { loadScene } from '../../graphics/client';
import { toLang } from '../../i18n/lang';
import { observeSteps } from './step-observer';

const DURATION = 650;
/** Height at most this many times the width: a tall, thin chart reads worse than one with room to spare. */
const MAX_ASPECT = { wide: 1, phone: 1.3 };
/** Below this width the graphic shares the screen with the step text (as in scrolly.css). */
const PHONE = 900;

/** Where a sticky graphic can start: below the site header while it sticks, else the top of the screen. */
function stickyTop(): number {
	const header = document.querySelector<HTMLElement>('[data-site-header]');
	if (!header || !['sticky', 'fixed'].includes(getComputedStyle(header).position)) return 0;
	return Math.ceil(header.getBoundingClientRect().height);
}

/** The height the SVG can take: the sticky box, less its padding and what the figure shows above and below the chart. */
function roomFor(graphic: HTMLElement, frame: HTMLElement): number {
	const style = getComputedStyle(graphic);
	const figure = frame.closest('figure') ?? frame;
	const around = figure.getBoundingClientRect().height - frame.getBoundingClientRect().height;
	return (parseFloat(style.minHeight) || window.innerHeight) - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom) - around;
}

/** The step id named by the URL hash, or '' (a malformed hash is ignored, never thrown). */
function hashId(): string {
	try {
		return decodeURIComponent(window.location.hash.slice(1));
	} catch {
		return '';
	}
}

function reducedMotion(): boolean {
	return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export async function startScrolly(root: HTMLElement): Promise<void> {
	const name = root.dataset.scrolly!;
	const lang = toLang(document.documentElement.lang);
	const sceneFor = await loadScene(name, lang, root.dataset.kind);
	const dataSrc = root.dataset.chartSrc;
	const frame = root.querySelector<HTMLElement>('[data-chart-frame]');
	const graphic = root.querySelector<HTMLElement>('.scrolly__graphic');
	const steps = [...root.querySelectorAll<HTMLElement>('[data-step]')];
	if (!sceneFor || !dataSrc || !frame || !graphic || !steps.length) return;
	// The chart's data, from the same site (src/pages/data/[name].json.ts); without it the static drawing stays.
	const response = await fetch(dataSrc);
	if (!response.ok) return;
	const data: unknown = await response.json();

	// Keep one SVG (the build made a wide and a narrow one) and size it to the frame.
	const svgs = [...frame.querySelectorAll<SVGSVGElement>('svg[data-chart]')];
	const visible = svgs.find((s) => s.getClientRects().length > 0) ?? svgs[0]!;
	svgs.filter((s) => s !== visible).forEach((s) => s.remove());
	const svg = visible;
	svg.querySelectorAll(':scope > g[data-layer]').forEach((layer) => layer.replaceChildren());
	frame.classList.add('is-live');
	const ratio = svg.viewBox.baseVal.height / svg.viewBox.baseVal.width;
	// The build drew the chart's overview state; print shows that, not the current step.
	const staticState = svg.dataset.state ?? '';

	let current = -1;
	let lastWidth = 0;
	let lastHeight = 0;
	const placeBelowHeader = () => root.style.setProperty('--scrolly-top', `${stickyTop()}px`);
	placeBelowHeader();
	/** The SVG's size: the frame's width, and the sticky box's height (print: the drawing's own proportions). */
	const sizeFor = (print: boolean) => {
		const width = Math.round(frame.clientWidth) || 320;
		if (print) return { width, height: Math.round(width * ratio) };
		const aspect = window.innerWidth < PHONE ? MAX_ASPECT.phone : MAX_ASPECT.wide;
		return { width, height: Math.round(Math.max(160, Math.min(roomFor(graphic, frame), width * aspect))) };
	};
	const draw = (index: number, animate: boolean, override?: string) => {
		const { width, height } = sizeFor(override !== undefined);
		const state = override ?? steps[index]!.dataset.stepState!;
		applyScene(svg, sceneFor(data, { width, height }, state, lang), animate && !reducedMotion() ? DURATION : 0);
		svg.setAttribute('width', String(width));
		svg.setAttribute('height', String(height));
		svg.dataset.state = state;
		root.dataset.activeStep = steps[index]!.id;
		steps.forEach((s, i) => s.classList.toggle('is-active', i === index));
		lastWidth = width;
		lastHeight = height;
	};
	const activate = (index: number) => {
		if (index < 0 || index === current) return;
		const first = current === -1;
		current = index;
		draw(index, !first);
	};

	const fromHash = steps.findIndex((s) => s.id === hashId());
	const focused = steps.findIndex((s) => s.contains(document.activeElement));
	activate(fromHash >= 0 ? fromHash : Math.max(focused, 0));

	const observer = observeSteps(steps, activate, () => (window.innerWidth < 900 ? 0.72 : 0.5));
	steps.forEach((step, i) => step.addEventListener('focusin', () => activate(i)));
	window.addEventListener('hashchange', () => {
		const i = steps.findIndex((s) => s.id === hashId());
		if (i >= 0) activate(i);
	});
	// A new width, a new viewport height or a header that wraps to more lines: redraw at the new size.
	const resized = new ResizeObserver(() => {
		placeBelowHeader();
		if (current < 0) return;
		const { width, height } = sizeFor(false);
		if (width !== lastWidth || height !== lastHeight) draw(current, false);
	});
	resized.observe(frame);
	resized.observe(graphic);
	const header = document.querySelector('[data-site-header]');
	if (header) resized.observe(header);
	window.addEventListener('beforeprint', () => staticState && draw(current, false, staticState));
	window.addEventListener('afterprint', () => draw(current, false));
	root.addEventListener('scrolly:destroy', () => observer.destroy(), { once: true });
}
