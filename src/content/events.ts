/**
 * Dated events, read from content/events/*.yaml (the files the site timeline uses)
 * with the `yaml` package, and checked entry by entry. Each event is written once
 * across the folder (ids are global), so a chart about one topic may mark an event
 * kept in another topic's file. Node only.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { DataError } from './csv';
import { calendarDateProblem } from './calendar-date';

export interface EventEntry {
	id: string;
	/** The file it was read from, e.g. content/events/title-42.yaml. */
	file: string;
	/** YYYY-MM-DD */
	date: string;
	title: string;
	summary: string;
	sources: string[];
}

export function eventsDir(): string {
	const content = (process.env.CONTENT_ROOT || 'content').replace(/^\.\//, '').replace(/\/$/, '');
	return `${content}/events`;
}

/** Every event in content/events/, in file order; an id used twice stops with both files named. */
export function loadAllEvents(root = process.cwd()): EventEntry[] {
	const dir = eventsDir();
	if (!existsSync(join(root, dir))) throw new DataError(`${dir}: events folder not found`);
	const files = readdirSync(join(root, dir)).filter((f) => /\.ya?ml$/.test(f)).sort();
	const seen = new Map<string, string>();
	return files.flatMap((f) => {
		const file = `${dir}/${f}`;
		return parseEvents(readFileSync(join(root, file), 'utf8'), file).map((e) => {
			const other = seen.get(e.id);
			if (other) throw new DataError(`${file}: event id "${e.id}" is already used in ${other}`);
			seen.set(e.id, file);
			return e;
		});
	});
}

export function parseEvents(text: string, file: string): EventEntry[] {
	let doc: unknown;
	try {
		doc = parse(text);
	} catch (error) {
		throw new DataError(`${file}: invalid YAML: ${(error as Error).message}`);
	}
	if (doc == null) return [];
	if (!Array.isArray(doc)) throw new DataError(`${file}: expected a YAML list of events at the top level`);
	return doc.map((raw: unknown, i) => {
		const where = `${file}: entry ${i + 1}`;
		if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new DataError(`${where}: expected a mapping of fields`);
		const e = raw as Record<string, unknown>;
		const text = (field: string): string => {
			const v = e[field];
			if (typeof v !== 'string' || !v.trim()) throw new DataError(`${where}, field "${field}": expected text, got ${JSON.stringify(v ?? null)}`);
			return v.trim();
		};
		const id = text('id');
		const rawDate = e.date instanceof Date ? e.date.toISOString().slice(0, 10) : e.date;
		if (typeof rawDate !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(rawDate) || Number.isNaN(Date.parse(`${rawDate}T00:00:00Z`))) {
			throw new DataError(`${where} ("${id}"), field "date": expected YYYY-MM-DD, got ${JSON.stringify(e.date ?? null)}`);
		}
		const dayProblem = calendarDateProblem(rawDate);
		if (dayProblem) throw new DataError(`${where} ("${id}"), field "date": ${dayProblem}`);
		const sources = e.sources;
		if (!Array.isArray(sources) || !sources.length || !sources.every((s) => typeof s === 'string' && s.trim())) {
			throw new DataError(`${where} ("${id}"), field "sources": expected a list of source ids`);
		}
		return { id, file, date: rawDate, title: text('title'), summary: text('summary'), sources: sources.map((s: string) => s.trim()) };
	});
}
