import { describe, expect, test } from 'vitest';
import { listRules } from '../../lib/analysis/registry';
import { freshExampleDates } from './example-dates';

const TUESDAY_1_DEC = new Date(2026, 11, 1, 10, 0);

describe('example dates', () => {
  test('move to the next such weekday after now, keeping the weekday the words name', () => {
    expect(freshExampleDates('Please send it by Fri 27 Nov.', TUESDAY_1_DEC)).toBe(
      'Please send it by Fri 4 Dec.',
    );
    expect(freshExampleDates('by Thu 3 Dec', TUESDAY_1_DEC)).toBe('by Thu 3 Dec');
    expect(freshExampleDates('by Tue 24 Nov', TUESDAY_1_DEC)).toBe('by Tue 8 Dec');
  });

  test('"today (…)" is today', () => {
    expect(freshExampleDates('by 5pm PT today (Wed 25 Nov)?', TUESDAY_1_DEC)).toBe(
      'by 5pm PT today (Tue 1 Dec)?',
    );
  });

  test('across a year end', () => {
    expect(freshExampleDates('by Fri 27 Nov', new Date(2026, 11, 30))).toBe('by Fri 1 Jan');
  });

  test('every date in a built-in rule example is today or within the coming week, whenever now is', () => {
    const DAY = 86_400_000;
    for (const now of [TUESDAY_1_DEC, new Date(2027, 5, 15), new Date(2030, 0, 1)]) {
      const today = new Date(now.getFullYear(), now.getMonth(), now.getDate()).getTime();
      const seen = listRules().flatMap(({ example }) =>
        [example.bad, example.good].flatMap((text) => [
          ...freshExampleDates(text, now).matchAll(/(?:Sun|Mon|Tue|Wed|Thu|Fri|Sat) (\d{1,2}) (\w{3})/g),
        ]),
      );
      expect(seen.length).toBeGreaterThan(3);
      for (const [written, day, month] of seen) {
        const m = 'JanFebMarAprMayJunJulAugSepOctNovDec'.indexOf(month!) / 3;
        let date = new Date(new Date(now).getFullYear(), m, Number(day)).getTime();
        if (date < today - 180 * DAY)
          date = new Date(new Date(now).getFullYear() + 1, m, Number(day)).getTime();
        expect({ written, daysAhead: Math.round((date - today) / DAY) }).toMatchObject({
          daysAhead: expect.toSatisfy((n: number) => n >= 0 && n <= 7),
        });
      }
    }
  });
});
