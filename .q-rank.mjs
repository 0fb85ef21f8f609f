import { chromium } from '@playwright/test';
const base = process.env.BASE || 'http://localhost:4881/';
const queries = ['title 42','cloture','Bárcena','Barcena','supplemental','expulsions','parole','Lopez Obrador','$20 billion','30,000','asylum','CBP One','Mayorkas','encounters','filibuster', 'Title 8', 'CHNV', 'Ukraine', 'delegation','funding package'];
const configs = JSON.parse(process.argv[2] || '[{}]');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const ranking of configs) {
  const page = await browser.newPage();
  await page.goto(base + 'about/');
  const out = await page.evaluate(async ({ base, queries, ranking }) => {
    const pf = await import(base + 'pagefind/pagefind.js');
    await pf.options({ baseUrl: new URL(base).pathname, ranking });
    await pf.init();
    const res = [];
    for (const q of queries) {
      const s = await pf.search(q);
      const top = await Promise.all(s.results.slice(0, 4).map(async r => { const d = await r.data(); return d.url.replace(/\/$/,'').split('/').slice(-2).join('/'); }));
      res.push(`${q.padEnd(16)} ${top.join(' | ')}`);
    }
    return res;
  }, { base, queries, ranking });
  console.log('== ' + JSON.stringify(ranking)); console.log(out.join('\n'));
  await page.close();
}
await browser.close();
