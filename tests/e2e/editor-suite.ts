import { expect, it } from 'vitest';
import type { EditorPage } from '../fixtures/routes';
import { EDITOR_ORIGINS, EDITOR_PAGES, SITE_ORIGINS } from '../fixtures/routes';
import { launchChromium } from './driver/chromium';
import { openPanel, totalMarks, waitForBadge, waitForNoBadge } from './driver/seen';
import type { BrowserUnderTest, HostTab, TypeOptions } from './driver/types';
import { historyEntries } from './history-entries';
import { basicSuggestionSuite, type SharedCheck, VAGUE_GROUP_ASK } from './inline-suite';

/** One editor family's page, as the shared suites need it. */
export interface EditorUnderTest {
  page: EditorPage;
  /** How the page sends: a key, or a click on its button. */
  send: { key: string } | { click: string };
  /** Enter sends on chat-style pages, so multi-line drafts use Shift+Enter there. */
  newline: NonNullable<TypeOptions['newline']>;
}

type ChromiumUnderTest = Awaited<ReturnType<typeof launchChromium>>;

const hostOf = (family: EditorUnderTest) => new URL(EDITOR_PAGES[family.page].url).host;

/** A browser where the user granted the fixture origins and turned Clearsend on for each of `families`' sites. */
export function launchWithSitesOn(families: readonly EditorUnderTest[]): Promise<ChromiumUnderTest> {
  return launchWithPagesOn(families.map((family) => EDITOR_PAGES[family.page].url));
}

/** The same for any fixture pages: Clearsend turned on, in the popup, for the site of each of `urls`. */
export async function launchWithPagesOn(urls: readonly string[]): Promise<ChromiumUnderTest> {
  const browser = await launchChromium({ grantOrigins: [...EDITOR_ORIGINS, ...SITE_ORIGINS] });
  for (const url of urls) {
    const tab = await browser.openHost(url);
    const popup = await browser.openPopupFor(tab);
    await popup.pressButton('Check messages on this site');
    await popup.text('.status.active');
    await popup.close();
    await tab.close();
  }
  return browser;
}

const hostText = (tab: HostTab, selector: string) =>
  tab.evaluate(
    new Function(
      `const e = document.querySelector(${JSON.stringify(selector)}); return e.value ?? e.innerText;`,
    ) as () => string,
  );
const outerHtml = (tab: HostTab, selector: string) =>
  tab.evaluate(
    new Function(`return document.querySelector(${JSON.stringify(selector)}).outerHTML;`) as () => string,
  );

/**
 * An editor family passes the checks the built-in hosts pass (`shared`: those whose code path differs per
 * family; all when absent), and the one only a new site needs.
 */
export function editorSuite(
  family: EditorUnderTest,
  browser: () => ChromiumUnderTest,
  shared?: readonly SharedCheck[],
): void {
  const { url, editor } = EDITOR_PAGES[family.page];
  basicSuggestionSuite(
    {
      name: hostOf(family),
      url,
      editor,
      frame: editor,
      newline: family.newline,
      untouchedBadges: 0,
      // Tab leaves the box for the page's next control on every editor page (none of them indents on Tab).
      tabLeavesText: true,
      hostDraft: (tab) => hostText(tab, editor),
    },
    browser as () => BrowserUnderTest,
    shared,
  );

  it(`${family.page}: nothing is written into the page's editor; a send is recorded under the site's origin`, async () => {
    const tab = await browser().openHost(url);
    await tab.type(editor, VAGUE_GROUP_ASK, { newline: family.newline });
    const typed = await outerHtml(tab, editor);
    const badge = await waitForBadge(tab, /^Clearsend: [2-9] suggestions/);
    expect(await totalMarks(tab)).toBeGreaterThanOrEqual(2);
    await openPanel(tab, badge);
    expect(await outerHtml(tab, editor)).toBe(typed);
    await tab.focus(editor);
    if ('key' in family.send) await tab.press(family.send.key);
    else await tab.click(family.send.click);
    await expect
      .poll(() => tab.evaluate(() => (window as unknown as { __sent: string[] }).__sent))
      .toEqual([VAGUE_GROUP_ASK]);
    const origin = new URL(url).origin;
    await expect
      .poll(async () => (await historyEntries(browser().session)).filter((e) => e.site === origin).length)
      .toBeGreaterThanOrEqual(1);
    await waitForNoBadge(tab);
    expect(browser().offHostRequests).toEqual([]);
    expect(browser().pageErrors).toEqual([]);
    await tab.close();
  });
}
