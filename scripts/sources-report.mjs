#!/usr/bin/env node
/**
 * The sources registry (content/sources/*.yaml) checked and counted, as pure functions
 * over the files' text, plus a report: `npm run sources`.
 *
 * - sourceProblems(): every source has publisher, title, date and kind; every url is a
 *   well-formed https URL on no blocked host (content/sources/blocked-hosts.yaml), except
 *   that a "position-only" host is allowed for a source of kind "position".
 * - linkedShares(): per explainer, how many of the sources its frontmatter lists have a url.
 *
 * Used by tests/unit/sources.test.ts and scripts/bench.mjs.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
// The one list of source kinds (also the schema's and the sources list's). Node 22 runs a
// TypeScript file that only needs its types erased, as src/i18n/topics.ts does, with no build step.
import { SOURCE_KINDS } from '../src/i18n/topics.ts';

export const BLOCKLIST_FILE = 'blocked-hosts.yaml';
/** Issue 17: at least this share of each explainer's sources links to the original publisher. */
export const LINKED_SHARE_TARGET = 0.9;
/** The share the test requires of every explainer. */
export const LINKED_SHARE_REQUIRED = LINKED_SHARE_TARGET;

/**
 * @typedef {{ file: string, id?: string, title?: unknown, publisher?: unknown, date?: unknown, kind?: unknown, url?: unknown }} Source
 * @typedef {{ host: string, rule: 'never' | 'position-only', reason: string }} BlockedHost
 * @typedef {{ explainer: string, file: string, ids: string[] }} ExplainerSources
 */

/** Every source of content/sources/*.yaml (the blocklist aside), with the file it is in. @returns {Source[]} */
export function readSources(contentRoot = 'content') {
	const dir = join(contentRoot, 'sources');
	return readdirSync(dir)
		.filter((f) => /\.ya?ml$/.test(f) && f !== BLOCKLIST_FILE)
		.sort()
		.flatMap((f) => (parse(readFileSync(join(dir, f), 'utf8')) ?? []).map((s) => ({ ...s, file: `${dir}/${f}` })));
}

/** @returns {BlockedHost[]} */
export function readBlockedHosts(contentRoot = 'content') {
	return parse(readFileSync(join(contentRoot, 'sources', BLOCKLIST_FILE), 'utf8')) ?? [];
}

/** The source ids each English explainer's frontmatter lists. @returns {ExplainerSources[]} */
export function readExplainerSources(contentRoot = 'content') {
	const dir = join(contentRoot, 'explainers');
	return readdirSync(dir, { withFileTypes: true })
		.filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'index.mdx')))
		.map((d) => {
			const file = join(dir, d.name, 'index.mdx');
			const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
			const data = parse(front) ?? {};
			return data.draft ? undefined : { explainer: d.name, file, ids: data.sources ?? [] };
		})
		.filter(Boolean)
		.sort((a, b) => a.explainer.localeCompare(b.explainer));
}

/** The blocklist entry for a host name (the host itself or a parent domain), if any. */
export function blockedEntry(hostname, blocked) {
	const host = hostname.toLowerCase().replace(/\.$/, '');
	return blocked.find((b) => host === b.host || host.endsWith(`.${b.host}`));
}

/** Problems with the blocklist itself: each entry needs a host, a rule and a reason. */
export function blocklistProblems(blocked) {
	const problems = [];
	const seen = new Set();
	blocked.forEach((b, i) => {
		const where = `content/sources/${BLOCKLIST_FILE}: entry ${i + 1}${b?.host ? ` ("${b.host}")` : ''}`;
		if (typeof b?.host !== 'string' || !/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(b.host)) problems.push(`${where}: field "host": expected a host name such as example.com`);
		if (b?.rule !== 'never' && b?.rule !== 'position-only') problems.push(`${where}: field "rule": expected never or position-only`);
		if (typeof b?.reason !== 'string' || b.reason.trim().length < 10) problems.push(`${where}: field "reason": expected a sentence saying why`);
		if (seen.has(b?.host)) problems.push(`${where}: listed twice`);
		seen.add(b?.host);
	});
	return problems;
}

/** Every rule a source breaks, as "file: "id": field …". @param {Source[]} sources @param {BlockedHost[]} blocked */
export function sourceProblems(sources, blocked) {
	const problems = [];
	for (const s of sources) {
		const where = `${s.file}: "${s.id ?? '?'}"`;
		for (const field of ['publisher', 'title']) {
			if (typeof s[field] !== 'string' || !s[field].trim()) problems.push(`${where}: field "${field}" is missing`);
		}
		if (s.date === undefined || s.date === null || String(s.date).trim() === '') problems.push(`${where}: field "date" is missing`);
		if (!SOURCE_KINDS.includes(s.kind)) problems.push(`${where}: field "kind": expected one of ${SOURCE_KINDS.join(', ')}, got ${JSON.stringify(s.kind ?? null)}`);
		if (s.url === undefined) continue;
		let url;
		try {
			url = typeof s.url === 'string' && !/\s/.test(s.url) ? new URL(s.url) : undefined;
		} catch {
			url = undefined;
		}
		if (!url || !url.hostname.includes('.')) {
			problems.push(`${where}: field "url": expected a well-formed URL, got ${JSON.stringify(s.url)}`);
			continue;
		}
		if (url.protocol !== 'https:') problems.push(`${where}: field "url": expected https, got ${url.protocol.replace(':', '')} (${s.url})`);
		const entry = blockedEntry(url.hostname, blocked);
		if (entry && !(entry.rule === 'position-only' && s.kind === 'position')) {
			problems.push(`${where}: field "url": ${url.hostname} is blocked (${entry.reason})${entry.rule === 'position-only' ? `; allowed only for kind "position", this source is "${s.kind}"` : ''}`);
		}
	}
	return problems;
}

/** Per explainer: listed sources, how many have a url, and the share. @param {Source[]} sources @param {ExplainerSources[]} explainers */
export function linkedShares(sources, explainers) {
	const byId = new Map(sources.map((s) => [s.id, s]));
	return explainers.map(({ explainer, ids }) => {
		const linked = ids.filter((id) => typeof byId.get(id)?.url === 'string').length;
		return { explainer, total: ids.length, linked, share: ids.length ? linked / ids.length : 0, unlinked: ids.filter((id) => typeof byId.get(id)?.url !== 'string') };
	});
}

/** The report's lines (also printed by `npm run sources`). */
export function reportLines(contentRoot = 'content') {
	const sources = readSources(contentRoot);
	const blocked = readBlockedHosts(contentRoot);
	const lines = ['Linked sources per explainer (sources listed in its frontmatter that have a url):'];
	for (const r of linkedShares(sources, readExplainerSources(contentRoot))) {
		lines.push(
			`  ${r.share >= LINKED_SHARE_TARGET ? 'ok  ' : 'LOW '} ${r.explainer.padEnd(26)} ${String(r.linked).padStart(3)} of ${String(r.total).padStart(3)}  ${(r.share * 100).toFixed(0).padStart(3)}%  (target ${LINKED_SHARE_TARGET * 100}%)`,
		);
	}
	const problems = [...blocklistProblems(blocked), ...sourceProblems(sources, blocked)];
	lines.push(problems.length ? `Source rules: ${problems.length} problem(s):` : 'Source rules: no problems.');
	for (const p of problems) lines.push(`  ${p}`);
	return lines;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
	for (const line of reportLines()) console.log(line);
}
