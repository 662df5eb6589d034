import { describe, expect, it } from 'vitest';
import type { Finding } from '../analysis/types';
import { dateChips } from './date-chips';
import { fixOptions } from './fix-options';

const apply = (text: string, edit: { start: number; end: number; text: string }) =>
  text.slice(0, edit.start) + edit.text + text.slice(edit.end);

const TUESDAY = '2026-12-01T16:00:00+01:00';

describe('dateChips', () => {
  const text = 'Can someone send me the numbers ASAP?';
  const vague = { start: text.indexOf('ASAP'), end: text.indexOf('ASAP') + 4 };

  it('offers the coming Friday, the Monday after and the end of today, from the clock', () => {
    const chips = dateChips(vague, text, TUESDAY);
    expect(chips.map((c) => c.label)).toEqual(['by Fri 4 Dec', 'by Mon 7 Dec', 'by end of today']);
    expect(apply(text, chips[0]!.edit)).toBe('Can someone send me the numbers by Fri 4 Dec?');
  });

  it("names next week's Friday once this week's is today or gone", () => {
    expect(dateChips(vague, text, '2026-12-04T09:00:00+00:00')[0]!.label).toBe('by Fri 11 Dec');
    expect(dateChips(vague, text, '2026-12-06T09:00:00+00:00')[0]!.label).toBe('by Fri 11 Dec');
    expect(dateChips(vague, text, '2026-12-03T09:00:00+00:00')[0]!.label).toBe('by Fri 4 Dec');
  });

  it("reads the day in the writer's offset, not UTC", () => {
    // 23:30 on Thursday in New York is already Friday in UTC.
    expect(dateChips(vague, text, '2026-12-03T23:30:00-05:00')[0]!.label).toBe('by Fri 4 Dec');
  });

  it('never writes "by by", and offers nothing without a clock', () => {
    const withBy = 'Send it by when you can.';
    const span = { start: withBy.indexOf('when'), end: withBy.indexOf('when') + 12 };
    expect(apply(withBy, dateChips(span, withBy, TUESDAY)[1]!.edit)).toBe('Send it by Mon 7 Dec.');
    expect(dateChips(vague, text, 'not a date')).toEqual([]);
  });
});

describe('fixOptions', () => {
  const finding = (extra: Partial<Finding>): Finding => ({
    rule: 'hedging-filler',
    category: 'style',
    severity: 'info',
    start: 4,
    end: 9,
    message: 'm',
    ...extra,
  });

  it("puts the engine's suggestion first, as a change or a removal", () => {
    const text = 'Can just you';
    expect(fixOptions(finding({ suggestion: '' }), { text, now: TUESDAY })).toEqual([
      { label: 'Remove “just ”', edit: { start: 4, end: 9, text: '' } },
    ]);
    expect(fixOptions(finding({ suggestion: 'Fri 4 Dec' }), { text, now: TUESDAY })[0]!.label).toBe(
      'Change to “Fri 4 Dec”',
    );
  });

  it('offers date chips for a vague deadline, and nothing for a rule with no fix', () => {
    const text = 'Send it soon.';
    const vague = finding({ rule: 'vague-deadline', start: 8, end: 12 });
    expect(fixOptions(vague, { text, now: TUESDAY }).map((o) => o.label)).toHaveLength(3);
    expect(fixOptions(finding({ rule: 'no-recipients' }), { text, now: TUESDAY })).toEqual([]);
  });
});
