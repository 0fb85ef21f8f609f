/**
 * The site's address for a build. A build is for deployment unless it says otherwise:
 * its canonical links, share cards, feed and sitemap carry SITE_URL, so a deployment
 * build without it would point readers and search engines at the placeholder origin.
 * Local builds (`npm start`, `npm test`, `npm run build:local`, the test fixtures) set
 * LOCAL_PREVIEW=1 and use the placeholder. Used by astro.config.mjs.
 */
export const PLACEHOLDER_SITE = 'https://border-explainers.example.org';

/**
 * The problem with `env` for an `astro build`, or undefined when the build may go ahead.
 * @param {Record<string, string | undefined>} env
 * @returns {string | undefined}
 */
export function siteUrlProblem(env) {
	const url = env.SITE_URL?.trim();
	if (url) {
		let parsed;
		try {
			parsed = new URL(url);
		} catch {
			return `SITE_URL is "${url}", which is not an absolute URL; expected the deployed origin, e.g. SITE_URL=https://explainers.example.org`;
		}
		if (!/^https?:$/.test(parsed.protocol)) return `SITE_URL is "${url}"; expected an http(s) origin, e.g. SITE_URL=https://explainers.example.org`;
		return undefined;
	}
	if (env.LOCAL_PREVIEW === '1') return undefined;
	return [
		'SITE_URL is not set. A build for deployment needs the address the site will be served from:',
		'canonical links, share cards, the RSS feed and the sitemap are absolute URLs.',
		'  Deploy:  SITE_URL=https://your.domain npm run build   (add BASE_PATH=/path/ for a subpath)',
		`  Local:   npm run build:local, or LOCAL_PREVIEW=1 (uses the placeholder ${PLACEHOLDER_SITE})`,
	].join('\n');
}

/**
 * The origin for astro.config.mjs: SITE_URL, or the placeholder for local builds.
 * @param {Record<string, string | undefined>} env
 * @returns {string}
 */
export function siteFor(env) {
	return env.SITE_URL?.trim() || PLACEHOLDER_SITE;
}
