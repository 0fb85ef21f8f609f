import { chromium } from '@playwright/test';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
page.on('console', m => console.log('console:', m.type(), m.text()));
page.on('pageerror', e => console.log('pageerror:', e.message));
await page.goto('http://localhost:4881/explainers/title-42/', { waitUntil: 'networkidle' });
const fetched = [];
page.on('requestfinished', r => fetched.push(r.url()));
const t0 = Date.now();
await page.keyboard.press('/');
await page.locator('#search-dialog-input').waitFor();
await page.keyboard.type('expulsions');
await page.locator('.search-dialog a.result__title').first().waitFor();
console.log('ms', Date.now() - t0);
await page.waitForLoadState('networkidle');
let total = 0;
for (const u of fetched) {
  const p = 'dist-search' + decodeURIComponent(new URL(u).pathname);
  if (!existsSync(p) || !statSync(p).isFile()) { console.log('??', u); continue; }
  const b = readFileSync(p); const size = /\.(js|css|html|json)$/.test(p) ? gzipSync(b, { level: 9 }).length : b.length;
  total += size; console.log(String(size).padStart(7), u.replace('http://localhost:4881', ''));
}
console.log('total', (total / 1024).toFixed(1), 'KB');
console.log(await page.locator('.search-dialog .search-status').innerText());
console.log((await page.locator('.search-dialog .search-results').innerText()).slice(0, 1500));
await page.screenshot({ path: '/tmp/search-work/dialog.png' });
await browser.close();
