import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inlineScript } from '../../src/integrations/inline-script';

const head = readFileSync(new URL('../../src/client/head.js', import.meta.url), 'utf8');

describe('inlineScript', () => {
	it('drops comment lines, indentation and blank lines, and keeps the code', () => {
		expect(inlineScript('// why\n(function () {\n\t// how\n\tvar a = 1;\n\n\tif (a) a++;\n})();\n')).toBe('(function () {\nvar a = 1;\nif (a) a++;\n})();');
	});
	it('keeps "//" inside a line, which is code (a URL in a string), not a comment', () => {
		expect(inlineScript("\tvar u = 'https://example.org/';")).toBe("var u = 'https://example.org/';");
	});
	it('leaves the head script valid JavaScript, about half its size, with no comment left', () => {
		const text = inlineScript(head);
		expect(() => new Function(text)).not.toThrow();
		expect(text).not.toMatch(/^\s*\/\//m);
		expect(text.length).toBeLessThan(head.length * 0.7);
		// Every statement of the source is still there.
		for (const needle of [
			'no-js',
			"d.dataset.theme = dark ? 'dark' : 'light'",
			'template[data-after-paint]',
			"observe({ type: 'paint', buffered: true })",
			"getAttribute('data-text-face')",
			'FontFace',
		]) {
			expect(text).toContain(needle);
		}
	});
});
