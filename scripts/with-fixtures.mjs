#!/usr/bin/env node
/**
 * Runs a command (a build) on the site's content with test fixtures added: copies
 * content/ and data/ to a scratch folder, lays each fixture folder's content/ and data/
 * over them, and runs the command with CONTENT_ROOT and DATA_ROOT pointing at the copy
 * (the variables the content collections and chart loaders read). The public site is
 * built from content/ and data/ alone, so fixtures never reach it.
 *
 * Usage: node scripts/with-fixtures.mjs tests/fixtures/newcomer [more fixture folders] -- astro build
 * (`npm run test:e2e:sub` builds the subpath test site this way, with the newcomer's explainer.)
 */
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);
const split = args.indexOf('--');
const fixtures = split < 0 ? [] : args.slice(0, split);
const command = split < 0 ? args : args.slice(split + 1);
if (!fixtures.length || !command.length) {
	console.error('Usage: node scripts/with-fixtures.mjs <fixture folder>… -- <command>…');
	process.exit(2);
}

const root = resolve(import.meta.dirname, '..');
const scratch = 'tests/fixtures/.tmp-with-fixtures';
const content = `${scratch}/content`;
const dataRoot = join(root, scratch, 'root');
rmSync(join(root, scratch), { recursive: true, force: true });
mkdirSync(join(root, scratch), { recursive: true });
cpSync(join(root, 'content'), join(root, content), { recursive: true });
cpSync(join(root, 'data'), join(dataRoot, 'data'), { recursive: true });
for (const fixture of fixtures) {
	const dir = resolve(root, fixture);
	if (!existsSync(dir)) {
		console.error(`${fixture}: no such fixture folder`);
		process.exit(2);
	}
	// errorOnExist: a fixture adds files; it never replaces the site's own.
	if (existsSync(join(dir, 'content'))) cpSync(join(dir, 'content'), join(root, content), { recursive: true, force: false, errorOnExist: true });
	if (existsSync(join(dir, 'data'))) cpSync(join(dir, 'data'), join(dataRoot, 'data'), { recursive: true, force: false, errorOnExist: true });
}
const run = spawnSync(command[0], command.slice(1), { cwd: root, stdio: 'inherit', env: { ...process.env, CONTENT_ROOT: content, DATA_ROOT: dataRoot } });
process.exit(run.status ?? 1);
