/**
 * Attack code a hostile host page runs in its own (main) world. Each is a plain function Playwright serialises
 * into the page, so it sees only what any script on Gmail, Slack or Notion could see.
 */

export interface EntryProbe {
  /** Custom-element constructors the page got to run for our insertions. */
  constructed: string[];
  /** Shadow roots the page reached (through element internals or a hooked attachShadow). */
  roots: number;
  /** Text the page read out of them. */
  read: string;
  /** Buttons it clicked in them. */
  clicked: number;
}

/**
 * Issue 15 item 1: before any of our code runs, define a custom element for every name we might use, and hook
 * `attachInternals` and `attachShadow`, so that whatever we insert hands the page a way into our closed root.
 */
export function predefineOurElements(): void {
  const w = window as unknown as {
    __entry: { internals: ElementInternals[]; roots: ShadowRoot[]; constructed: string[] };
  };
  w.__entry = { internals: [], roots: [], constructed: [] };
  const attachInternals = HTMLElement.prototype.attachInternals;
  HTMLElement.prototype.attachInternals = function (this: HTMLElement) {
    const internals = attachInternals.call(this);
    w.__entry.internals.push(internals);
    return internals;
  };
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
    const root = attachShadow.call(this, init);
    w.__entry.roots.push(root);
    return root;
  };
  const parts = ['overlay', 'host', 'root', 'ui', 'badge', 'panel', 'card', 'marks', 'mark', 'layer', 'app'];
  const names = [...parts.flatMap((p) => [`clearsend-${p}`, `cs-${p}`, `x-clearsend-${p}`])];
  for (const name of names) {
    customElements.define(
      name,
      class extends HTMLElement {
        constructor() {
          super();
          w.__entry.constructed.push(name);
          this.attachInternals();
        }
      },
    );
  }
}

/** After our UI is up: everything the page can reach of it, read and pressed ("Turn off this rule" first). */
export function raidOurElements(): EntryProbe {
  const w = window as unknown as {
    __entry: { internals: ElementInternals[]; roots: ShadowRoot[]; constructed: string[] };
  };
  const roots = new Set<ShadowRoot>(w.__entry.roots);
  for (const internals of w.__entry.internals) if (internals.shadowRoot) roots.add(internals.shadowRoot);
  for (const element of document.querySelectorAll('*')) if (element.shadowRoot) roots.add(element.shadowRoot);
  let read = '';
  let clicked = 0;
  for (const root of roots) {
    read += root.textContent ?? '';
    for (const button of root.querySelectorAll('button')) {
      button.click();
      clicked += 1;
    }
    const heading = root.querySelector('h2, h1, [role="dialog"]');
    if (heading) heading.textContent = 'Your session expired: type your password';
  }
  return { constructed: [...w.__entry.constructed], roots: roots.size, read, clicked };
}

/**
 * Issue 15 item 2: what WXT's content-script context takes as "a newer copy of this script started", posted by
 * the page itself (twice: the first is taken for the script's own announcement). Resolves once every listener
 * has seen them, in every world: a later message of the page's own arrives after them.
 */
export function postFakeScriptStarted(extensionId: string): Promise<void> {
  for (const name of ['gmail', 'slack', 'notion'])
    for (const messageId of ['fake-1', 'fake-2'])
      window.postMessage(
        { type: `${extensionId}:${name}:wxt:content-script-started`, contentScriptName: name, messageId },
        '*',
      );
  return new Promise((resolve) => {
    const done = (event: MessageEvent) => {
      if (event.data !== 'probe-done') return;
      removeEventListener('message', done);
      resolve();
    };
    addEventListener('message', done);
    window.postMessage('probe-done', '*');
  });
}

/**
 * Issue 15 item 3: the page opens compose windows and "sends" them itself, by script: a click on Send for
 * odd rounds, Ctrl+Enter in the body for even ones. Resolves to how many sends the page's own Gmail saw.
 */
export async function fakeGmailSends(rounds: number): Promise<number> {
  const pause = () => new Promise((resolve) => setTimeout(resolve, 60));
  for (let i = 0; i < rounds; i++) {
    (document.querySelector('[gh="cm"]') as HTMLElement).click();
    await pause();
    const dialogs = document.querySelectorAll('[role="dialog"] .M9');
    const compose = dialogs[dialogs.length - 1] as HTMLElement;
    const body = compose.querySelector('[g_editable="true"]') as HTMLElement;
    body.textContent = `Fake message ${i}: can someone send the numbers ASAP?`;
    body.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await pause();
    if (i % 2) (compose.querySelector('.T-I-atl:not(.hG)') as HTMLElement).click();
    else body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
    await pause();
  }
  return (window as unknown as { __gmailSent: unknown[] }).__gmailSent.length;
}

/**
 * Issue 15 item 6: the page re-aims every Range in our highlights at text of its own, and slips a range of
 * its own into one of them. Returns how many of our ranges it changed.
 */
export function rewriteOurRanges(): number {
  const secret = document.createElement('span');
  secret.id = 'page-secret';
  secret.textContent = 'your password and 2FA code';
  document.body.append(secret);
  let changed = 0;
  CSS.highlights.forEach((highlight, name) => {
    if (!name.startsWith('clearsend')) return;
    highlight.forEach((range) => {
      (range as Range).selectNodeContents(secret);
      changed += 1;
    });
  });
  const foreign = document.createRange();
  foreign.selectNodeContents(secret);
  (window as unknown as { __foreign: Range }).__foreign = foreign;
  CSS.highlights.get('clearsend-info')?.add(foreign);
  return changed;
}

/** Whether the range the page slipped in is still in one of our highlights. */
export function foreignRangeKept(): boolean {
  const foreign = (window as unknown as { __foreign: Range }).__foreign;
  let kept = false;
  CSS.highlights.forEach((highlight, name) => {
    if (name.startsWith('clearsend') && highlight.has(foreign)) kept = true;
  });
  return kept;
}

/** Where the cross-origin widget of `frame.html` is served (an origin none of our content scripts match). */
export const HOSTILE_FRAME_ORIGIN = 'https://widgets.hostile.test';

/**
 * Issue 15 item 2 from a cross-origin iframe: the page embeds `frame.html` from another origin, which posts the
 * fake "content script started" messages to the page and to itself. Resolves once the frame says it is done
 * (its messages to the page are delivered, in order, before that one).
 */
export function embedHostileFrame({
  origin,
  extensionId,
}: {
  origin: string;
  extensionId: string;
}): Promise<string> {
  return new Promise((resolve) => {
    const frame = document.createElement('iframe');
    const done = (event: MessageEvent) => {
      if (event.data !== 'hostile-frame-done') return;
      removeEventListener('message', done);
      resolve(event.origin);
    };
    addEventListener('message', done);
    frame.src = `${origin}/frame.html#${extensionId}`;
    document.body.append(frame);
  });
}
