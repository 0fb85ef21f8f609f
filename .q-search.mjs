import { chromium } from '@playwright/test';
const base = process.env.BASE || 'http://localhost:4881/';
const queries = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
page.on('console', m => console.log('console:', m.text()));
await page.goto(base + 'about/');
const out = await page.evaluate(async ({ base, queries, ranking }) => {
  const pf = await import(base + 'pagefind/pagefind.js');
  await pf.options({ baseUrl: new URL(base).pathname, ...(ranking ? { ranking } : {}) });
  await pf.init();
  const res = {};
  res.__filters = await pf.filters();
  for (const q of queries) {
    const s = await pf.search(q);
    const top = await Promise.all(s.results.slice(0, 6).map(async r => { const d = await r.data(); return `${r.score.toFixed(3)} ${d.url} [${d.meta.title}] subs:${d.sub_results.length} :: ${d.excerpt.slice(0,120)}`; }));
    res[q] = { n: s.results.length, top };
  }
  return res;
}, { base, queries, ranking: process.env.RANKING ? JSON.parse(process.env.RANKING) : null });
console.log(JSON.stringify(out, null, 1));
await browser.close();
