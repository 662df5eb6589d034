import { describe, expect, it } from 'vitest';
import { statusLine } from './status-line';

const running = { paused: false, pausedSites: [] };

describe("the popup's status line for the tab", () => {
  it('counts the compose boxes being checked', () => {
    expect(statusLine('gmail', running, { boxes: 2, missedEditor: false })).toBe('Checking 2 compose boxes');
    expect(statusLine('slack', running, { boxes: 1, missedEditor: false })).toBe('Checking 1 compose box');
  });

  it('says when no compose box is open', () => {
    expect(statusLine('gmail', running, { boxes: 0, missedEditor: false })).toBe('No compose box open');
  });

  it('says when the writer is in a text field the adapter cannot see: the site may have changed', () => {
    expect(statusLine('gmail', running, { boxes: 0, missedEditor: true })).toBe(
      "Clearsend can't find Gmail's compose box on this page — Gmail may have changed",
    );
    // A box found later wins: the adapter did find one.
    expect(statusLine('notion', running, { boxes: 1, missedEditor: false })).toBe('Checking 1 compose box');
  });

  it('pauses come first, whatever the page says', () => {
    const seen = { boxes: 2, missedEditor: false };
    expect(statusLine('slack', { paused: false, pausedSites: ['slack'] }, seen)).toBe('Paused on Slack');
    expect(statusLine('slack', { paused: true, pausedSites: [] }, seen)).toBe(
      'Paused everywhere, so not checking Slack.',
    );
  });

  it('off the hosts, or with no content script to ask, it says only what the settings say', () => {
    expect(statusLine(null, running, null)).toMatch(/^Not active on this page/);
    expect(statusLine('notion', running, null)).toBe('Checking your messages on Notion.');
  });
});
