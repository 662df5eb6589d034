import { describe, expect, it } from 'vitest';
import { readDrafts } from './read-drafts';

describe('readDrafts', () => {
  it('reads a JSON draft or a list of them, site "text" when none is given', () => {
    expect(readDrafts('a.json', '{"text":"Hi"}')).toEqual({
      ok: true,
      drafts: [{ text: 'Hi', site: 'text' }],
    });
    expect(readDrafts('a.json', '[{"text":"a","site":"slack","kind":"dm"},{"text":"b"}]')).toEqual({
      ok: true,
      drafts: [
        { text: 'a', site: 'slack', kind: 'dm' },
        { text: 'b', site: 'text' },
      ],
    });
  });

  it('names the bad field the way every Clearsend import does: [n] for positions, dots for keys', () => {
    const bad = readDrafts('a.json', '[{"text":"a"},{"text":"b","site":"teams"}]');
    expect(bad.ok ? '' : bad.error).toMatch(/^\[1\]\.site: /);
    const missing = readDrafts('a.json', '{"site":"gmail"}');
    expect(missing.ok ? '' : missing.error).toMatch(/^text: /);
    const top = readDrafts('a.json', '"just a string"');
    expect(top.ok ? '' : top.error).toMatch(/^\(top level\): /);
  });

  it('reads mail-style headers and refuses a site or kind it does not know', () => {
    const mail = readDrafts('m.txt', 'To: a@x.com, b@x.com\nSubject: Q3\n\nCan you send it?');
    expect(mail).toEqual({
      ok: true,
      drafts: [
        {
          text: 'Can you send it?',
          site: 'gmail',
          kind: 'email',
          subject: 'Q3',
          recipients: ['a@x.com', 'b@x.com'],
        },
      ],
      firstLine: 4,
    });
    expect(readDrafts('m.txt', 'Site: teams\n\nbody')).toEqual({
      ok: false,
      error: 'Site: expected one of gmail, slack, notion, text',
    });
    expect(readDrafts('m.txt', 'Kind: memo\n\nbody').ok).toBe(false);
  });
});
