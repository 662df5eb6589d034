import { describe, expect, it } from 'vitest';
import { localIsoNow, readReference } from './day-math';

describe('localIsoNow', () => {
  it('gives the same instant as the clock, written with the local offset', () => {
    const date = new Date('2026-11-25T18:00:00Z');
    const iso = localIsoNow(date);
    expect(iso).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
    expect(new Date(iso).getTime()).toBe(date.getTime());
  });

  it("is read back as the same instant, on the user's timezone when they set one", () => {
    const date = new Date('2026-11-27T23:30:00Z');
    const ref = readReference(localIsoNow(date), 'Asia/Tokyo');
    expect(ref?.instant.getTime()).toBe(date.getTime());
    expect(ref?.day).toBe('2026-11-28');
    expect(readReference(localIsoNow(date), 'America/New_York')?.day).toBe('2026-11-27');
  });
});
