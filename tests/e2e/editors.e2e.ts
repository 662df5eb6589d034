import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EDITOR_PAGES } from '../fixtures/routes';
import { waitForBadge } from './driver/seen';
import type { Rect } from './driver/types';
import { type EditorUnderTest, editorSuite, launchWithSitesOn } from './editor-suite';
import { REPEATS } from './harness';
import { type SharedCheck, VAGUE_GROUP_ASK } from './inline-suite';

// Each editor family on the page of a site the user turned on (tests/fixtures/editors/, README § editors).
// CLEARSEND_EDITORS=quill,slate runs only those.
const FAMILIES: EditorUnderTest[] = [
  { page: 'textarea', send: { key: 'Control+Enter' }, newline: 'Enter' },
  { page: 'contenteditable', send: { click: '.compose .send' }, newline: 'Enter' },
  { page: 'prosemirror', send: { click: 'form.reply .send' }, newline: 'Enter' },
  { page: 'lexical', send: { key: 'Enter' }, newline: 'Shift+Enter' },
  { page: 'quill', send: { key: 'Enter' }, newline: 'Shift+Enter' },
  // the form's own submit button: the toolbar's Bold button comes first in the form
  { page: 'ckeditor5', send: { click: 'form.post button[type="submit"]' }, newline: 'Enter' },
  { page: 'slate', send: { key: 'Control+Enter' }, newline: 'Enter' },
  { page: 'draftjs', send: { key: 'Enter' }, newline: 'Shift+Enter' },
  // A one-line field: Enter submits its form, and no draft here has a second line.
  { page: 'input', send: { key: 'Enter' }, newline: 'Shift+Enter' },
];

/**
 * What each family must prove itself, as its own DOM is read, marked, fixed and sent: marks and their count, the
 * badge inside its box, a fix that reaches the editor and its undo (with the send test of editor-suite.ts: the send
 * recorded, no request, nothing written into the page). The rest of the shared suite (chips, Ignore and Turn off,
 * panel placement, looks clear, pause) is the overlay's and the settings' own code, the same on every editor: it
 * runs on the textarea and on one rich editor.
 */
const PER_FAMILY: SharedCheck[] = ['marks', 'date-fix', 'badge-in-box'];
const WHOLE_SUITE: EditorUnderTest['page'][] = ['textarea', 'prosemirror'];

const only = process.env.CLEARSEND_EDITORS?.split(',');
const families = FAMILIES.filter((f) => !only || only.includes(f.page));

// One browser for all families: every fixture origin granted at once, each site turned on in the popup in turn.
describe('Editor families on sites the user turned on (Chromium)', REPEATS, () => {
  let browser: Awaited<ReturnType<typeof launchWithSitesOn>>;
  beforeAll(async () => {
    browser = await launchWithSitesOn(families);
  }, 120_000);
  afterAll(() => browser?.close());
  for (const family of families)
    describe(family.page, () =>
      editorSuite(family, () => browser, WHOLE_SUITE.includes(family.page) ? undefined : PER_FAMILY),
    );

  if (families.some((f) => f.page === 'input'))
    it("input: the marks sit on the field's one line, not above or below it", async () => {
      const { url, editor } = EDITOR_PAGES.input;
      const tab = await browser.openHost(url);
      await tab.type(editor, VAGUE_GROUP_ASK);
      await waitForBadge(tab, /^Clearsend: [2-9] suggestions/);
      const field = await tab.rect(editor);
      const middle = (r: Rect) => (r.top + r.bottom) / 2;
      const marks = await tab.markRects();
      expect(marks.length).toBeGreaterThanOrEqual(2);
      // The field centres its line in its height; the mirror must draw the marks on that line.
      for (const mark of marks) expect(Math.abs(middle(mark) - middle(field))).toBeLessThanOrEqual(2);
      await tab.close();
    });
});
