import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { clearParseCache } from './parse';
import type { Draft, Report } from './types';

const NOW = '2026-11-25T10:00:00-08:00';
const draftOf = (text: string, extra: Partial<Draft> = {}): Draft => ({
  text,
  site: 'slack',
  kind: 'channel',
  now: NOW,
  ...extra,
});

function expectSpansInside(text: string, report: Report) {
  const spans = [
    ...report.findings,
    ...report.facts.asks,
    ...report.facts.deadlines,
    ...report.facts.mentions,
    ...report.facts.references,
  ];
  for (const s of spans) {
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeGreaterThanOrEqual(s.start);
    expect(s.end).toBeLessThanOrEqual(text.length);
  }
  for (const s of [...report.facts.asks, ...report.facts.mentions])
    expect(text.slice(s.start, s.end)).toBe(s.text);
  expect(report.score).toBeGreaterThanOrEqual(0);
  expect(report.score).toBeLessThanOrEqual(100);
}

const pieces = fc.constantFrom(
  'Can you review the PR by Friday?',
  '@here ',
  '@Priya Raman ',
  'Priya, could you ',
  '> quoted line\n',
  '```\ncode block? please fix\n```\n',
  'https://example.com/a?b=c ',
  '<div onclick="x()">Hi</div>',
  '🎉🙏 ',
  'שלום, מה שלומך? ',
  'مرحبا كيف حالك ',
  '\u202Eright-to-left override\u202C ',
  'ASAP ',
  'EOD ',
  '\n\n',
  '. . . ',
  '???',
  'As discussed, ',
  'the doc ',
  '\uD800',
);
const messy = fc
  .array(fc.oneof(pieces, fc.string(), fc.string({ unit: 'grapheme' })), { maxLength: 30 })
  .map((xs) => xs.join(''));

describe('analyze on any input', () => {
  it('never throws, keeps every span inside the text, and gives the same report twice', () => {
    fc.assert(
      fc.property(messy, fc.constantFrom<Draft['kind']>('channel', 'dm', 'email', 'page'), (text, kind) => {
        const first = analyze(draftOf(text, { kind }));
        expectSpansInside(text, first);
        clearParseCache();
        expect(analyze(draftOf(text, { kind }))).toEqual(first);
      }),
      { numRuns: 300 },
    );
    // 600 cold analyses: a correctness check, not a timing one (budgets live in the benchmarks).
  }, 60_000);

  it('copes with 100,000 characters: checks the first 5,000 words and says so', () => {
    const sentence = 'Could you send the updated forecast to finance by Friday, Nov 27? ';
    const text = sentence.repeat(Math.ceil(100_000 / sentence.length)).slice(0, 100_000);
    const report = analyze(draftOf(text));
    expectSpansInside(text, report);
    expect(report.limits?.truncatedAt).toBeGreaterThan(0);
    expect(report.limits?.truncatedAt).toBeLessThan(text.length);
    expect(report.findings.every((f) => f.end <= report.limits!.truncatedAt!)).toBe(true);
  });

  it('says so, and finds nothing, when a draft is mostly not English', () => {
    const report = analyze(
      draftOf(
        'Bonjour à tous, pouvez-vous relire le document avant vendredi? Merci beaucoup et bonne journée.',
      ),
    );
    expect(report.limits?.notEnglish).toBe(true);
    expect(report.findings).toEqual([]);
    expect(
      analyze(draftOf('こんにちは、金曜日までに資料を確認していただけますか？')).limits?.notEnglish,
    ).toBe(true);
  });

  it('never reads quoted lines, code or URLs as prose', () => {
    const text =
      '> as discussed, can someone fix the doc ASAP?\n\n```\nplease send it soon\n```\n\nhttps://example.com/see-above-asap\n\nThanks for the release notes yesterday.';
    const report = analyze(draftOf(text));
    expect(report.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(report.facts.asks).toEqual([]);
  });

  it('leaves dates unresolved rather than reading the clock when the caller gives no now', () => {
    const report = analyze({ text: 'Could you send it by Friday?', site: 'slack', kind: 'dm' });
    expect(report.facts.asks).toHaveLength(1);
    expect(report.facts.deadlines.every((d) => d.date === undefined)).toBe(true);
  });
});
