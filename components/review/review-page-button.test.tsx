// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { reviewPageAction } from './review-page-action';

const sent = vi.fn();

beforeEach(() => {
  fakeBrowser.reset();
  sent.mockReset();
  vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    sent(message);
    return { ok: true, value: { reviewId: 'r1' } };
  });
  vi.spyOn(window, 'close').mockImplementation(() => undefined);
});

async function press(tabId?: number): Promise<HTMLElement> {
  const root = document.createElement('div');
  await act(() => render(reviewPageAction.render({ tabId }), root));
  await act(async () => root.querySelector('button')?.click());
  await act(() => new Promise((done) => setTimeout(done, 10)));
  return root;
}

describe('the popup’s Review this page action', () => {
  it('asks the background to review the popup’s tab', async () => {
    await press(42);
    expect(sent).toHaveBeenCalledWith({ clearsend: 1, type: 'reviewPage', payload: { tabId: 42 } });
    expect(window.close).toHaveBeenCalled();
  });

  it('shows why when the review could not start', async () => {
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async () => ({
      ok: false,
      error: 'No tab to review.',
    }));
    const root = await press(42);
    expect(root.querySelector('[role=alert]')?.textContent).toBe('No tab to review.');
  });
});
