import { it } from 'vitest';
import { writeFileSync, readFileSync } from 'node:fs';
import chart from '../../src/graphics/mexico-timeline';
import { sceneToSvgInner } from '../../src/graphics/core/svg-string';
const css = readFileSync('src/styles/tokens.css','utf8') + readFileSync('src/styles/charts.css','utf8');
it('renders', () => {
  const data = chart.load();
  const sizes = (process.env.SIZES ?? '760x440,360x360,320x300,600x400').split(',').map(s => s.split('x').map(Number) as [number,number]);
  let html = `<html><head><style>${css} body{background:var(--bg);font-family:var(--font-ui);margin:8px} .wrap{display:inline-block;margin:6px;vertical-align:top;outline:1px solid #ccc}</style></head><body>`;
  for (const [w,h] of sizes) {
    const sc = chart.scene(data, {width:w,height:h}, 'overview');
    html += `<div class="wrap"><div style="font:10px monospace">${w}x${h}</div><svg class="chart-svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">${sceneToSvgInner(sc)}</svg></div>`;
  }
  writeFileSync('/tmp/prev/tl.html', html + '</body></html>');
  console.log(chart.caption); console.log(JSON.stringify(chart.table(data).rows));
});
