import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { handleMessages } from './messaging';

const draft = { text: 'Can you send it?', site: 'slack' as const };
const report = {
  score: 90,
  facts: { asks: [], deadlines: [], mentions: [], references: [] },
  findings: [],
  checklist: [],
};
const envelope = { clearsend: 1, type: 'analyze', payload: { draft } };

describe('the message protocol', () => {
  let stop: () => void;
  beforeEach(() => {
    fakeBrowser.reset();
    (fakeBrowser.runtime as { id: string }).id = 'clearsend-id';
    stop = handleMessages({ analyze: ({ draft: d }) => ({ ...report, score: d.text.length }) });
  });
  afterEach(() => stop());

  it('answers this extension’s own pages and content scripts', async () => {
    const answers = await fakeBrowser.runtime.onMessage.trigger(envelope, { id: 'clearsend-id' });
    expect(answers).toContainEqual({ ok: true, value: { ...report, score: draft.text.length } });
  });

  it('ignores another extension, or a sender that gives no id, so no draft text or finding leaks out', async () => {
    for (const sender of [{ id: 'someone-else' }, {}]) {
      const answers = await fakeBrowser.runtime.onMessage.trigger(envelope, sender);
      expect(answers.filter(Boolean)).toEqual([]);
    }
  });

  it('ignores messages that are not ours and types it has no handler for', async () => {
    const sender = { id: 'clearsend-id' };
    expect(
      (await fakeBrowser.runtime.onMessage.trigger({ type: 'analyze' }, sender)).filter(Boolean),
    ).toEqual([]);
    const unknown = { clearsend: 1, type: 'recordSend', payload: {} };
    expect((await fakeBrowser.runtime.onMessage.trigger(unknown, sender)).filter(Boolean)).toEqual([]);
  });

  it('turns a failing handler into an error answer instead of a silent hang', async () => {
    stop();
    stop = handleMessages({
      analyze: () => {
        throw new Error('settings are unreadable');
      },
    });
    const answers = await fakeBrowser.runtime.onMessage.trigger(envelope, { id: 'clearsend-id' });
    expect(answers).toContainEqual({ ok: false, error: 'settings are unreadable' });
  });
});
