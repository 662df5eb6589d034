import { describe, expect, it } from 'vitest';
import { NOW } from '../test-helpers';
import { findTimes, readReference } from './dates';
import { easterSunday } from './holidays';

const ref = readReference(NOW)!; // Wednesday 25 Nov 2026
const times = (text: string) => findTimes(text, ref, false).map((t) => [t.text, t.date]);

describe('holidays', () => {
  it('computes Easter Sunday', () => {
    expect(['2016', '2018', '2019', '2024', '2027', '2038'].map((y) => easterSunday(Number(y)))).toEqual([
      '2016-03-27',
      '2018-04-01',
      '2019-04-21',
      '2024-03-31',
      '2027-03-28',
      '2038-04-25',
    ]);
  });

  it('puts a holiday on its next day to come, or on the year written after it', () => {
    expect(times('by Easter')).toEqual([['Easter', '2027-03-28']]);
    expect(times('by Good Friday')).toEqual([['Good Friday', '2027-03-26']]);
    expect(times('by Memorial Day')).toEqual([['Memorial Day', '2027-05-31']]);
    expect(times('by Labor Day')).toEqual([['Labor Day', '2027-09-06']]);
    expect(times('on Black Friday')).toEqual([['Black Friday', '2026-11-27']]);
    expect(times('by Boxing Day')).toEqual([['Boxing Day', '2026-12-26']]);
    expect(times('Christmas 2027')).toEqual([['Christmas 2027', '2027-12-25']]);
    expect(times("by New Year's Eve")).toEqual([["New Year's Eve", '2026-12-31']]);
  });

  it('reads "new year" as a day only after a time word, and "last Easter" as past', () => {
    expect(times('by the new year')).toEqual([['new year', '2027-01-01']]);
    expect(times('plans for the new year')).toEqual([]);
    expect(times('as we said last Easter')).toEqual([]);
  });
});
