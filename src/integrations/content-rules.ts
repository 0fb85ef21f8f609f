/**
 * Rules for what authors write in MDX, checked when each file is compiled, so a
 * broken explainer stops the build with the file, line and what was expected:
 *
 * - every image (`![alt](src)` or `<img>`) has alt text: a reader who cannot see it
 *   gets nothing otherwise;
 * - every hand-made `<figure>` has a `<figcaption>` that names its source with
 *   `<Cite id="…"/>`: a figure on this site is evidence, and evidence has a source.
 *   (Charts made with <Chart> and <Scrolly> get their sources from the chart's
 *   definition; ChartNotes checks those.)
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The few node shapes the rules look at; MDX adds JSX elements to mdast. */
interface Node {
	type: string;
	name?: string | null;
	alt?: string | null;
	url?: string;
	attributes?: { type: string; name?: string; value?: unknown }[];
	children?: Node[];
	position?: { start: { line: number } };
}

const isJsx = (n: Node, name: string) => (n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') && n.name === name;

function attribute(n: Node, name: string): { present: boolean; text?: string } {
	const attr = n.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
	if (!attr) return { present: false };
	// An expression (alt={words}) counts as present; its text is only known at render.
	return { present: true, text: typeof attr.value === 'string' ? attr.value : undefined };
}

function* walk(node: Node): Generator<Node> {
	yield node;
	for (const child of node.children ?? []) yield* walk(child);
}

function contains(node: Node, test: (n: Node) => boolean): boolean {
	for (const n of walk(node)) if (n !== node && test(n)) return true;
	return false;
}

/** Problems in one MDX tree, each as "<file>:<line>: <what>: expected <what>". */
export function contentRuleProblems(tree: object, file: string): string[] {
	const problems: string[] = [];
	const at = (n: Node) => `${file}:${n.position?.start.line ?? '?'}`;
	for (const n of walk(tree as Node)) {
		if (n.type === 'image' && !n.alt?.trim()) {
			problems.push(`${at(n)}: image "${n.url}": no alt text; expected ![what the image shows](${n.url})`);
		}
		if (isJsx(n, 'img')) {
			const alt = attribute(n, 'alt');
			const src = attribute(n, 'src').text ?? '…';
			if (!alt.present || (alt.text !== undefined && !alt.text.trim())) {
				problems.push(`${at(n)}: <img src="${src}">: no alt text; expected alt="what the image shows"`);
			}
		}
		if (isJsx(n, 'figure')) {
			const caption = (n.children ?? []).flatMap((c) => [...walk(c)]).find((c) => isJsx(c, 'figcaption'));
			if (!caption) {
				problems.push(`${at(n)}: <figure> has no <figcaption>; expected a caption that names the figure's source with <Cite id="…"/>`);
			} else if (!contains(caption, (c) => isJsx(c, 'Cite'))) {
				problems.push(`${at(caption)}: <figcaption> names no source; expected <Cite id="…"/> in the caption`);
			}
		}
	}
	return problems;
}

/**
 * The rules as a Sätteri mdast plugin (Astro's Markdown processor): it reads the
 * whole tree once, after parsing, and throws one error listing every problem.
 */
export const contentRules = {
	name: 'border-content-rules',
	options: { position: true },
	after(root: unknown, ctx: { fileURL: URL | undefined }) {
		const file = ctx.fileURL ? relative(process.cwd(), fileURLToPath(ctx.fileURL)) : 'an MDX file';
		const problems = contentRuleProblems(root as object, file);
		if (problems.length) throw new Error(problems.join('\n'));
	},
};
