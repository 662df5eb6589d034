import { expect, it } from 'vitest';
import { badges, openPanel, press, totalMarks, waitForBadge, waitForNoBadge } from './driver/seen';
import type { BrowserName, BrowserUnderTest, HostTab, Rect, TypeOptions } from './driver/types';
import type { ScrollCase } from './inline-scroll';

/**
 * What every host must do the same way (Harper's "basic suggestion works on <editor>"): the shared part of
 * each site's e2e file, in whichever browser the driver runs. Each site supplies where to type and how to read its
 * own idea of the draft.
 */
export interface HostUnderTest {
  /** The site's name as the popup says it ("Gmail", or a host name for a site the user turned on). */
  name: string;
  url: string;
  /** The editor to type into, as a CSS selector (its first match). */
  editor: string;
  /** Slack sends on Enter, so multi-line drafts use Shift+Enter there. */
  newline: NonNullable<TypeOptions['newline']>;
  /** The element the badge must sit inside once `editor` is written in (the editor, or Notion's block). */
  frame: string;
  /** Badges on the page before anyone writes: none on an empty box (Notion's page holds text, so it has one). */
  untouchedBadges: number;
  /**
   * Tab leaves the text for the page's next control, so the badge must be that next stop. Not on a Notion page:
   * there Tab indents the block (Notion cancels it, and the overlay leaves a cancelled Tab alone).
   */
  tabLeavesText: boolean;
  /** The host's own record of the draft (its model, or what it would send), to check a fix reached it. */
  hostDraft(tab: HostTab): Promise<string>;
  /**
   * What the host's undo really does with the numbered list, in this browser: how many Ctrl+Z bring the writer's
   * words back, and the draft then (the host's own line breaks may stay behind). Absent: the check is not run
   * (the editor pages of sites a user turns on do not run it yet).
   */
  listUndo?(browser: BrowserName): { presses: number; draft: string };
  /**
   * How many Ctrl+Z take back the buried ask moved to the top (a removal and an insertion, each the host's own
   * steps); absent where the fix is not offered (a Notion page: its top is its title and headings).
   */
  askUndo?(browser: BrowserName): { presses: number };
  /** Where an unowned ask gets the owner fix, each with the people its card must offer. */
  owners?: readonly OwnerCase[];
  /** What scrolls around a long draft in the host's real layout, for `scrollSuite` (inline-scroll.ts). */
  scrolls?: readonly ScrollCase[];
}

/** A box where the page names people an unowned ask could go to, and the buttons its no-owner card shows for them. */
export interface OwnerCase {
  /** Where on the host ("a compose to two people", "a thread"), for the test's title. */
  where: string;
  url: string;
  editor: string;
  /** The card's owner buttons, in the card's order; the first is pressed. */
  chips: readonly string[];
  /** The host's record of this box's draft, when it is not `HostUnderTest.hostDraft` (Slack's thread composer). */
  hostDraft?(tab: HostTab): Promise<string>;
}

export const VAGUE_GROUP_ASK =
  'Can someone send me the updated launch numbers ASAP? Finance needs them for the forecast.';
export const RELATIVE_DATE_ASK = 'Priya, can you review the launch checklist by Friday?';
/** Longer than the checker's idle pause and an analysis: a changed draft would have been re-checked by then. */
export const SETTLE_MS = 1200;

export const inside = (inner: Rect, outer: Rect, slack = 1) =>
  inner.left >= outer.left - slack &&
  inner.top >= outer.top - slack &&
  inner.right <= outer.right + slack &&
  inner.bottom <= outer.bottom + slack;

