// What the shared end-to-end suites may do with a browser. Chromium (Playwright, DevTools protocol) and Firefox
// (Puppeteer, WebDriver BiDi) each implement it, so one suite runs unchanged in both (tests/e2e/README.md).

export type BrowserName = 'chromium' | 'firefox';

export interface TypeOptions {
  /** What a line break is typed as: Slack sends on Enter, so multi-line drafts there use Shift+Enter. */
  newline?: 'Enter' | 'Shift+Enter';
  /** Which match of the selector to type into (0 = the first). */
  nth?: number;
  /** Where in the editor to click, from its top left, when its centre is under something else (a docked compose). */
  at?: { x: number; y: number };
}

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** A node of Clearsend's overlay as the browser's accessibility tree exposes it. */
export interface OverlayNode {
  role: 'button' | 'dialog';
  name: string;
}

/** A page at a host URL, driven the way a person uses it: mouse, keyboard, and what is on screen. */
export interface HostTab {
  url(): string;
  /** Clicks into the nth match of `selector` and types `text` with real key events, line by line. */
  type(selector: string, text: string, options?: TypeOptions): Promise<void>;
  /** Types `text` (one line) with real key events where the caret is, without clicking first. */
  typeHere(text: string): Promise<void>;
  /** Presses keys, `+`-joined as in "Shift+Enter" or "Control+z". */
  press(keys: string): Promise<void>;
  click(selector: string, nth?: number): Promise<void>;
  /** Clicks the mouse at a point of the viewport (a marked word, from `markRects`). */
  clickAt(x: number, y: number): Promise<void>;
  focus(selector: string): Promise<void>;
  count(selector: string): Promise<number>;
  attribute(selector: string, name: string): Promise<string | null>;
  isVisible(selector: string): Promise<boolean>;
  /** Runs `fn` in the page (the host's own scripts' world) and returns its JSON-able result. */
  evaluate<T>(fn: () => T): Promise<T>;
  /** Clearsend's buttons and dialogs, found through the accessibility tree (the overlay is a closed shadow root). */
  overlay(): Promise<OverlayNode[]>;
  /** Clicks the overlay button with exactly this accessible name, with the real mouse. */
  pressOverlay(name: string): Promise<void>;
  /** Where Clearsend's button or dialog with exactly this accessible name is drawn, in viewport pixels. */
  overlayRect(role: OverlayNode['role'], name: string): Promise<Rect>;
  /** Where the page's first match of `selector` is drawn, in viewport pixels. */
  rect(selector: string, nth?: number): Promise<Rect>;
  /** Each marked range's rectangles (what the page paints), from the document's highlight registry. */
  markRects(): Promise<Rect[]>;
  /**
   * Scrolls the first match of `selector` by `dy` pixels down ("window": the page itself), as a writer scrolling
   * with the wheel does; how far it really moved.
   */
  scrollBy(selector: string, dy: number): Promise<number>;
  /** The viewport's size. */
  viewport(): Promise<{ width: number; height: number }>;
  /** Resizes the viewport, as a writer resizing the window does. */
  resize(width: number, height: number): Promise<void>;
  /** The visible text of Clearsend's open suggestions panel, line by line. */
  panelText(): Promise<string[]>;
  /** How many ranges are marked per severity, from the document's highlight registry (what the page paints). */
  markCounts(): Promise<Record<string, number>>;
  wait(ms: number): Promise<void>;
  close(): Promise<void>;
}

/** One of the extension's own pages (the popup opened for a host tab, the report page). */
export interface ExtensionTab {
  /** Checks or unchecks the checkbox labelled `label`, as a click on it does. */
  setChecked(label: string, checked: boolean): Promise<void>;
  /** Clicks the button whose accessible name is exactly `name`, once there is one. */
  pressButton(name: string): Promise<void>;
  /** The text of the first element matching `selector`, once there is one. */
  text(selector: string): Promise<string>;
  /** The text of every element matching `selector`, now (none: an empty list). */
  texts(selector: string): Promise<string[]>;
  /** Chooses `paths` in the file input matching `selector`, as the file picker would. */
  chooseFiles(selector: string, paths: string[]): Promise<void>;
  close(): Promise<void>;
}

export interface BrowserUnderTest {
  name: BrowserName;
  /** The browser's own name for people reading a test report ("Chromium", "Firefox"). */
  label: string;
  openHost(url: string): Promise<HostTab>;
  /** The popup, for the tab showing `tab`, as clicking the toolbar button over it would open it. */
  openPopupFor(tab: HostTab): Promise<ExtensionTab>;
  /** One of the extension's pages by its path ("report.html"), in a tab of its own. */
  openExtensionPage(path: string): Promise<ExtensionTab>;
  /** Every request that was not for a fixture page: the product makes none, so tests expect this empty. */
  offHostRequests: string[];
  /** Uncaught errors in any page, as "url: message": Clearsend must never throw into a host's console. */
  pageErrors: string[];
  close(): Promise<void>;
}
