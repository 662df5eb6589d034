import { describe, expect, it } from 'vitest';
import { localIsoNow } from './local-time';

describe('localIsoNow', () => {
  it('gives the same instant as the clock, written with the local offset', () => {
    const date = new Date('2026-11-25T18:00:00Z');
    const iso = localIsoNow(date);
    expect(iso).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
    expect(new Date(iso).getTime()).toBe(date.getTime());
  });
});
