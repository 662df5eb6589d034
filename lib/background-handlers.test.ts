import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { backgroundHandlers } from './background-handlers';
import { combineHandlers } from './messaging';

describe('the background router', () => {
  beforeEach(() => fakeBrowser.reset());

  it('refuses two handlers for one message type, naming it', () => {
    const wake = () => ({ awake: true as const });
    expect(() => combineHandlers({ wake }, { analyze: () => Promise.reject() }, { wake })).toThrow(
      'two handlers answer "wake"',
    );
  });

  it("answers the protocol's background messages, each from exactly one part", () => {
    // openPanel and tabStatus go the other way: the content script answers them.
    expect(Object.keys(backgroundHandlers()).sort()).toEqual([
      'analyze',
      'disableSite',
      'enableSite',
      'listSites',
      'recordSend',
      'reviewPage',
      'setRuleOff',
      'settings',
      'wake',
    ]);
  });
});
