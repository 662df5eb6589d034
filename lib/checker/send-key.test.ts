import { describe, expect, it } from 'vitest';
import { sameDraft, sendKey } from './send-key';

const draft = {
  text: 'Can you review the plan by Fri 27 Nov?',
  site: 'slack' as const,
  kind: 'channel' as const,
  channel: 'launch',
};

describe('send keys', () => {
  it('gives the click and the shortcut of one send the same key', () => {
    const t = Date.parse('2026-11-25T10:00:05Z');
    expect(sendKey(draft, t)).toBe(sendKey({ ...draft }, t + 20_000));
  });

  it('tells different messages, places and minutes apart', () => {
    const t = Date.parse('2026-11-25T10:00:05Z');
    const keys = new Set([
      sendKey(draft, t),
      sendKey({ ...draft, text: 'Thanks!' }, t),
      sendKey({ ...draft, channel: 'general' }, t),
      sendKey(draft, t + 60_000),
    ]);
    expect(keys.size).toBe(4);
  });

  it('never carries the message text', () => {
    expect(sendKey(draft)).not.toContain('review');
  });
});

describe('sameDraft', () => {
  it('sees a new recipient as a different draft, and an unknown list apart from an empty one', () => {
    const email = { text: 'Hi', site: 'gmail' as const, recipients: ['a@x.io'] };
    expect(sameDraft(email, { ...email, recipients: ['a@x.io'] })).toBe(true);
    expect(sameDraft(email, { ...email, recipients: ['a@x.io', 'b@x.io'] })).toBe(false);
    expect(sameDraft({ ...email, recipients: [] }, { ...email, recipients: undefined })).toBe(false);
  });
});
