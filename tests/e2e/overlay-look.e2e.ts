import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOST_URLS } from '../fixtures/routes';
import { panelLook } from './closed-roots';
import { launchWithExtension, REPEATS, type Session, typeLikeUser } from './harness';
import { badges, openPanel, press, waitForBadge, waitForButton } from './overlay';
import { axeOverlay, examined, type OverlayAxe } from './overlay-axe';
import type { Scheme } from './surfaces';

// The gallery's draft: an unowned ask (owner chips in Gmail, a checklist row), "as discussed" twice (a grouped card
// with previous / next), "ASAP" (the date chips).
const DRAFT =
  'Hi all, as discussed, can someone send me the updated launch numbers ASAP? As discussed, Finance needs them for the forecast.';

/**
 * The overlay's palette follows the compose area's own background, else the OS (lib/overlay/theme.ts). Slack's and
 * Notion's fixtures paint none behind the composer, so the OS scheme decides there; Gmail's compose is opaque white
 * (light whatever the OS says), so dark there is Gmail's own dark theme, which the fixture lacks: painted here.
 */
const HOSTS = [
  {
    name: 'Gmail',
    url: HOST_URLS.gmailInbox,
    editor: '[role="dialog"] [g_editable="true"]',
    darkTheme: '.dw .nH.Hd, .M9 { background: #202124 !important; color: #e8eaed !important; }',
  },
  {
    name: 'Slack',
    url: HOST_URLS.slackChannel,
    editor: '[data-qa="message_input"][data-view-context="message-pane"] .ql-editor',
  },
  {
    name: 'Notion',
    url: HOST_URLS.notionPage,
    editor: '.notion-page-content > [data-block-id]:last-child [data-content-editable-leaf="true"]',
  },
] as const;
const SCHEMES: Scheme[] = ['light', 'dark'];

