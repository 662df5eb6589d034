import { readFileSync } from 'node:fs';

/** A time expression a resolver found: its span and, when it names one day, that day (YYYY-MM-DD). */
export interface FoundTime {
  start: number;
  end: number;
  date?: string;
}
export type TimeFinder = (text: string, reference: string) => FoundTime[];

interface Expected {
  start: number;
  end: number;
  type: string;
  days: string[];
  /** Written as a calendar date (a month and day, or numbers), not worked out from "next Friday" or a holiday. */
  explicit: boolean;
}
interface Case {
  input: string;
  reference: string;
  expected: Expected[];
}

export interface DatetimeScores {
  cases: number;
  expressions: number;
  spanRecall: number;
  spanPrecision: number;
  datedExpressions: number;
  datedSpanRecall: number;
  dateAccuracy: number;
  explicitDates: number;
  explicitAccuracy: number;
}

const DAY = /^(\d{4}-\d{2}-\d{2})/;
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const MONTH_DAY = new RegExp(
  `\\b${MONTH}\\s+\\d{1,2}(st|nd|rd|th)?\\b|\\b\\d{1,2}(st|nd|rd|th)?\\s+(of\\s+)?${MONTH}`,
  'i',
);
const NUMERIC_DATE = /\b\d{1,4}[/-]\d{1,2}[/-]\d{1,4}\b/;

/** Reads the Recognizers-Text spec file (a JSON array with a BOM; some rows spell `Typename`). */
export function loadDatetimeCases(path: string): Case[] {
  const raw = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, '')) as Record<string, unknown>[];
  return raw.map((row) => {
    const context = row.Context as { ReferenceDateTime?: string } | undefined;
    const results = (row.Results as Record<string, unknown>[] | undefined) ?? [];
    return {
      input: String(row.Input),
      reference: context?.ReferenceDateTime ?? '2016-11-07T00:00:00',
      expected: results.map((r) => {
        const values = ((r.Resolution as { values?: { timex?: string }[] } | undefined)?.values ?? []).map(
          (v) => v.timex ?? '',
        );
        const type = String(r.TypeName ?? r.Typename ?? '');
        const days = /\.(date|datetime)$/.test(type)
          ? values.map((t) => DAY.exec(t)?.[1]).filter((d): d is string => !!d)
          : [];
        // The spec's End is inclusive.
        const text = String(r.Text ?? '');
        // Only real calendar days count: the spec also lists "Feb 30 2019", which names no day at all.
        const explicit = days.some(isRealDay) && (MONTH_DAY.test(text) || NUMERIC_DATE.test(text));
        return { start: Number(r.Start), end: Number(r.End) + 1, type, days, explicit };
      }),
    };
  });
}

const isRealDay = (day: string) => new Date(`${day}T00:00:00Z`).toISOString().startsWith(day);

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/** Span recall/precision over every expression, and the share of single-day expressions resolved to that day. */
export function scoreDatetime(cases: Case[], find: TimeFinder): DatetimeScores {
  let expressions = 0;
  let hit = 0;
  let found = 0;
  let foundRight = 0;
  let dated = 0;
  let datedHit = 0;
  let resolved = 0;
  let explicit = 0;
  let explicitRight = 0;
  for (const c of cases) {
    const got = find(c.input, c.reference);
    found += got.length;
    foundRight += got.filter((g) => c.expected.some((e) => overlaps(e, g))).length;
    for (const e of c.expected) {
      expressions++;
      const match = got.filter((g) => overlaps(e, g));
      if (match.length) hit++;
      if (e.days.length === 0) continue;
      dated++;
      if (match.length) datedHit++;
      const right = match.some((g) => g.date && e.days.includes(g.date));
      if (right) resolved++;
      if (e.explicit) {
        explicit++;
        if (right) explicitRight++;
      }
    }
  }
  const ratio = (a: number, b: number) => (b ? a / b : 0);
  return {
    cases: cases.length,
    expressions,
    spanRecall: ratio(hit, expressions),
    spanPrecision: ratio(foundRight, found),
    datedExpressions: dated,
    datedSpanRecall: ratio(datedHit, dated),
    dateAccuracy: ratio(resolved, dated),
    explicitDates: explicit,
    explicitAccuracy: ratio(explicitRight, explicit),
  };
}
