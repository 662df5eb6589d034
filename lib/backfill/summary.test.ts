import { describe, expect, it } from 'vitest';
import { startingOutcome } from './protocol';
import { backfillSummary } from './summary';

const base = startingOutcome();
const at = (iso: string) => Date.parse(iso);

describe('the sentence a backfill ends with', () => {
  it('says how many, from when to when, and what was skipped', () => {
    expect(
      backfillSummary(
        { ...base, added: 4812, first: at('2026-09-01T09:00Z'), last: at('2026-11-30T17:00Z'), notYours: 37 },
        'UTC',
      ),
    ).toBe('4,812 messages from 1 Sep to 30 Nov added; 37 skipped: not sent by you.');
  });

  it('names days in the user’s timezone, and one day once', () => {
    const late = at('2026-11-30T23:30Z');
    expect(backfillSummary({ ...base, added: 1, first: late, last: late }, 'Europe/Berlin')).toBe(
      '1 message from 1 Dec added.',
    );
  });

  it('a second import of the same file adds nothing and says why', () => {
    expect(backfillSummary({ ...base, already: 46, notYours: 31, empty: 1 }, 'UTC')).toBe(
      'No messages added; 31 skipped: not sent by you; 46 already in your history; 1 skipped: nothing written to score.',
    );
  });

  it('counts the messages Clearsend recorded as they were sent apart from earlier imports', () => {
    expect(
      backfillSummary(
        { ...base, added: 3, first: at('2026-11-02T10:00Z'), last: at('2026-11-04T10:00Z'), sentLive: 12 },
        'UTC',
      ),
    ).toBe('3 messages from 2 Nov to 4 Nov added; 12 already recorded when you sent them.');
    expect(backfillSummary({ ...base, sentLive: 1, already: 2 }, 'UTC')).toBe(
      'No messages added; 1 already recorded when you sent it; 2 already in your history.',
    );
  });

  it('after Cancel, says so and names the files left out', () => {
    expect(
      backfillSummary(
        {
          ...base,
          added: 18,
          first: at('2026-11-02T10:00Z'),
          last: at('2026-11-20T10:00Z'),
          cancelled: true,
          notImported: ['b.zip', 'c.mbox'],
        },
        'UTC',
      ),
    ).toBe('Cancelled. 18 messages from 2 Nov to 20 Nov added. Not imported: b.zip and c.mbox.');
  });

  it('a file that failed on the second read is named, with what landed before it', () => {
    expect(
      backfillSummary({ ...base, error: 'b.zip: invalid zip data.', notImported: ['b.zip'] }, 'UTC'),
    ).toBe('No messages added. Stopped: b.zip: invalid zip data. Not imported: b.zip.');
  });
});