type Examined = [rule: string, what: string, html: RegExp][];
/** What axe must have decided about (a pass or a violation), so a run cannot pass by looking at nothing. */
const OPEN_PANEL: Examined = [
  ['button-name', 'the badge', /^<button[^>]* class="badge /],
  ['aria-dialog-name', 'the panel', /role="dialog"/],
  ['color-contrast', "the badge's score", /^<span aria-hidden="true">\d+<\/span>$/],
  ['color-contrast', 'the panel title', /^<h2>Clarity score \d+ of 100<\/h2>$/],
  ['color-contrast', "a card's message", /^<p class="message">/],
  ['color-contrast', 'a date chip', /^<button type="button" class="fix">by /],
  ['color-contrast', 'a checklist value', /^<dd>vague \(“ASAP”\)<\/dd>$/],
];
const AFTER_IGNORE: Examined = [
  ['color-contrast', 'the Undo button', /^<button type="button">Undo<\/button>$/],
];

/** Whether a CSS colour is dark (relative luminance below that of mid-grey). */
function isDark(color: string): boolean {
  const [r = 0, g = 0, b = 0] = (color.match(/[\d.]+/g) ?? []).map(Number);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255 < 0.45;
}

/** axe over the open panel, then again once "Ignore here" has put its Undo line at the panel's top. */
async function overlayIn(
  session: Session,
  host: (typeof HOSTS)[number],
  scheme: Scheme,
): Promise<[OverlayAxe, OverlayAxe]> {
  const page: Page = await session.openHost(host.url);
  try {
    await page.emulateMedia({ colorScheme: scheme });
    if (scheme === 'dark' && 'darkTheme' in host) await page.addStyleTag({ content: host.darkTheme });
    // Its first words typed key by key, the rest in one insertText as a paste arrives: a second, not two, per tab.
    await typeLikeUser(page, host.editor, DRAFT.slice(0, 8));
    await page.keyboard.insertText(DRAFT.slice(8));
    const shown = await openPanel(page, await waitForBadge(page, /^Clearsend: [1-9]\d* suggestions/));
    const open = await axeOverlay(page);
    // The summary heads the panel, and the two "as discussed" are one card that steps from the first to the second.
    expect(shown).toContain('1 ask · 1 without an owner · 1 with a vague deadline');
    expect(shown).toContain('“as discussed” — 2 times');
    await waitForButton(page, 'Previous (this is the first)');
    await press(page, /^Next: 2 of 2$/);
    await waitForButton(page, 'Previous: 1 of 2');
    await waitForButton(page, 'Next (this is the last)');
    await press(page, /^Ignore here$/);
    await waitForButton(page, 'Undo');
    return [open, await axeOverlay(page)];
  } finally {
    await page.close();
  }
}

/** The OS's scheme, as the browser reports it to the page. */
const osScheme = (page: Page, scheme: Scheme) => page.emulateMedia({ colorScheme: scheme });

/**
 * The OS (or the page) switches scheme while the panel is open, and nothing is typed: the panel must be drawn in the
 * new scheme at once, not at the next analysis. On Slack the OS decides (its fixture paints nothing behind the
 * composer); on Gmail the page's own CSS follows the OS, or its own switch (a class on <body>), and repaints the
 * compose window, and the overlay follows the page.
 */
async function switchWhileOpen(
  session: Session,
  host: (typeof HOSTS)[number],
  pageCss?: string,
  switchTo: (page: Page, scheme: Scheme) => Promise<void> = osScheme,
): Promise<void> {
  const page = await session.openHost(host.url);
  try {
    await page.emulateMedia({ colorScheme: 'light' });
    if (pageCss) await page.addStyleTag({ content: pageCss });
    await page.locator(host.editor).click();
    await page.keyboard.insertText(DRAFT);
    await openPanel(page, await waitForBadge(page, /^Clearsend: [1-9]\d* suggestions/));
    const drawn = async () => {
      const look = await panelLook(page);
      return look && { theme: look.theme, dark: isDark(look.background), lightText: !isDark(look.color) };
    };
    for (const scheme of ['light', 'dark', 'light'] as Scheme[]) {
      await switchTo(page, scheme);
      const dark = scheme === 'dark';
      await expect
        .poll(drawn, { timeout: 1000, message: `${host.name}: the open panel after going ${scheme}` })
        .toEqual({ theme: scheme, dark, lightText: dark });
    }
    // Nothing asked for a new analysis: the badge still shows the score it had, not "checking".
    expect((await badges(page)).map((badge) => badge.name)).toEqual([
      expect.stringMatching(/^Clearsend: [1-9]\d* suggestions/),
    ]);
  } finally {
    await page.close();
  }
}

function expectClean(where: string, run: OverlayAxe, mustExamine: Examined): void {
  expect({ where, serious: run.serious }).toEqual({ where, serious: [] });
  const missed = mustExamine
    .filter(([rule, , html]) => !examined(run.results, rule, html))
    .map(([rule, what]) => `${rule} on ${what}`);
  expect({ where, missed }).toEqual({ where, missed: [] });
}

describe('the overlay on each host, light and dark: axe-core inside its closed shadow root', REPEATS, () => {
  let session: Session;
  beforeAll(async () => {
    session = await launchWithExtension();
  });
  afterAll(async () => {
    await session?.close();
  });

  for (const host of HOSTS)
    it(`${host.name}: badge, cards, date chips, checklist and Undo have no serious or critical violation; the summary heads the panel, a grouped card steps through its words`, async () => {
      for (const scheme of SCHEMES) {
        const where = `${host.name} (${scheme})`;
        const [open, ignored] = await overlayIn(session, host, scheme);
        expectClean(where, open, OPEN_PANEL);
        expectClean(`${where}, after "Ignore here"`, ignored, AFTER_IGNORE);
        // The palette axe checked is the scheme's, as the overlay chose it and as the panel is drawn.
        expect({ where, theme: open.panel?.theme, dark: isDark(open.panel?.background ?? '') }).toEqual({
          where,
          theme: scheme,
          dark: scheme === 'dark',
        });
      }
      expect(session.offHostRequests).toEqual([]);
      expect(session.pageErrors).toEqual([]);
    });

  it('an open panel takes the OS switching between light and dark at once, with nothing typed', async () => {
    const [gmail, slack] = HOSTS;
    await switchWhileOpen(session, slack);
    const gmailFollowsOs = `@media (prefers-color-scheme: dark) { ${gmail.darkTheme} }`;
    await switchWhileOpen(session, gmail, gmailFollowsOs);
    expect(session.pageErrors).toEqual([]);
  });

  it('an open panel takes the page switching its own theme (a class on <body>) at once, with nothing typed', async () => {
    const [gmail] = HOSTS;
    // Gmail's dark compose, painted while <body> has the page's own class (CSS nesting).
    const onBodyClass = `body.dark-theme { ${gmail.darkTheme} }`;
    await switchWhileOpen(session, gmail, onBodyClass, (page, scheme) =>
      page.evaluate((dark) => {
        document.body.classList.toggle('dark-theme', dark);
      }, scheme === 'dark'),
    );
    expect(session.pageErrors).toEqual([]);
  });

  it("an open panel on a Notion page takes Notion's own theme switch (the class of .notion-app-inner) at once", async () => {
    const notion = HOSTS[2];
    // Notion's colours are custom properties of its theme classes (#ffffff and #191919 for the page), consumed by
    // inline styles such as the frame's background; the fixture paints none, so they are painted here.
    const themeColours = [
      '.notion-light-theme { --c-bacPri: #ffffff; }',
      '.notion-dark-theme { --c-bacPri: #191919; }',
      '.notion-frame { background: var(--c-bacPri); }',
    ].join('\n');
    // Dark: <body class="notion-body dark"> around .notion-app-inner.notion-dark-theme (Notion-Boost's HELP.md). The
    // body's class comes first here and the app's in a later task, as a framework's render may: watching <body>
    // alone read the page while it was still light.
    await switchWhileOpen(session, notion, themeColours, (page, scheme) =>
      page.evaluate(async (dark) => {
        document.body.classList.toggle('dark', dark);
        await new Promise((resolve) => setTimeout(resolve, 50));
        const app = document.querySelector('.notion-app-inner')!;
        app.classList.toggle('notion-dark-theme', dark);
        app.classList.toggle('notion-light-theme', !dark);
      }, scheme === 'dark'),
    );
    expect(session.pageErrors).toEqual([]);
  });
});
