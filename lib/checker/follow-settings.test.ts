import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { deliverOwnMessages } from '../../tests/helpers/own-messages';
import { handleMessages, sendMessage } from '../messaging';
import { settingsHandlers } from '../settings/background';
import { DEFAULT_SETTINGS, type Settings, settingsItem } from '../settings/item';
import { followSettings } from './follow-settings';

describe("a content script's settings, through the background", () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    (fakeBrowser.runtime as { id: string }).id = 'clearsend-id';
    await settingsItem.setValue(DEFAULT_SETTINGS);
    handleMessages(settingsHandlers);
    deliverOwnMessages();
  });

  it('starts from the stored settings and follows each change until its page goes away', async () => {
    const seen: Settings[] = [];
    const controller = new AbortController();
    expect(await followSettings((s) => seen.push(s), controller.signal)).toEqual(DEFAULT_SETTINGS);
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, paused: true });
    await expect.poll(() => seen.at(-1)?.paused).toBe(true);
    controller.abort();
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, timezone: 'Europe/Oslo' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen.map((s) => s.timezone)).not.toContain('Europe/Oslo');
  });

  it("writes a card's Turn off this rule and its undo in the background, keeping the other rules off", async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, disabledRules: ['long-sentence'] });
    expect(await sendMessage('setRuleOff', { ruleId: 'no-owner', off: true })).toEqual({
      disabledRules: ['long-sentence', 'no-owner'],
    });
    await sendMessage('setRuleOff', { ruleId: 'no-owner', off: false });
    expect((await settingsItem.getValue()).disabledRules).toEqual(['long-sentence']);
  });
});
