import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { NOW } from './test-helpers';
import type { Draft } from './types';

const channel = (text: string): Draft => ({
  text,
  site: 'slack',
  kind: 'channel',
  channel: '#eng',
  now: NOW,
});

describe('analyze: facts', () => {
  it('finds asks with their kind, and deadlines resolved against draft.now', () => {
    const r = analyze(
      channel('@dana can you review the PR (https://x.io/pr/1) by Friday? What is the repo URL?'),
    );
    expect(r.facts.asks.map((a) => a.kind)).toEqual(['task', 'question']);
    expect(r.facts.deadlines).toEqual([
      expect.objectContaining({ text: 'Friday', vague: false, date: '2026-11-27' }),
    ]);
  });

  it('resolves EOD and end of week, and marks them timezone-ambiguous unless a zone is named', () => {
    const eod = analyze(channel('@sam can you send the numbers by EOD?')).facts.deadlines[0];
    expect(eod).toMatchObject({ date: '2026-11-25', timezoneAmbiguous: true });
    const eow = analyze(channel('@sam can you send the numbers by end of week?')).facts.deadlines[0];
    expect(eow).toMatchObject({ date: '2026-11-27', timezoneAmbiguous: true });
    const named = analyze(channel('@sam can you send the numbers by 5pm PT tomorrow?')).facts.deadlines[0];
    expect(named).toMatchObject({ date: '2026-11-26' });
    expect(named?.timezoneAmbiguous).toBeUndefined();
  });

  it('marks vague deadlines and finds mentions: @names, vocatives, broadcasts', () => {
    const r = analyze(channel('Priya, could you send it ASAP? @here and @Ravi Menon too.'));
    expect(r.facts.deadlines[0]).toMatchObject({ text: 'ASAP', vague: true });
    expect(r.facts.mentions.map((m) => m.text)).toEqual(
      expect.arrayContaining(['Priya', '@here', '@Ravi Menon']),
    );
  });

  it('builds the ask checklist: who, when and why, or null where missing', () => {
    const r = analyze(
      channel('@leila could you check the refund by Tuesday? The customer renews on Dec 8, so it matters.'),
    );
    expect(r.checklist).toHaveLength(1);
    expect(r.checklist[0]).toMatchObject({ who: { text: '@leila' }, when: { date: '2026-12-01' } });
    expect(r.checklist[0]?.why?.text).toContain('so it matters');
    const bare = analyze(channel('Can someone fix the login page?')).checklist[0];
    expect(bare).toMatchObject({ who: null, when: null, why: null });
  });
});

describe('analyze: config', () => {
  const text = 'Can someone review the PR soon?';
  const rules = (draft: Draft, config = {}) =>
    analyze(draft, config).findings.map((f) => `${f.rule}:${f.severity}`);

  it('turns rules and categories off, and a rule setting wins over its category', () => {
    expect(rules(channel(text))).toEqual(
      expect.arrayContaining(['no-owner:warning', 'vague-deadline:warning']),
    );
    expect(rules(channel(text), { rules: { 'no-owner': { severity: 'off' } } })).not.toContain(
      'no-owner:warning',
    );
    const cat = rules(channel(text), {
      categories: { deadline: 'off' },
      rules: { 'vague-deadline': { severity: 'error' } },
    });
    expect(cat).toContain('vague-deadline:error');
    expect(cat.some((r) => r.startsWith('missing-deadline'))).toBe(false);
  });

  it('runs custom phrase rules in compromise match syntax as phrase:<id>', () => {
    const phrases = [
      {
        id: 'no-synergy',
        match: 'synergy',
        category: 'style' as const,
        severity: 'warning' as const,
        message: 'Say what you mean.',
      },
      {
        id: 'no-circle',
        match: 'circle back',
        category: 'style' as const,
        severity: 'info' as const,
        message: 'Give a date.',
      },
    ];
    const text = 'We should circle back on the synergy plan.';
    const r = analyze(channel(text), { phrases });
    expect(
      r.findings.filter((f) => f.rule.startsWith('phrase:')).map((f) => text.slice(f.start, f.end)),
    ).toEqual(['circle back', 'synergy']);
    const tagged = [
      { id: 'modal', match: '#Modal you', category: 'ask' as const, severity: 'info' as const, message: 'm' },
    ];
    const hit = analyze(channel('Priya, could you send it?'), { phrases: tagged }).findings.find(
      (f) => f.rule === 'phrase:modal',
    );
    expect(hit && 'Priya, could you send it?'.slice(hit.start, hit.end)).toBe('could you');
  });

  it('uses config.weights in the score', () => {
    const draft = channel('Can someone review the PR soon?');
    expect(analyze(draft, { weights: { warning: 30 } }).score).toBeLessThan(analyze(draft).score);
  });
});
