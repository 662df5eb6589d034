import { describe, expect, it } from 'vitest';
import { outcomeText, progressText } from './import-text';

describe('what an import says', () => {
  it('gives count and percent while a big file is checked and written', () => {
    expect(progressText({ phase: 'reading', bytes: 182_000_000 })).toBe('Reading the file (182 MB)…');
    expect(progressText({ phase: 'checking', done: 250_000, total: 1_000_000 })).toBe(
      'Checking the file… 250,000 of 1,000,000 messages checked (25%)',
    );
    expect(progressText({ phase: 'writing', done: 999_999, total: 1_000_000 })).toBe(
      'Importing… 999,999 of 1,000,000 new messages written (99%)',
    );
  });

  it('ends with what was imported, which keys were left out, or why nothing was', () => {
    expect(
      outcomeText({
        type: 'imported',
        added: 1_000_000,
        skipped: 2,
        dropped: ['entries[0].rules.__proto__'],
      }),
    ).toEqual({
      ok: true,
      message:
        'Imported 1,000,000 new messages (2 were already here). Left out a key no history may hold: entries[0].rules.__proto__.',
    });
    expect(outcomeText({ type: 'invalid', error: 'entries[3].score: Invalid value' })).toEqual({
      ok: false,
      message: 'Nothing was imported. entries[3].score: Invalid value',
    });
    expect(outcomeText({ type: 'unsaved', problem: 'quota' }).message).toMatch(
      /^Nothing was imported: Your browser is out of storage/,
    );
  });
});
