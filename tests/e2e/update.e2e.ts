import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HOST_URLS } from '../fixtures/routes';
import { launchWithExtension, REPEATS, type Session, typeLikeUser } from './harness';
import { CLEAR_QUESTION, VAGUE_GROUP_ASK } from './inline-suite';
import { badges, totalMarks, waitForBadge } from './overlay';

declare const chrome: { runtime: { reload(): void } };

const GMAIL_EDITOR = '[role="dialog"] [g_editable="true"]';

/** Reloads the extension as `chrome://extensions` does (an update is the same for open tabs), and waits for it. */
async function reloadExtension(session: Session): Promise<void> {
  const page = await session.extensionPage('popup.html');
  // The extension's pages close as it unloads; that is the sign the reload happened.
  const closed = page.waitForEvent('close');
  await page.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
  await closed;
}

describe('after the extension is reloaded with a draft open (issue 11.4)', REPEATS, () => {
  let session: Session;
  // Each run is its own install: a second reload within seconds in one headless Chromium here sometimes never
  // brings the extension back at all (no worker, its pages blocked), which is the browser's, not this test's.
  beforeEach(async () => {
    session = await launchWithExtension();
  });
  afterEach(() => session?.close());

  it('the open tab keeps checking with the new script, with one badge per box and no error', async () => {
    const page = await session.openHost(HOST_URLS.gmailInbox);
    await typeLikeUser(page, GMAIL_EDITOR, VAGUE_GROUP_ASK);
    const before = await waitForBadge(page, /^Clearsend: [2-9] suggestions/);
    const boxes = (await badges(page)).length;
    const marks = await totalMarks(page);
    // What the page can see of us: the element after the editor. The old copy must take it away.
    await page.evaluate(keepOurElement, GMAIL_EDITOR);
    await reloadExtension(session);
    // A new copy drew its own element, and reads the draft already there: the same finding, once.
    await expect.poll(() => page.evaluate(ourElementReplaced, GMAIL_EDITOR), { timeout: 20_000 }).toBe(true);
    await expect
      .poll(async () => (await badges(page)).map((b) => b.name), { timeout: 10_000 })
      .toContain(before.name);
    expect(await badges(page)).toHaveLength(boxes);
    expect(await totalMarks(page)).toBe(marks);
    // And it keeps up with typing: only a live script can see the new text.
    await page.locator(GMAIL_EDITOR).first().focus();
    await page.keyboard.press('Control+a');
    await page.keyboard.type(CLEAR_QUESTION);
    await expect.poll(() => totalMarks(page), { timeout: 5000 }).toBe(0);
    await waitForBadge(page, /^Clearsend: looks clear/);
    expect(await badges(page)).toHaveLength(boxes);
    expect(session.pageErrors).toEqual([]);
    await page.close();
  });
});

function keepOurElement(editor: string): void {
  const w = window as unknown as { __ours?: Element | null };
  w.__ours = document.querySelector(editor)?.nextElementSibling ?? null;
}

function ourElementReplaced(editor: string): boolean {
  const w = window as unknown as { __ours?: Element | null };
  const now = document.querySelector(editor)?.nextElementSibling;
  return !!w.__ours && !w.__ours.isConnected && !!now && now !== w.__ours && now.tagName === 'DIV';
}
