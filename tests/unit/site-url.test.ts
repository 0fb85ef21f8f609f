import { describe, expect, it } from 'vitest';
import { PLACEHOLDER_SITE, siteFor, siteUrlProblem } from '../../scripts/site-url.mjs';

describe('the site address of a build (scripts/site-url.mjs)', () => {
	it('stops a deployment build without SITE_URL, saying how to deploy and how to build locally', () => {
		const problem = siteUrlProblem({});
		expect(problem).toContain('SITE_URL is not set');
		expect(problem).toContain('SITE_URL=https://your.domain npm run build');
		expect(problem).toContain('npm run build:local');
		expect(siteUrlProblem({ SITE_URL: '  ' })).toContain('SITE_URL is not set');
	});

	it('lets a local build (LOCAL_PREVIEW=1) use the placeholder origin', () => {
		expect(siteUrlProblem({ LOCAL_PREVIEW: '1' })).toBeUndefined();
		expect(siteFor({ LOCAL_PREVIEW: '1' })).toBe(PLACEHOLDER_SITE);
	});

	it('takes an explicit SITE_URL, and refuses one that is not an http(s) URL', () => {
		expect(siteUrlProblem({ SITE_URL: 'https://explainers.example.net' })).toBeUndefined();
		expect(siteFor({ SITE_URL: 'https://explainers.example.net' })).toBe('https://explainers.example.net');
		expect(siteUrlProblem({ SITE_URL: 'explainers.example.net' })).toMatch(/not an absolute URL/);
		expect(siteUrlProblem({ SITE_URL: 'ftp://explainers.example.net' })).toMatch(/expected an http\(s\) origin/);
	});
});
