import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

const css = readFileSync(new URL('./theme.css', import.meta.url), 'utf8');

/** The custom properties of the first `:root { … }` after `from` in theme.css. */
function tokens(from: number): Record<string, string> {
  const start = css.indexOf(':root {', from);
  const block = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries([...block.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2]!.trim()]));
}

const light = tokens(0);
const dark = { ...light, ...tokens(css.indexOf('prefers-color-scheme: dark')) };

// WCAG 2.x relative luminance and contrast ratio.
function luminance(hex: string): number {
  const channels = hex.match(/^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i);
  if (!channels) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = channels.slice(1).map((c) => {
    const v = Number.parseInt(c, 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const TEXT = ['--fg', '--muted', '--accent', '--good', '--bad', '--warn'];
const BACKGROUNDS = ['--bg', '--surface', '--panel'];
const SERIES = ['--series-1', '--series-2', '--series-3', '--series-4', '--series-5'];

describe.each([
  ['light', light],
  ['dark', dark],
])('the %s scheme', (_, scheme) => {
  test.each(TEXT.flatMap((fg) => BACKGROUNDS.map((bg) => [fg, bg])))(
    '%s on %s is AA text (4.5:1)',
    (fg, bg) => {
      expect(contrast(scheme[fg]!, scheme[bg]!)).toBeGreaterThanOrEqual(4.5);
    },
  );

  test('text on the accent colour is AA', () => {
    expect(contrast(scheme['--accent-fg']!, scheme['--accent']!)).toBeGreaterThanOrEqual(4.5);
  });

  test.each(SERIES)('chart series %s stands out from the background (3:1, graphics)', (series) => {
    expect(contrast(scheme[series]!, scheme['--bg']!)).toBeGreaterThanOrEqual(3);
  });

  test('five distinct series colours', () => {
    expect(new Set(SERIES.map((s) => scheme[s]!.toLowerCase())).size).toBe(5);
  });
});

test('no text size below 13 px and the body is at least 13 px', () => {
  const sizes = Object.entries(light).filter(([name]) => name.startsWith('--text-'));
  expect(sizes.length).toBeGreaterThan(3);
  for (const [, value] of sizes) expect(Number.parseFloat(value)).toBeGreaterThanOrEqual(13);
  expect(Number.parseFloat(light['--text-body']!)).toBeGreaterThanOrEqual(13);
});
