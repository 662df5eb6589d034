import type { Draft, Site } from '../analysis/types';
import type { ReplaceOutcome } from '../dom/replace-text';

/** One reading of a compose box: the Draft, and a way back from its offsets to the DOM it was read from. */
export interface DraftSnapshot {
  draft: Omit<Draft, 'now'>;
  /** The DOM range for [start, end) of `draft.text`; null across a mention or once the DOM moved on. */
  rangeFor(start: number, end: number): Range | null;
  /**
   * The people an unowned ask could go to, as the page names them ("Priya Raman" on Gmail's chip), likeliest first,
   * for the owner fix's choices (README). Not in the Draft: the engine needs only the recipients, and Gmail's are
   * addresses.
   */
  people?: readonly string[];
}

/** A place the user writes a message: everything the checker needs, nothing site-specific outside. */
export interface ComposeBox {
  /** The element the user types in (Notion: the page's editable root, whose blocks are the editable leaves). */
  editor: HTMLElement;
  /**
   * The compose area around the editor: it holds the recipients, subject or title that go into the Draft, so a
   * change inside it (a chip added) may change the Draft. The badge is placed from the editor, not from here.
   */
  anchor: HTMLElement;
  /**
   * The element the badge is drawn in, when not the whole editor: a Notion page is one editor, and a badge at its
   * bottom would float far from the paragraph being written.
   */
  frame?(): HTMLElement;
  /**
   * Where the recipients are written (Gmail's To field), when the box has one: a finding that the message has no
   * recipient points there, not at the text.
   */
  recipientField?(): HTMLElement | null;
  /**
   * The element whose class or style switches the host's own light or dark theme, when that is not <html> or <body>
   * (which the overlay always watches): the overlay repaints the moment it changes, not at the next keystroke.
   */
  themeHolder?(): Element | null;
  /** Reads the Draft now (cheap enough to call after every idle pause). */
  readDraft(): DraftSnapshot;
  /**
   * Calls back when the user sends, BEFORE the host clears the box (so `readDraft()` still sees the text), until
   * `signal` aborts. Notion has no send: there it never fires. `sent` is the draft as it was sent when the host
   * had already cleared the box by the time the send was known (a page that sends on Enter and empties the box).
   */
  onSend(callback: (sent?: Omit<Draft, 'now'>) => void, signal: AbortSignal): void;
  /**
   * Where the text is not in the DOM (a `<textarea>`), a fix replaces [start, end) of the draft through this
   * instead of a Range (the ranges it gives are of a mirror, for the marks).
   */
  replace?(start: number, end: number, text: string): Promise<ReplaceOutcome>;
  /**
   * The host's own new line, for a fix that writes several lines (a numbered list) where a "\n" typed inside the
   * text is not one to the host: Slack's paragraph, Notion's new block. Absent: "\n" is typed with the text.
   */
  breakLine?(): boolean;
  /** Where there is no send (a Notion page): history records the box when the user leaves it (lib/checker). */
  recordOn?: 'send' | 'leave';
  /** The page asked Clearsend to stay away (`data-clearsend="off"` on the editor or around it), or a secret field. */
  optedOut(): boolean;
  /** A selector for the parts a fix must never touch inside the editor (quotes, signatures, code). */
  protect: string;
  /**
   * Puts the keyboard focus back where the user was typing. Prefer it to `editor.focus()`: Notion's editor is the
   * page's one editable root, and focusing it alone would put the caret at the top of the page.
   */
  focus(): void;
}

export interface SiteAdapter {
  site: Site;
  /**
   * Calls `onBox` for every compose box in `doc` now and later (several at once, after in-app navigation), each
   * with a signal that aborts when that box goes away or `signal` aborts. Never throws on an unexpected page: a
   * page without the expected structure simply yields no boxes.
   */
  watch(doc: Document, onBox: (box: ComposeBox, signal: AbortSignal) => void, signal: AbortSignal): void;
}
