import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { FINDINGS_PER_RULE, FINDINGS_TOTAL } from './limits';
import { NOW } from './test-helpers';
import type { PhraseRule } from './types';

// Issue 15.5: phrase rules that match every word made 25,024 marks on 2,500 words and overflowed the call stack.
describe('analyze: findings are capped', () => {
  const text = Array.from({ length: 250 }, (_, i) => `Sentence ${i} has a few plain words here.`).join(' ');
  const everyWord = (n: number): PhraseRule[] =>
    Array.from({ length: n }, (_, i) => ({
      id: `any-${i}`,
      match: '.',
      category: 'style',
      severity: 'info',
      message: 'Any word.',
    }));

  it('keeps at most a hundred findings a rule and three hundred in all, and says so', () => {
    const one = analyze({ text, site: 'text', now: NOW }, { phrases: everyWord(1) });
    expect(one.findings.filter((f) => f.rule === 'phrase:any-0')).toHaveLength(FINDINGS_PER_RULE);
    const report = analyze({ text, site: 'text', now: NOW }, { phrases: everyWord(10) });
    expect(report.findings).toHaveLength(FINDINGS_TOTAL);
    expect(report.limits?.findingsCapped).toBeGreaterThan(0);
    expect(report.limits?.message).toBe(`Only the first ${FINDINGS_TOTAL} suggestions are shown.`);
    // Two analyses of 2,500 words: a correctness check; their speed is in the benchmarks.
  }, 30_000);

  it('leaves an ordinary draft whole', () => {
    const report = analyze({ text: 'Can you send the deck by Friday?', site: 'text', now: NOW });
    expect(report.limits).toBeUndefined();
  });
});
