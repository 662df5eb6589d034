import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DEFAULT_SETTINGS, settingsItem } from '../settings/item';
import { createAnalysisHandlers } from './analysis-service';

const draft = {
  text: 'Can someone send me the numbers ASAP?',
  site: 'slack' as const,
  kind: 'channel' as const,
  now: '2026-11-25T10:00:00-08:00',
};

describe('the background analysis service', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await settingsItem.setValue(DEFAULT_SETTINGS);
  });

  it('follows a rule the writer turns off, from the next analysis on', async () => {
    const handlers = createAnalysisHandlers();
    const rules = async () => (await handlers.analyze!({ draft })).findings.map((f) => f.rule).sort();
    expect(await rules()).toEqual(['no-owner', 'vague-deadline']);
    expect(await rules()).toEqual(['no-owner', 'vague-deadline']);
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, disabledRules: ['vague-deadline'] });
    expect(await rules()).toEqual(['no-owner']);
  });

  it('keeps sites apart: a DM needs no owner', async () => {
    const handlers = createAnalysisHandlers();
    await handlers.analyze!({ draft });
    const dm = await handlers.analyze!({ draft: { ...draft, kind: 'dm' } });
    expect(dm.findings.map((f) => f.rule)).toEqual(['vague-deadline']);
  });
});
