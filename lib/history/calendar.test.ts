import { describe, expect, it } from 'vitest';
import { isoDate, shiftWeek, startOfDay, startOfWeek, wallClock } from './calendar';

const at = (iso: string) => Date.parse(iso);

describe('weeks in the user timezone', () => {
  it('starts a week on Monday 00:00 local time, not UTC', () => {
    // Sunday 23:30 in New York is already Monday in UTC; it still belongs to the week that began Mon 6 Jan.
    const sundayNight = at('2025-01-13T04:30:00Z');
    expect(startOfWeek(sundayNight, 'America/New_York')).toBe(at('2025-01-06T05:00:00Z'));
    expect(startOfWeek(sundayNight, 'UTC')).toBe(at('2025-01-13T00:00:00Z'));
  });

  it('puts Monday 00:00 exactly in the new week and a millisecond earlier in the old one', () => {
    const monday = at('2025-01-13T00:00:00+09:00');
    expect(startOfWeek(monday, 'Asia/Tokyo')).toBe(monday);
    expect(startOfWeek(monday - 1, 'Asia/Tokyo')).toBe(at('2025-01-06T00:00:00+09:00'));
  });

  it('keeps a week with the spring DST change 167 hours long, starting at local midnight', () => {
    // Europe/Berlin moved from +01:00 to +02:00 on Sunday 30 March 2025.
    const start = startOfWeek(at('2025-03-30T12:00:00+02:00'), 'Europe/Berlin');
    expect(start).toBe(at('2025-03-24T00:00:00+01:00'));
    const next = shiftWeek(start, 1, 'Europe/Berlin');
    expect(next).toBe(at('2025-03-31T00:00:00+02:00'));
    expect((next - start) / 3_600_000).toBe(167);
  });

  it('keeps a week with the autumn DST change 169 hours long', () => {
    const start = startOfWeek(at('2025-11-02T12:00:00-05:00'), 'America/New_York');
    expect(start).toBe(at('2025-10-27T00:00:00-04:00'));
    expect((shiftWeek(start, 1, 'America/New_York') - start) / 3_600_000).toBe(169);
  });

  it('starts a day where a DST gap swallowed its midnight', () => {
    // America/Santiago skipped from 00:00 to 01:00 on 7 September 2025.
    const start = startOfDay(at('2025-09-07T12:00:00-03:00'), 'America/Santiago');
    expect(wallClock(start, 'America/Santiago')).toMatchObject({ day: 7, msOfDay: 3_600_000 });
    expect(isoDate(start - 1, 'America/Santiago')).toBe('2025-09-06');
  });

  it('walks across year ends and back', () => {
    const start = startOfWeek(at('2024-12-31T10:00:00Z'), 'UTC');
    expect(start).toBe(at('2024-12-30T00:00:00Z'));
    expect(shiftWeek(shiftWeek(start, 53, 'UTC'), -53, 'UTC')).toBe(start);
  });
});
