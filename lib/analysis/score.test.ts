import { describe, expect, it } from 'vitest';
import { scoreFindings } from './score';
import type { Finding } from './types';

const finding = (severity: Finding['severity'], category: Finding['category'] = 'deadline'): Finding => ({
  rule: 'x',
  category,
  severity,
  start: 0,
  end: 1,
  message: 'm',
});

describe('scoreFindings', () => {
  it('starts at 100 and takes more off for worse findings', () => {
    expect(scoreFindings([])).toBe(100);
    const info = scoreFindings([finding('info')]);
    const warning = scoreFindings([finding('warning')]);
    const error = scoreFindings([finding('error')]);
    expect(info).toBeLessThan(100);
    expect(warning).toBeLessThan(info);
    expect(error).toBeLessThan(warning);
  });
  it('weighs style lighter than asks, floors at 0, and takes preset weights', () => {
    expect(scoreFindings([finding('warning', 'style')])).toBeGreaterThan(
      scoreFindings([finding('warning', 'ask')]),
    );
    expect(scoreFindings(Array.from({ length: 50 }, () => finding('error')))).toBe(0);
    expect(scoreFindings([finding('warning')], { warning: 50 })).toBe(50);
    expect(scoreFindings([finding('warning', 'style')], { categories: { style: 0 } })).toBe(100);
  });
});
