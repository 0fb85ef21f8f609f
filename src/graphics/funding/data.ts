/**
 * Dollar amounts at each stage of the 2023–24 national-security supplemental, in two
 * categories defined the same way at every stage: border and migration, and all other
 * parts. Three stages come from data/funding-package.csv; the Senate's
 * aid-only bill of Feb 13, 2024 from data/funding-package-aid-only.csv. Each row is
 * checked, and each stage's categories must add up to the total the research states
 * for it (to the cent of a billion, the precision the sources give).
 */
import { join } from 'node:path';
import { cellNumber, DataError, readCsv, requireColumns } from '../../content/csv';
import { FUNDING_CATEGORIES, type FundingCategory, type FundingData, type FundingStage, type FundingVoteRef } from './model';
import { loadFundingVotes, type VoteRow } from '../../content/data/funding-votes';

export const FUNDING_FILE = 'data/funding-package.csv';
export const AID_ONLY_FILE = 'data/funding-package-aid-only.csv';

interface StageSpec {
	id: string;
	name: string;
	date: string;
	/** The total the research gives for the stage, in billions of dollars. */
	statedTotal: number;
	file: string;
}

/**
 * Stated totals, each from the publisher named in data/README.md: the request's
 * approximately $105.6B of budget authority is the Congressional Research Service's
 * count (IN12274); the deal's $118.3B and the aid-only bill's $95.34B are the Senate
 * Appropriations Committee's totals (the first as tabulated by the Committee for a
 * Responsible Federal Budget); the law's about $95.3B is its three regional titles
 * together, as reported when the House passed them.
 */
export const FUNDING_STAGES: readonly StageSpec[] = [
	{ id: 'request-2023-10-20', name: 'White House request', date: '2023-10-20', statedTotal: 105.6, file: FUNDING_FILE },
	{ id: 'senate-deal-2024-02-04', name: 'Senate deal', date: '2024-02-04', statedTotal: 118.3, file: FUNDING_FILE },
	{ id: 'aid-only-2024-02-13', name: 'Aid-only bill', date: '2024-02-13', statedTotal: 95.34, file: AID_ONLY_FILE },
	{ id: 'enacted-2024-04-24', name: 'Enacted law', date: '2024-04-24', statedTotal: 95.3, file: FUNDING_FILE },
];

/** Half a cent of a billion: sums must equal the stated total once rounded to $0.01B. */
export const TOTAL_TOLERANCE = 0.005;

export function loadFundingPackage(root = process.env.DATA_ROOT || process.cwd()): FundingData {
	const raw: { file: string; rows: Record<string, string>[] }[] = [FUNDING_FILE, AID_ONLY_FILE].map((file) => {
		const rows = readCsv(join(root, file));
		requireColumns(file, rows, ['stage', 'category', 'billions_usd', 'source']);
		return { file, rows };
	});
	const stages = parseFundingRows(raw);
	const votes = loadFundingVotes(root);
	return {
		stages,
		cloture: findVote(votes, '2024-02-07', 'Senate'),
		aidOnlyPassage: findVote(votes, '2024-02-13', 'Senate'),
	};
}

function findVote(votes: VoteRow[], date: string, chamber: VoteRow['chamber']): FundingVoteRef {
	const vote = votes.find((v) => v.date === date && v.chamber === chamber);
	if (!vote) throw new DataError(`data/funding-votes.csv: no ${chamber} vote dated ${date}, which the funding chart annotates`);
	return { date: vote.date, yes: vote.yes, no: vote.no, threshold: vote.threshold };
}

/** Validates rows from both files and groups them by stage, in story order. */
export function parseFundingRows(files: { file: string; rows: Record<string, string>[] }[]): FundingStage[] {
	const byStage = new Map<string, { values: Partial<Record<FundingCategory, number>>; file: string }>();
	for (const { file, rows } of files) {
		rows.forEach((r, i) => {
			const where = `${file}: row ${i + 2}`;
			const stageId = (r.stage ?? '').trim();
			const spec = FUNDING_STAGES.find((s) => s.id === stageId);
			if (!spec) throw new DataError(`${where}, field "stage": expected one of ${FUNDING_STAGES.map((s) => s.id).join(', ')}, got ${JSON.stringify(r.stage ?? '')}`);
			if (spec.file !== file) throw new DataError(`${where}, field "stage": stage ${stageId} belongs in ${spec.file}`);
			const category = (r.category ?? '').trim() as FundingCategory;
			if (!FUNDING_CATEGORIES.includes(category)) throw new DataError(`${where}, field "category": expected one of ${FUNDING_CATEGORIES.join(', ')}, got ${JSON.stringify(r.category ?? '')}`);
			const value = cellNumber(file, i, 'billions_usd', r.billions_usd);
			if (value < 0 || !/^\d+(\.\d{1,2})?$/.test((r.billions_usd ?? '').trim())) {
				throw new DataError(`${where}, field "billions_usd": expected billions of dollars ≥ 0 with at most two decimals, got ${JSON.stringify(r.billions_usd)}`);
			}
			if (!(r.source ?? '').trim()) throw new DataError(`${where}, field "source": every amount needs its source`);
			if (!/https:\/\/\S+/.test(r.source ?? '')) throw new DataError(`${where}, field "source": expected the original publisher's name and its https:// URL`);
			const entry = byStage.get(stageId) ?? { values: {}, file };
			if (entry.values[category] !== undefined) throw new DataError(`${where}, field "category": ${category} appears twice for ${stageId}`);
			entry.values[category] = value;
			byStage.set(stageId, entry);
		});
	}
	return FUNDING_STAGES.map((spec) => {
		const entry = byStage.get(spec.id);
		if (!entry) throw new DataError(`${spec.file}: no rows for stage ${spec.id}`);
		if (entry.values.border === undefined) throw new DataError(`${spec.file}: stage ${spec.id} has no border row (write 0 if there was no border money)`);
		const has = FUNDING_CATEGORIES.filter((c) => entry.values[c] !== undefined);
		const sum = has.reduce((total, c) => total + entry.values[c]!, 0);
		if (Math.abs(sum - spec.statedTotal) > TOTAL_TOLERANCE) {
			throw new DataError(`${spec.file}: stage ${spec.id}: categories add up to ${sum.toFixed(2)}, but the stated total is ${spec.statedTotal.toFixed(2)}`);
		}
		const values = Object.fromEntries(FUNDING_CATEGORIES.map((c) => [c, entry.values[c] ?? 0])) as Record<FundingCategory, number>;
		return { id: spec.id, name: spec.name, date: spec.date, total: spec.statedTotal, values, has };
	});
}
