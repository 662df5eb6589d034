import { describe, expect, it } from 'vitest';
import { dateLabel, dayLabel, formatDay } from './format-date';

describe('dates for people to read', () => {
  it('writes a calendar day as "Fri 27 Nov", with the short English names', () => {
    expect(formatDay('2026-11-27')).toBe('Fri 27 Nov');
    expect(formatDay('2026-09-07')).toBe('Mon 7 Sep');
    expect(formatDay('not a day')).toBe('not a day');
  });

  it('writes an instant on the calendar of the zone it is asked for', () => {
    const monday = Date.parse('2025-03-02T23:30:00Z'); // Monday 3 March in Berlin, still Sunday in UTC
    expect(dayLabel(monday, 'Europe/Berlin')).toBe('Mon 3 Mar');
    expect(dayLabel(monday, 'UTC')).toBe('Sun 2 Mar');
    expect(dateLabel(monday, 'Europe/Berlin')).toBe('3 Mar');
  });
});
