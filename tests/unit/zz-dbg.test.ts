import { it } from 'vitest';
import chart from '../../src/graphics/mexico-timeline';
import { stackLabels, textWidth, markerTime } from '../../src/graphics/mexico-timeline/model';
it('dbg', () => {
  const data = chart.load();
  
  const items = data.markers.map((m,i) => ({ marker: m, text: m.label, x: 40 + i*60, width: textWidth(m.label, 12.5, true) }));
  console.log(stackLabels(items, 760, 20));
  console.log(markerTime('2023-01-05'), markerTime('2023-12'));
});
