/**
 * The Astro cache folder for a build. A content fixture (CONTENT_ROOT) or a separate
 * output (OUT_DIR) gets its own, so parallel builds never share or mix cached entries.
 * Used by astro.config.mjs, and by the scale bench to start its builds cold.
 */
export function cacheDirFor(contentRoot, outDir) {
	const variant = [contentRoot, outDir].filter(Boolean).join('-');
	return variant ? `./node_modules/.astro-variants/${variant.replace(/[^a-z0-9]+/gi, '-')}` : './node_modules/.astro';
}
