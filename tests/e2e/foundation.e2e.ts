import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOST_PAGES, HOST_URLS } from '../fixtures/routes';
import { badgeNames, waitForAx } from './ax';
import { launchWithExtension, REPEATS, type Session, typeLikeUser } from './harness';

// The same Gmail compose markup served at a site Clearsend has no business on: the manifest's match patterns,
// not the page's shape, decide where the content scripts run.
const LOOKALIKE = 'https://example.com/mail/u/0/';

describe('the built extension in Chromium', REPEATS, () => {
  let session: Session;
  beforeAll(async () => {
    session = await launchWithExtension({
      serve: (url) => (url.href.startsWith(LOOKALIKE) ? HOST_PAGES.gmailInbox : null),
    });
  });
  afterAll(() => session?.close());

  // A box shows its badge once it holds text: the writer types, and the badge appears by that box.
  it.each([
    ['Gmail', HOST_URLS.gmailInbox, '.AO [g_editable=true]', { x: 20, y: 10 }],
    ['Slack', HOST_URLS.slackChannel, '[data-qa="message_input"] .ql-editor', undefined],
  ] as const)('starts on %s and puts a badge by its compose box', async (_site, url, editor, at) => {
    const page = await session.openHost(url);
    await typeLikeUser(page, page.locator(editor).first(), 'Can you send the deck by Fri 27 Nov?', {
      ...(at ? { at } : {}),
    });
    await waitForAx(
      page,
      (nodes) => nodes.some((n) => n.role === 'button' && n.name.startsWith('Clearsend:')),
      { what: 'a Clearsend badge' },
    );
    await page.close();
  });

  it('starts on Notion and puts a badge by the page being written', async () => {
    const page = await session.openHost(HOST_URLS.notionPage);
    await waitForAx(
      page,
      (nodes) => nodes.some((n) => n.role === 'button' && n.name.startsWith('Clearsend:')),
      { what: 'a Clearsend badge' },
    );
    await page.close();
  });

  it('stays off a page that only looks like Gmail', async () => {
    const page = await session.openHost(LOOKALIKE);
    await page.locator('[g_editable=true]').first().waitFor();
    await page.waitForTimeout(1500);
    expect(await badgeNames(page)).toEqual([]);
    await page.close();
  });

  it.each(['popup.html', 'options.html', 'report.html'])('opens %s and renders it', async (path) => {
    const page = await session.extensionPage(path);
    const heading = page.getByRole('heading', { level: 1 }).first();
    await heading.waitFor();
    expect((await heading.textContent())?.trim()).not.toBe('');
    expect(await page.title()).toMatch(/Clearsend/);
    expect(session.pageErrors).toEqual([]);
    await page.close();
  });

  it('makes no network request of its own and throws nothing into any page', () => {
    expect(session.offHostRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
