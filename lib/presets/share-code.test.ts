import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { BUILTIN_PRESETS } from './builtin';
import { presetToJson, presetToShareCode } from './export';
import { parsePreset } from './parse';
import { SHARE_PREFIX } from './share-code';

describe('share codes', () => {
  test('a preset copied as a share code and pasted back is the same preset', () => {
    for (const preset of Object.values(BUILTIN_PRESETS)) {
      const code = presetToShareCode(preset);
      expect(code.startsWith(SHARE_PREFIX)).toBe(true);
      expect(code).toMatch(/^clearsend1:[A-Za-z0-9_-]+$/);
      const pasted = parsePreset(code);
      expect(pasted.ok && pasted.preset).toEqual(JSON.parse(presetToJson(preset)));
    }
  });

  test('round trips any glossary and vague words, including non-ASCII text', () => {
    // The schema drops keys that name an object's own machinery ("constructor", "prototype", "__proto__") so a
    // preset can never reach a prototype; a glossary of real acronyms never needs them.
    const term = fc
      .stringMatching(/^[A-Za-z0-9]{1,12}$/)
      .filter((key) => !['constructor', 'prototype', '__proto__'].includes(key));
    fc.assert(
      fc.property(
        fc.dictionary(
          term,
          fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() === s && s.length > 0),
        ),
        (glossary) => {
          const preset = { clearsend: 1 as const, name: 'Glossary ✓ équipe', glossary };
          const pasted = parsePreset(presetToShareCode(preset));
          expect(pasted.ok && pasted.preset).toEqual(preset);
        },
      ),
      { numRuns: 60 },
    );
  });

  test('a damaged or truncated code is refused with a plain reason', () => {
    const code = presetToShareCode(BUILTIN_PRESETS['builtin:strict-async']!);
    expect(parsePreset(code.slice(0, code.length / 2))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^share code: /),
    });
    expect(parsePreset(`${code}!!`)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^share code: /),
    });
  });

  test('a tiny code that would inflate past the size limit is refused', async () => {
    const { deflateSync, strToU8 } = await import('fflate');
    const bomb = deflateSync(strToU8(`{"clearsend":1,"name":"${'a'.repeat(400_000)}"}`));
    const code = SHARE_PREFIX + Buffer.from(bomb).toString('base64url');
    expect(code.length).toBeLessThan(2000);
    expect(parsePreset(code)).toMatchObject({ ok: false, error: expect.stringContaining('too large') });
  });
});
