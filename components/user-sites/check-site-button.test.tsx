// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { checkSiteAction } from './check-site-action';

// Headless Chromium cannot answer the browser's permission prompt (tests/e2e/user-sites.e2e.ts takes over once
// the origin is granted), so the popup's side of the request is pinned here: what it asks for and what it says.
const sent = vi.fn();
const onUserSites = vi.fn();

beforeEach(() => {
  fakeBrowser.reset();
  sent.mockReset();
  onUserSites.mockReset();
  vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    sent(message);
    return { ok: true, value: { sites: ['https://github.com'] } };
  });
});

async function show(url: string, userSites: string[] = []): Promise<HTMLElement> {
  const root = document.createElement('div');
  const node = checkSiteAction.render({ tabId: 7, url, userSites: userSites as never, onUserSites });
  await act(() => render(node, root));
  return root;
}

const settle = () => act(() => new Promise((done) => setTimeout(done, 10)));

describe('the popup’s "Check messages on this site"', () => {
  it('is offered on an https page Clearsend does not check, and nowhere else', async () => {
    expect((await show('https://github.com/acme/launch/issues/12')).textContent).toContain(
      'Check messages on this site',
    );
    for (const url of [
      'https://mail.google.com/mail/u/0/',
      'http://intranet.local/compose',
      'chrome://extensions/',
    ])
      expect((await show(url)).querySelector('button')).toBeNull();
    expect(
      (await show('https://github.com/acme', ['https://github.com'])).querySelector('button'),
    ).toBeNull();
  });

  it('on a site Clearsend has notes for, says what it knows there; elsewhere it offers the button alone', async () => {
    expect((await show('https://outlook.office.com/mail/inbox')).querySelector('.offer')?.textContent).toBe(
      'Clearsend knows Outlook on the web: it reads the To and Cc lines and leaves the quoted thread out.',
    );
    expect((await show('https://teams.cloud.microsoft/v2/')).querySelector('.offer')?.textContent).toBe(
      'Clearsend knows Microsoft Teams: it tells a channel post from a chat and a reply.',
    );
    expect((await show('https://github.com/acme/launch/issues/12')).querySelector('.offer')).toBeNull();
  });

  it('asks for that one origin in the click and says so while the prompt is open; nothing is registered yet', async () => {
    let answer: ((granted: boolean) => void) | undefined;
    const request = vi
      .spyOn(browser.permissions, 'request')
      .mockImplementation(() => new Promise<boolean>((resolve) => (answer = resolve)));
    const root = await show('https://github.com/acme/launch/issues/12');
    await act(async () => root.querySelector('button')?.click());
    expect(request).toHaveBeenCalledWith({ origins: ['https://github.com/*'] });
    expect(root.querySelector('[role=status]')?.textContent).toBe(
      "Allow Clearsend to read github.com in the browser's prompt.",
    );
    expect(sent).not.toHaveBeenCalled();
    answer?.(true);
    await settle();
    expect(sent).toHaveBeenCalledWith({
      clearsend: 1,
      type: 'enableSite',
      payload: { origin: 'https://github.com', tabId: 7 },
    });
    expect(onUserSites).toHaveBeenCalledWith(['https://github.com']);
  });

  it('refused at the prompt, it turns nothing on and says why', async () => {
    vi.spyOn(browser.permissions, 'request').mockResolvedValue(false as never);
    const root = await show('https://github.com/acme/launch/issues/12');
    await act(async () => root.querySelector('button')?.click());
    await settle();
    expect(sent).not.toHaveBeenCalled();
    expect(root.querySelector('[role=status]')?.textContent).toBe(
      'Not turned on: the browser did not allow Clearsend on github.com.',
    );
  });
});
