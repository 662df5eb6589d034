import { describe, expect, test } from 'vitest';
import { BUILTIN_PRESETS } from './builtin';
import { MAX_PRESET_BYTES, parsePreset } from './parse';

const base = { clearsend: 1, name: 'Team' };
const errorOf = (value: unknown) => {
  const result = parsePreset(JSON.stringify(value));
  return result.ok ? 'accepted' : result.error;
};

describe('parsePreset', () => {
  test('accepts a hand-written preset and turns the short rule form into settings', () => {
    const result = parsePreset(
      JSON.stringify({
        ...base,
        rules: { 'vague-deadline': 'error', 'buried-ask': { options: { maxWordsBefore: 40 } } },
      }),
    );
    expect(result.ok && result.config.rules).toEqual({
      'vague-deadline': { severity: 'error' },
      'buried-ask': { options: { maxWordsBefore: 40 } },
    });
  });

  test.each([
    [
      { ...base, rules: { 'vague-deadline': 'loud' } },
      'rules.vague-deadline: expected "off" | "info" | "warning" | "error"',
    ],
    [
      { ...base, rules: { 'vague-deadline': { severity: 'high' } } },
      'rules.vague-deadline.severity: expected',
    ],
    [
      { ...base, rules: { 'vague-deadline': { level: 'info' } } },
      'rules.vague-deadline.level: unknown field',
    ],
    [{ ...base, categories: { ask: 'off', tone: 'info' } }, 'categories.tone: unknown field'],
    [{ ...base, sites: { slack: {}, myspace: {} } }, 'sites.myspace: a site key is'],
    [
      { ...base, examples: [{ text: 'Hi', expect: { rules: ['greeting-only'] } }, { text: 'Hi' }] },
      'examples[1].expect: required',
    ],
    [
      {
        ...base,
        phrases: [{ id: 'x', match: 'per our call', category: 'context', severity: 'loud', message: 'm' }],
      },
      'phrases[0].severity: expected "info" | "warning" | "error"',
    ],
    [{ ...base, weights: { categories: { ask: 'two' } } }, 'weights.categories.ask: expected a number'],
    [{ clearsend: 2, name: 'Team' }, 'clearsend: expected 1'],
    [{ clearsend: 1 }, 'name: required'],
    [{ ...base, name: '   ' }, 'name: must not be empty'],
  ])('names the path of the first bad field (%#)', (value, message) => {
    expect(errorOf(value)).toContain(message);
  });

  test('refuses a user regular expression and malformed match syntax in phrase rules', () => {
    const phrase = (match: string) => ({
      ...base,
      phrases: [{ id: 'p', match, category: 'style', severity: 'info', message: 'm' }],
    });
    expect(errorOf(phrase('/(a+)+$/'))).toMatch(/^phrases\[0\]\.match: regular expressions/);
    expect(errorOf(phrase('(per our|as discussed'))).toMatch(/^phrases\[0\]\.match: unbalanced/);
    expect(errorOf(phrase('x '.repeat(150)))).toMatch(/^phrases\[0\]\.match: must be at most 200/);
    expect(errorOf(phrase('(per our|as) (call|discussed)'))).toBe('accepted');
  });

  test('keeps rules it does not know and reports them as warnings', () => {
    const result = parsePreset(JSON.stringify({ ...base, rules: { 'from-the-future': 'error' } }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.preset.rules).toEqual({ 'from-the-future': 'error' });
    expect(result.warnings).toEqual([expect.stringContaining('rules.from-the-future: unknown rule')]);
  });

  test('refuses text that is not a preset, or too large, with a plain reason', () => {
    expect(parsePreset('{"clearsend": 1,')).toMatchObject({
      ok: false,
      error: expect.stringContaining('not valid JSON'),
    });
    expect(parsePreset('[]')).toMatchObject({
      ok: false,
      error: expect.stringContaining('expected a JSON object'),
    });
    const huge = JSON.stringify({ ...base, description: 'x'.repeat(MAX_PRESET_BYTES) });
    expect(parsePreset(huge)).toMatchObject({ ok: false, error: expect.stringContaining('too large') });
  });

  test('every built-in preset is itself a valid preset document', () => {
    for (const preset of Object.values(BUILTIN_PRESETS)) {
      expect(parsePreset(JSON.stringify(preset))).toMatchObject({ ok: true, warnings: [] });
    }
  });

  test.each(['.', '*', '.+', '(#Noun|#Verb)'])(
    'refuses a phrase rule that matches almost every word (%s), and says why (issue 15.5)',
    (match) => {
      const phrase = { id: 'all', match, category: 'style', severity: 'info', message: 'Marked.' };
      expect(errorOf({ ...base, phrases: [phrase] })).toMatch(
        /^phrases\[0\]\.match: it matches almost every word \(\d+% of the words of an ordinary message\)/,
      );
    },
  );

  test('keeps a phrase rule that names a phrase or a narrow tag', () => {
    for (const match of ['per my last email', '#Noun', 'circle back'])
      expect(
        errorOf({
          ...base,
          phrases: [{ id: 'p', match, category: 'style', severity: 'info', message: 'M.' }],
        }),
      ).toBe('accepted');
  });
});