export const overlaps = (a: Rect, b: Rect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The chip a writer sees today for "ASAP": the coming Friday (next week's from Friday on), read off this clock. */
export function comingFriday(now = new Date()): string {
  const ahead = now.getDay() < 5 ? 5 - now.getDay() : 12 - now.getDay();
  const friday = new Date(now.getFullYear(), now.getMonth(), now.getDate() + ahead);
  const [weekday, month, day] = friday.toDateString().split(' ');
  return `by ${weekday} ${Number(day)} ${month}`;
}

export const STACKED_QUESTIONS =
  'Quick ones: Are we doing Lisbon or Porto? What is the budget per person? Who books the flights?';
export const NUMBERED_QUESTIONS = [
  'Quick ones:',
  '1. Are we doing Lisbon or Porto?',
  '2. What is the budget per person?',
  '3. Who books the flights?',
].join('\n');

/** Over 80 words of background before the request: the ask is buried. */
export const PREAMBLE =
  'We shipped the new billing flow last week and most customers moved over without trouble. '
    .repeat(7)
    .trim();
/** Not a question: it would join the questions below it in one paragraph. */
export const BURIED_ASK = 'Please approve the refund for Cobalt Dental by Fri 4 Dec 5pm CET.';

export const CLEAR_QUESTION = 'Priya, which staging server should we use for the demo?';

/**
 * Presses Ctrl+Z in the editor, as a writer does, until the host's draft holds `wanted`: how many presses that
 * took (0 when ten did not bring it back), so a test states how many steps the host's undo really takes.
 */
async function undoUntil(tab: HostTab, host: HostUnderTest, wanted: string): Promise<number> {
  await tab.focus(host.editor);
  for (let presses = 1; presses <= 10; presses++) {
    await tab.press('Control+z');
    await tab.wait(100);
    if ((await host.hostDraft(tab)).includes(wanted)) return presses;
  }
  return 0;
}

/** Flips the popup's "Pause on <site>" switch for the tab, as the user does. */
export async function setSitePaused(browser: BrowserUnderTest, tab: HostTab, site: string, paused: boolean) {
  const popup = await browser.openPopupFor(tab);
  await popup.setChecked(`Pause on ${site}`, paused);
  await popup.close();
}

/** The suite's checks by name, for a caller that runs only some of them on a host. */
export type SharedCheck =
  | 'marks'
  | 'date-fix'
  | 'date-chip'
  | 'line-fixes'
  | 'tab-order'
  | 'badge-in-box'
  | 'ignore-and-turn-off'
  | 'panel-placement'
  | 'looks-clear'
  | 'paused'
  | 'owner-fix';

/** `only` runs just those checks (all when absent). */
export function basicSuggestionSuite(
  host: HostUnderTest,
  browser: () => BrowserUnderTest,
  only?: readonly SharedCheck[],
): void {
  const check =
    (name: SharedCheck) =>
    (title: string, test: () => Promise<void>): void => {
      if (!only || only.includes(name)) it(title, test);
    };
  const open = async (text: string) => {
    const tab = await browser().openHost(host.url);
    await tab.type(host.editor, text, { newline: host.newline });
    return tab;
  };

  check('marks')(
    `${host.name}: a vague deadline and no owner are marked, counted and explained`,
    async () => {
      const tab = await open(VAGUE_GROUP_ASK);
      const badge = await waitForBadge(tab, /^Clearsend: [2-9] suggestions/);
      expect(await tab.markCounts()).toMatchObject({ 'clearsend-warning': expect.any(Number) });
      expect(await totalMarks(tab)).toBeGreaterThanOrEqual(2);
      // Drawn on the box's own text (a textarea's and a text field's from our mirror laid over it).
      const box = await tab.rect(host.editor);
      expect((await tab.markRects()).filter((mark) => !inside(mark, box))).toEqual([]);
      const text = (await openPanel(tab, badge)).join('\n');
      expect(text).toMatch(/deadline/i);
      expect(text).toMatch(/No owner named/);
      await tab.close();
    },
  );

  check('date-fix')(
    `${host.name}: the date fix changes the host's text, Ctrl+Z undoes it, and the finding goes away`,
    async () => {
      const tab = await open(RELATIVE_DATE_ASK);
      const badge = await waitForBadge(tab, /^Clearsend: 1 suggestion,/);
      await openPanel(tab, badge);
      const label = await press(tab, /^Change to “/);
      const replacement = label.replace(/^Change to “(.*)”$/, '$1');
      await expect.poll(() => host.hostDraft(tab)).toContain(`by ${replacement}`);
      await waitForBadge(tab, /^Clearsend: looks clear/);
      await tab.focus(host.editor);
      await tab.press('Control+z');
      await expect.poll(() => host.hostDraft(tab)).toContain('by Friday');
      await waitForBadge(tab, /^Clearsend: 1 suggestion,/);
      await tab.close();
    },
  );

  check('date-chip')(
    `${host.name}: a date chip replaces "ASAP" in the host's text with the coming Friday, and Ctrl+Z brings it back`,
    async () => {
      const tab = await open(VAGUE_GROUP_ASK);
      await openPanel(tab, await waitForBadge(tab, /^Clearsend: [2-9] suggestions/));
      const chip = comingFriday();
      expect(await press(tab, new RegExp(`^${chip}$`))).toBe(chip);
      await expect.poll(() => host.hostDraft(tab)).toContain(`launch numbers ${chip}?`);
      await expect.poll(async () => (await tab.panelText()).join('\n')).not.toContain('vague (“ASAP”)');
      await tab.focus(host.editor);
      await tab.press('Control+z');
      await expect.poll(() => host.hostDraft(tab)).toContain('launch numbers ASAP?');
      await tab.close();
    },
  );

  for (const owner of host.owners ?? [])
    check('owner-fix')(
      `${host.name}: in ${owner.where} the no-owner card offers ${owner.chips.join(', ')}; the first writes the name into the host's own text, the finding goes, Ctrl+Z brings both back`,
      async () => {
        const tab = await browser().openHost(owner.url);
        await tab.type(owner.editor, VAGUE_GROUP_ASK, { newline: host.newline });
        const hostDraft = () => (owner.hostDraft ?? host.hostDraft)(tab);
        const panel = async () => (await tab.panelText()).join('\n');
        expect(
          (await openPanel(tab, await waitForBadge(tab, /^Clearsend: [2-9] suggestions/))).join('\n'),
        ).toMatch(/No owner named/);
        const chips = (await tab.overlay()).filter((n) => n.role === 'button' && /^Ask /.test(n.name));
        expect(chips.map((n) => n.name)).toEqual(owner.chips);
        const first = owner.chips[0]!;
        await press(tab, new RegExp(`^${first}$`));
        await expect
          .poll(hostDraft)
          .toContain(`${first.replace(/^Ask /, '')}, can you send me the updated launch numbers`);
        await expect.poll(panel).not.toMatch(/No owner named/);
        await tab.focus(owner.editor);
        await tab.press('Control+z');
        await expect.poll(hostDraft).toContain('Can someone send me the updated launch numbers');
        await expect.poll(panel).toMatch(/No owner named/);
        await tab.close();
      },
    );

  const listUndo = host.listUndo;
  if (listUndo)
    check('line-fixes')(
      `${host.name}: "Number the questions" and "Move the ask to the top" rewrite lines of the host's text; Ctrl+Z takes them back`,
      async () => {
        // Where the ask can move: a greeting, a long preamble, the ask alone under it, then questions run
        // together, both findings in one tab. Typed key by key the preamble alone would take seconds: past its
        // first words it arrives as one insertText, as a paste does; the lines after it are typed. On a Notion
        // page (no ask to move there) the questions alone, typed in its last block: typed into a block the
        // page's own Enter had just made, Chromium's Ctrl+Z took the list away but never gave the questions back
        // within ten presses (the split is the page's, outside the browser's undo); Firefox gave them back.
        const askUndo = host.askUndo?.(browser().name);
        const tab = await open(askUndo ? 'Hi Sam,\nWe shipped' : STACKED_QUESTIONS);
        if (askUndo) {
          const rest = JSON.stringify(PREAMBLE.slice('We shipped'.length));
          await tab.evaluate(
            new Function(`document.execCommand('insertText', false, ${rest});`) as () => void,
          );
          for (const line of [BURIED_ASK, STACKED_QUESTIONS]) {
            await tab.press(host.newline);
            await tab.typeHere(line);
          }
        }
        const before = askUndo ? `${BURIED_ASK}\n` : '';
        const badge = await waitForBadge(tab, /^Clearsend: \d+ suggestions?,/);
        expect((await openPanel(tab, badge)).join('\n')).toMatch(/questions in one paragraph/);
        await press(tab, /^Number the questions$/);
        await expect.poll(() => host.hostDraft(tab)).toContain(`${before}${NUMBERED_QUESTIONS}`);
        await expect
          .poll(async () => (await tab.panelText()).join('\n'))
          .not.toMatch(/questions in one paragraph/);

        if (askUndo) {
          await press(tab, /^Move the ask to the top$/);
          const moved = `Hi Sam,\n${BURIED_ASK}\n${PREAMBLE}\n${NUMBERED_QUESTIONS}`;
          await expect.poll(() => host.hostDraft(tab)).toContain(moved);
          expect((await host.hostDraft(tab)).split(BURIED_ASK)).toHaveLength(2);
          await expect
            .poll(async () => (await tab.panelText()).join('\n'))
            .not.toMatch(/words of background/);
          const asked = `Hi Sam,\n${PREAMBLE}\n${BURIED_ASK}\n${NUMBERED_QUESTIONS}`;
          expect(await undoUntil(tab, host, asked)).toBe(askUndo.presses);
        }
        const undo = listUndo(browser().name);
        expect(await undoUntil(tab, host, `${before}${undo.draft}`)).toBe(undo.presses);
        await tab.close();
      },
    );

  if (host.tabLeavesText)
    check('tab-order')(
      `${host.name}: Tab from the text reaches the badge first, then goes on where it went before; Shift+Tab goes back`,
      async () => {
        const tab = await browser().openHost(host.url);
        // Without a badge (an empty box), Tab from the editor goes where the page sends it: remember that element.
        await tab.focus(host.editor);
        await tab.press('Tab');
        await tab.evaluate(() => {
          (window as unknown as { afterEditor: Element | null }).afterEditor = document.activeElement;
        });
        await tab.type(host.editor, VAGUE_GROUP_ASK, { newline: host.newline });
        await waitForBadge(tab, /^Clearsend: [2-9] suggestions/);
        await tab.press('Tab');
        // Focus inside our closed shadow root shows the page only our host: a plain div right after the editor
        // (the outermost editable around it, or the textarea or field itself).
        const onBadge = () =>
          tab.evaluate(() => {
            const at = document.activeElement as HTMLElement | null;
            const before = at?.previousElementSibling as HTMLElement | null | undefined;
            const field = before instanceof HTMLTextAreaElement || before instanceof HTMLInputElement;
            return at?.tagName === 'DIV' && !at.isContentEditable && (!!before?.isContentEditable || field);
          });
        expect(await onBadge()).toBe(true);
        await tab.press('Tab');
        expect(
          await tab.evaluate(
            () =>
              document.activeElement === (window as unknown as { afterEditor: Element | null }).afterEditor,
          ),
        ).toBe(true);
        await tab.focus(host.editor);
        await tab.press('Tab');
        expect(await onBadge()).toBe(true);
        await tab.press('Shift+Tab');
        await expect
          .poll(() =>
            tab.evaluate(
              new Function(
                `return !!document.activeElement?.closest(${JSON.stringify(host.editor)});`,
              ) as () => boolean,
            ),
          )
          .toBe(true);
        await tab.close();
      },
    );

  check('badge-in-box')(
    `${host.name}: no badge on an empty box; typing shows "checking" at once, then one badge inside its box`,
    async () => {
      const tab = await browser().openHost(host.url);
      await tab.wait(SETTLE_MS);
      expect(await badges(tab)).toHaveLength(host.untouchedBadges);
      await tab.type(host.editor, VAGUE_GROUP_ASK, { newline: host.newline });
      // The idle pause (300 ms) has not passed yet: the old score must not stand for the new words.
      await waitForBadge(tab, /^Clearsend: checking$/, 1000);
      const badge = await waitForBadge(tab, /^Clearsend: [2-9] suggestions/);
      expect(await badges(tab)).toHaveLength(1);
      const rect = await tab.overlayRect('button', badge.name);
      expect(rect.right - rect.left).toBeGreaterThan(10);
      expect(inside(rect, await tab.rect(host.frame))).toBe(true);
      await tab.close();
    },
  );

  check('ignore-and-turn-off')(
    `${host.name}: "Ignore here" takes the card and its points away; "Turn off this rule" takes its checklist row; Undo brings each back`,
    async () => {
      const tab = await open(VAGUE_GROUP_ASK);
      const panel = async () => (await tab.panelText()).join('\n');
      const read = (name: string) => {
        const [, count, score] = /^Clearsend: (\d+) suggestions?, score (\d+)$/.exec(name) ?? [];
        return { count: Number(count), score: Number(score) };
      };
      const first = await waitForBadge(tab, /^Clearsend: [2-9] suggestions, score \d+$/);
      const text = (await openPanel(tab, first)).join('\n');
      expect(text).toContain('no owner named');
      expect(text).toContain('vague (“ASAP”)');
      // The first card is the unowned ask (it starts the message): ignore it here.
      await press(tab, /^Ignore here$/);
      const before = read(first.name);
      const after = read(
        (await waitForBadge(tab, new RegExp(`^Clearsend: ${before.count - 1} suggestion`))).name,
      );
      expect(after.score).toBeGreaterThan(before.score);
      await expect.poll(panel).not.toContain('no owner named');
      await press(tab, /^Undo$/);
      await waitForBadge(tab, new RegExp(`^Clearsend: ${before.count} suggestions, score ${before.score}$`));
      await expect.poll(panel).toContain('no owner named');
      await press(tab, /^Ignore here$/);
      // The vague deadline is next: turned off, its row leaves the checklist with its card.
      await press(tab, /^Turn off this rule$/);
      await waitForBadge(tab, new RegExp(`^Clearsend: (${before.count - 2} suggestion|looks clear)`));
      await expect.poll(panel).not.toContain('vague (“ASAP”)');
      expect(await panel()).toContain('is off everywhere.');
      // Undo turns the rule back on in the settings, so the next test (and the next page) has it again.
      await press(tab, /^Undo$/);
      await expect.poll(panel).toContain('vague (“ASAP”)');
      await tab.close();
    },
  );

  check('panel-placement')(
    `${host.name}: the panel opens beside the draft, on no marked word, inside the window`,
    async () => {
      // Two lines: in Slack the panel once covered the first line as soon as the draft had a second.
      const tab = await open(`${VAGUE_GROUP_ASK}\nThanks!`);
      await openPanel(tab, await waitForBadge(tab, /^Clearsend: [2-9] suggestions/));
      const { width, height } = await tab.viewport();
      const placed = async () => {
        const panel = await tab.overlayRect('dialog', 'Clearsend suggestions');
        const marks = await tab.markRects();
        return (
          marks.length >= 2 &&
          panel.bottom - panel.top > 100 &&
          inside(panel, { left: 0, top: 0, right: width, bottom: height }, 0) &&
          marks.every((mark) => !overlaps(panel, mark))
        );
      };
      await expect.poll(placed).toBe(true);
      await tab.close();
    },
  );

  check('looks-clear')(`${host.name}: a clear message looks clear`, async () => {
    const tab = await open(CLEAR_QUESTION);
    await waitForBadge(tab, /^Clearsend: looks clear, score 100/);
    expect(await totalMarks(tab)).toBe(0);
    await tab.close();
  });

  check('paused')(`${host.name}: paused, nothing is shown`, async () => {
    const tab = await open(VAGUE_GROUP_ASK);
    await waitForBadge(tab, /^Clearsend: [2-9] suggestions/);
    await setSitePaused(browser(), tab, host.name, true);
    await waitForNoBadge(tab);
    expect(await totalMarks(tab)).toBe(0);
    await setSitePaused(browser(), tab, host.name, false);
    await waitForBadge(tab, /^Clearsend: [2-9] suggestions/);
    await tab.close();
  });
}
