/**
 * Authoring rules that need no build: MDX images and figures (src/integrations/content-rules.ts)
 * and the explainer folder layout (src/content/explainer-loader.ts). The build-level cases
 * are in tests/build/content-errors.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { contentRuleProblems } from '../../src/integrations/content-rules';
import { explainerFolderProblems, slugKey, type FolderListing } from '../../src/content/explainer-loader';

const at = (line: number) => ({ position: { start: { line } } });
const jsx = (name: string, attributes: Record<string, unknown> = {}, children: object[] = [], line = 1) => ({
	type: 'mdxJsxFlowElement',
	name,
	attributes: Object.entries(attributes).map(([n, value]) => ({ type: 'mdxJsxAttribute', name: n, value })),
	children,
	...at(line),
});
const root = (...children: object[]) => ({ type: 'root', children });
const F = 'content/explainers/x/index.mdx';

describe('MDX images and figures', () => {
	it('asks for alt text on a Markdown image, naming file and line', () => {
		expect(contentRuleProblems(root({ type: 'paragraph', children: [{ type: 'image', url: '/a.png', alt: '  ', ...at(12) }] }), F)).toEqual([
			`${F}:12: image "/a.png": no alt text; expected ![what the image shows](/a.png)`,
		]);
	});

	it('asks for alt text on <img>, whether the attribute is missing or empty', () => {
		expect(contentRuleProblems(root(jsx('img', { src: '/a.png' }, [], 3), jsx('img', { src: '/b.png', alt: '' }, [], 4)), F)).toEqual([
			`${F}:3: <img src="/a.png">: no alt text; expected alt="what the image shows"`,
			`${F}:4: <img src="/b.png">: no alt text; expected alt="what the image shows"`,
		]);
	});

	it('accepts images with alt text, including alt from an expression', () => {
		const tree = root({ type: 'image', url: '/a.png', alt: 'A map', ...at(1) }, jsx('img', { src: '/b.png', alt: { type: 'mdxJsxAttributeValueExpression', value: 'words.alt' } }));
		expect(contentRuleProblems(tree, F)).toEqual([]);
	});

	it('asks a figure for a caption, and the caption for a <Cite>', () => {
		const img = jsx('img', { src: '/a.png', alt: 'A map' });
		expect(contentRuleProblems(root(jsx('figure', {}, [img], 7)), F)).toEqual([`${F}:7: <figure> has no <figcaption>; expected a caption that names the figure's source with <Cite id="…"/>`]);
		const bare = jsx('figure', {}, [img, jsx('figcaption', {}, [{ type: 'text', value: 'A map.' }], 9)], 7);
		expect(contentRuleProblems(root(bare), F)).toEqual([`${F}:9: <figcaption> names no source; expected <Cite id="…"/> in the caption`]);
		const cited = jsx('figure', {}, [
			img,
			jsx('figcaption', {}, [
				{ type: 'text', value: 'A map.' },
				{ ...jsx('Cite', { id: 'cbp-sw-encounters' }), type: 'mdxJsxTextElement' },
			]),
		]);
		expect(contentRuleProblems(root(cited), F)).toEqual([]);
	});
});

describe('explainer folders', () => {
	const slug = (...files: string[]): FolderListing => ({ files, folders: {} });
	const B = 'content/explainers';

	it('accepts the layout the site uses: <slug>/index.mdx and es/<slug>/index.mdx', () => {
		const listing: FolderListing = { files: [], folders: { 'title-42': slug('index.mdx'), es: { files: [], folders: { 'title-42': slug('index.mdx', 'map.png') } } } };
		expect(explainerFolderProblems(B, listing)).toEqual([]);
	});

	it('reports folders that publish the same URL, and names that are not kebab-case', () => {
		const problems = explainerFolderProblems(B, { files: [], folders: { 'title-42': slug('index.mdx'), title_42: slug('index.mdx') } });
		expect(problems).toContain(`${B}/title_42/: slug "title_42" publishes the same URL as ${B}/title-42/ (/explainers/title-42/); expected each explainer folder to have its own slug`);
		expect(problems).toContain(`${B}/title_42/: folder name "title_42" is the URL slug; expected kebab-case (lowercase letters, digits and hyphens) such as "title-42"`);
	});

	it('reports explainers the site would skip: a loose file, a folder without index.mdx', () => {
		const problems = explainerFolderProblems(B, { files: ['new.mdx'], folders: { es: { files: [], folders: { draft: slug('index.md') } } } });
		expect(problems).toEqual([`${B}/new.mdx: an explainer file outside its folder; expected ${B}/<slug>/index.mdx`, `${B}/es/draft/: no index.mdx (found index.md); expected ${B}/es/draft/index.mdx`]);
	});

	it('folds case, accents and separators the way a forgiving host would', () => {
		expect(slugKey('Título_42')).toBe('titulo-42');
	});
});
