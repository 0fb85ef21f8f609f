/**
 * An inline script as a page sends it: the source without its comment lines, indentation or
 * blank lines. The layout inlines this text and astro.config.mjs hashes the same text for the
 * Content Security Policy, so the two cannot drift apart.
 */
export function inlineScript(source: string): string {
	return source
		.split('\n')
		.map((line) => line.trim())
		.filter((line) => line !== '' && !line.startsWith('//'))
		.join('\n');
}
