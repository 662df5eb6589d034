// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, test } from 'vitest';
import { LineChart } from './line-chart';
import { axisTicks } from './ticks';

afterEach(() => {
  document.body.innerHTML = '';
});

function draw(series: number, weeks: number) {
  const root = document.createElement('div');
  document.body.append(root);
  const labels = Array.from({ length: weeks }, (_, i) => `w${i}`);
  render(
    <LineChart
      title="Findings per message"
      labels={labels}
      series={Array.from({ length: series }, (_, n) => ({
        name: `Series ${n + 1}`,
        values: labels.map((_, i) => (i + n) % 5),
      }))}
      max={5}
    />,
    root,
  );
  return root;
}

describe('the line chart', () => {
  test('five series get five colours, five dash patterns and five marker shapes, and a legend names each', () => {
    const root = draw(5, 6);
    const groups = [...root.querySelectorAll('svg[role=img] g.series')];
    // A marker's shape: its element, how many corners its path has, and whether it is filled.
    const shapes = groups.map((g) => {
      const marker = g.querySelector('circle, rect, path')!;
      return `${marker.tagName}/${marker.getAttribute('d')?.split('L').length ?? 0}/${marker.getAttribute('fill') ?? ''}`;
    });
    expect(new Set(groups.map((g) => g.getAttribute('stroke'))).size).toBe(5);
    expect(
      new Set(groups.map((g) => g.querySelector('polyline')?.getAttribute('stroke-dasharray'))).size,
    ).toBe(5);
    expect(new Set(shapes).size).toBe(5);
    expect([...root.querySelectorAll('.legend li')].map((li) => li.textContent)).toEqual([
      'Series 1',
      'Series 2',
      'Series 3',
      'Series 4',
      'Series 5',
    ]);
  });

  test('is drawn at its own pixel size, so its labels are the page’s small text, not scaled up', () => {
    const svg = draw(1, 4).querySelector('svg[role=img]')!;
    expect(svg.getAttribute('width')).toBe(svg.getAttribute('viewBox')?.split(' ')[2]);
  });

  test('two years of weeks: labels that fit, no markers piled on each other, the numbers in a table', () => {
    const root = draw(2, 104);
    const labels = [...root.querySelectorAll('svg > text')].filter((t) => t.textContent?.startsWith('w'));
    expect(labels.length).toBeGreaterThan(2);
    expect(labels.length).toBeLessThanOrEqual(10);
    expect(labels.at(0)?.textContent).toBe('w0');
    expect(labels.at(-1)?.textContent).toBe('w103');
    expect(root.querySelectorAll('g.series circle')).toHaveLength(0);
    expect(root.querySelectorAll('table tbody tr')).toHaveLength(104);
  });
});

describe('axis ticks', () => {
  test('always the first and the last, evenly spaced, never more than fit', () => {
    expect(axisTicks(0, 600)).toEqual([]);
    expect(axisTicks(1, 600)).toEqual([0]);
    expect(axisTicks(3, 600)).toEqual([0, 1, 2]);
    const many = axisTicks(104, 600);
    expect(many[0]).toBe(0);
    expect(many.at(-1)).toBe(103);
    expect(many.length).toBeLessThanOrEqual(Math.floor(600 / 64));
    const gaps = many.slice(1).map((t, i) => t - many[i]!);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(Math.max(...gaps.slice(0, -1)) / 2);
  });
});
