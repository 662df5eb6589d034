import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { textHasher } from './text-hash';
import { textSalt, textSaltItem } from './text-salt';

const SALT = 'a1'.repeat(32);

describe("a message text's salted hash", () => {
  beforeEach(() => fakeBrowser.reset());

  it('is the same for the same words however they are spaced and cased, and is not the text', async () => {
    const hash = textHasher(SALT);
    const sent = await hash('Can you sign it off by Thu 27 Nov?');
    expect(sent).toMatch(/^[0-9a-f]{32}$/);
    expect(await hash('can you\nsign it off  by Thu 27 Nov')).toBe(sent);
    expect(await hash('Can you sign it off by Fri 28 Nov?')).not.toBe(sent);
  });

  it('differs under another salt, so a hash says nothing without this install’s salt', async () => {
    const text = 'Thanks!';
    expect(await textHasher(SALT)(text)).not.toBe(await textHasher('b2'.repeat(32))(text));
  });

  it('is none for a text with no words', async () => {
    expect(await textHasher(SALT)('👍 …')).toBeUndefined();
  });

  it('the salt is made once per install, 32 random bytes, and kept', async () => {
    expect(await textSaltItem.getValue()).toBeNull();
    const salt = await textSalt();
    expect(salt).toMatch(/^[0-9a-f]{64}$/);
    expect(await textSalt()).toBe(salt);
    expect(await textSaltItem.getValue()).toBe(salt);
    fakeBrowser.reset();
    expect(await textSalt()).not.toBe(salt);
  });
});
