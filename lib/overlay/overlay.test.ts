// @vitest-environment happy-dom
import type { Window as HappyWindow } from 'happy-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fixOptions } from '../fixes/fix-options';
import { createOverlay } from './index';
import { isOurs } from './mount';
import { captureShadowRoots, composeBox, FINDINGS, fakeActions, rangeIn, reportWith, TEXT } from './testing';
import type { OverlayState } from './types';

/** Tue 1 Dec 2026: the date chips of a vague deadline are Fri 4 Dec and Mon 7 Dec. */
const TUESDAY = '2026-12-01T10:00:00+00:00';

let roots: ShadowRoot[];
let controller: AbortController;

beforeEach(() => {
  roots = captureShadowRoots();
  controller = new AbortController();
});

afterEach(() => {
  controller.abort();
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

/** happy-dom lays nothing out: give the editor the frame a real compose box would have. */
function withFrame(element: HTMLElement) {
  vi.spyOn(element, 'getBoundingClientRect').mockReturnValue(
    DOMRect.fromRect({ x: 100, y: 100, width: 400, height: 200 }),
  );
}

function setUp() {
  const box = composeBox();
  withFrame(box.editor);
  withFrame(box.anchor);
  const actions = fakeActions();
  const overlay = createOverlay(box, actions, controller.signal);
  const root = roots[0]!;
  const badge = () => root.querySelector<HTMLButtonElement>('button.badge')!;
  const panel = () => root.querySelector<HTMLElement>('[role=dialog]');
  const cards = () => [...root.querySelectorAll<HTMLElement>('.card')];
  const ready = (findings = FINDINGS, extra: Partial<OverlayState> = {}): OverlayState => ({
    status: 'ready',
    report: reportWith(findings),
    ranges: findings.map((f) => rangeIn(box.editor, f.start, f.end)),
    flagged: findings.map((f) => TEXT.slice(f.start, f.end)),
    fixes: findings.map((f) => fixOptions(f, { text: TEXT, now: TUESDAY })),
    panelOnly: false,
    ...extra,
  });
  return { box, actions, overlay, root, badge, panel, cards, ready };
}

const key = (target: Element, name: string) => {
  const event = new KeyboardEvent('keydown', { key: name, bubbles: true, composed: true, cancelable: true });
  target.dispatchEvent(event);
  return event;
};

describe('the badge', () => {
  it('names the state in words and shows the score', () => {
    const { overlay, badge, ready } = setUp();
    expect(badge().getAttribute('aria-label')).toBe('Clearsend: checking');
    overlay.update(ready());
    expect(badge().getAttribute('aria-label')).toBe('Clearsend: 3 suggestions, score 73');
    expect(badge().textContent).toBe('73');
    expect(badge().className).toContain('tone-warning');
    overlay.update(ready(FINDINGS.slice(2)));
    expect(badge().getAttribute('aria-label')).toBe('Clearsend: 1 suggestion, score 91');
    expect(badge().className).toContain('tone-info');
    overlay.update(ready([]));
    expect(badge().getAttribute('aria-label')).toBe('Clearsend: looks clear, score 100');
    expect(badge().className).toContain('tone-clear');
    overlay.update({ status: 'paused', ranges: [], panelOnly: false });
    expect(badge().getAttribute('aria-label')).toBe('Clearsend: paused');
    expect(badge().tagName).toBe('BUTTON');
  });

  it('is not drawn on a box that holds no text, and says "checking" the moment the text changes', () => {
    const { box, overlay, badge, ready } = setUp();
    overlay.update(ready([], { empty: true }));
    expect(badge().hidden).toBe(true);
    box.editor.dispatchEvent(new Event('input'));
    expect(badge().hidden).toBe(false);
    expect(badge().getAttribute('aria-label')).toBe('Clearsend: checking');
    overlay.update(ready());
    expect(badge().getAttribute('aria-label')).toBe('Clearsend: 3 suggestions, score 73');
    box.editor.dispatchEvent(new Event('input'));
    expect(badge().getAttribute('aria-label')).toBe('Clearsend: checking');
  });

  it('is not drawn where another part of the page covers its box (a compose window over a reply)', () => {
    const { box, overlay, badge, ready } = setUp();
    const other = document.createElement('div');
    document.body.append(other);
    // happy-dom has no hit testing: answer as a browser would, the compose window on top of the reply.
    const onTop = vi.fn((): Element[] => [box.editor]);
    Object.assign(document, { elementsFromPoint: onTop });
    overlay.update(ready());
    expect(badge().hidden).toBe(false);
    onTop.mockReturnValue([other, box.editor]);
    overlay.update(ready());
    expect(badge().hidden).toBe(true);
    delete (document as { elementsFromPoint?: unknown }).elementsFromPoint;
  });

  it('names the keyboard shortcut in its tooltip and in the panel header', () => {
    const { overlay, badge, panel, ready } = setUp();
    overlay.update(ready());
    expect(badge().title).toContain('Alt+Shift+K opens the suggestions');
    overlay.openPanel();
    expect(panel()!.querySelector('.keys')?.textContent).toContain('Alt+Shift+K opens this panel');
  });

  it('takes the colour of the worst finding', () => {
    const { overlay, badge, ready } = setUp();
    overlay.update(ready([...FINDINGS, { ...FINDINGS[1]!, rule: 'no-recipients', severity: 'error' }]));
    expect(badge().className).toContain('tone-error');
  });

  it('lives in a closed shadow root next to the editor, with nothing the page could read', () => {
    const { box, overlay, cards, ready } = setUp();
    overlay.update(ready());
    overlay.openPanel();
    expect(cards()).toHaveLength(3);
    const host = box.editor.nextElementSibling as HTMLElement;
    // A plain element: no custom-element name a page could define first and upgrade (issue 15).
    expect(host.tagName).toBe('DIV');
    expect(isOurs(host)).toBe(true);
    expect(host.shadowRoot).toBeNull();
    expect(host.getAttributeNames()).toEqual(['style']);
    expect(box.editor.contains(host)).toBe(false);
    const pageHtml = document.documentElement.outerHTML;
    for (const finding of FINDINGS) expect(pageHtml).not.toContain(finding.message);
    expect(pageHtml).not.toContain('Clearsend: 3 suggestions');
    expect(pageHtml).not.toContain('vague (“soon”)');
  });

  it('comes back when the host re-renders the compose area and drops it', () => {
    const { box, overlay, badge, ready } = setUp();
    box.editor.nextElementSibling!.remove();
    overlay.update(ready());
    expect(isOurs(box.editor.nextElementSibling!)).toBe(true);
    expect(badge().getAttribute('aria-label')).toBe('Clearsend: 3 suggestions, score 73');
  });

  it('stays out of the editable region when the editor sits inside a bigger contenteditable', () => {
    const outer = document.createElement('div');
    outer.contentEditable = 'true';
    const box = composeBox();
    outer.append(box.editor);
    box.anchor.append(outer);
    createOverlay(box, fakeActions(), controller.signal);
    expect(isOurs(outer.nextElementSibling!)).toBe(true);
    expect([...outer.querySelectorAll('*')].some(isOurs)).toBe(false);
  });

  it('matches a dark compose area', () => {
    const { box, overlay, root, ready } = setUp();
    box.anchor.style.backgroundColor = 'rgb(26, 29, 33)';
    overlay.update(ready());
    expect(root.querySelector<HTMLElement>('.cs')!.dataset.theme).toBe('dark');
    box.anchor.style.backgroundColor = 'rgb(255, 255, 255)';
    overlay.update(ready());
    expect(root.querySelector<HTMLElement>('.cs')!.dataset.theme).toBe('light');
  });

  it('follows the page switching its own theme (<html> or <body> class, style, data-theme, data-color-mode) at once, until it is torn down', async () => {
    const { overlay, root, ready, badge } = setUp();
    const theme = () => root.querySelector<HTMLElement>('.cs')!.dataset.theme;
    const css = document.createElement('style');
    css.textContent = [
      'html.dark-theme body, body[data-theme="dark"], html[data-color-mode="dark"] body { background: rgb(26, 29, 33); }',
    ].join('\n');
    document.head.append(css);
    const html = document.documentElement;
    const mutationsDelivered = () => new Promise((resolve) => setTimeout(resolve, 0));
    try {
      overlay.update(ready());
      badge().click();
      expect(theme()).toBe('light');
      html.classList.add('dark-theme');
      await mutationsDelivered();
      expect(theme()).toBe('dark');
      html.classList.remove('dark-theme');
      await mutationsDelivered();
      expect(theme()).toBe('light');
      document.body.setAttribute('data-theme', 'dark');
      await mutationsDelivered();
      expect(theme()).toBe('dark');
      document.body.removeAttribute('data-theme');
      html.setAttribute('data-color-mode', 'dark');
      await mutationsDelivered();
      expect(theme()).toBe('dark');
      html.removeAttribute('data-color-mode');
      document.body.style.backgroundColor = 'rgb(20, 20, 20)';
      await mutationsDelivered();
      expect(theme()).toBe('dark');
      controller.abort();
      document.body.style.backgroundColor = '';
      await mutationsDelivered();
      expect(theme()).toBe('dark');
    } finally {
      css.remove();
      html.className = '';
      html.removeAttribute('data-color-mode');
      document.body.removeAttribute('data-theme');
      document.body.removeAttribute('style');
    }
  });

  it("follows a theme switched on the site's own theme holder (Notion's app element), until it is torn down", async () => {
    const box = composeBox();
    withFrame(box.editor);
    const app = document.createElement('div');
    app.className = 'app light';
    document.body.append(app);
    app.append(box.anchor);
    const css = document.createElement('style');
    css.textContent = '.app.dark { background: rgb(25, 25, 25); }';
    document.head.append(css);
    const overlay = createOverlay({ ...box, themeHolder: () => app }, fakeActions(), controller.signal);
    const theme = () => roots[0]!.querySelector<HTMLElement>('.cs')!.dataset.theme;
    const mutationsDelivered = () => new Promise((resolve) => setTimeout(resolve, 0));
    try {
      overlay.openPanel();
      expect(theme()).toBe('light');
      app.className = 'app dark';
      await mutationsDelivered();
      expect(theme()).toBe('dark');
      app.className = 'app light';
      await mutationsDelivered();
      expect(theme()).toBe('light');
      controller.abort();
      app.className = 'app dark';
      await mutationsDelivered();
      expect(theme()).toBe('light');
    } finally {
      css.remove();
    }
  });

  it('follows the OS switching between light and dark while it is open, until it is torn down', () => {
    const { overlay, root, ready, badge } = setUp();
    const os = (scheme: 'light' | 'dark') => {
      (window as unknown as HappyWindow).happyDOM.settings.device.prefersColorScheme = scheme;
      // happy-dom re-evaluates media queries (and fires their change events) on a resize.
      window.dispatchEvent(new Event('resize'));
    };
    const theme = () => root.querySelector<HTMLElement>('.cs')!.dataset.theme;
    try {
      os('light');
      overlay.update(ready());
      badge().click();
      expect(theme()).toBe('light');
      os('dark');
      expect(theme()).toBe('dark');
      os('light');
      expect(theme()).toBe('light');
      os('dark');
      controller.abort();
      os('light');
      expect(theme()).toBe('dark');
    } finally {
      os('light');
    }
  });
});

describe('the panel', () => {
  it('opens from the badge focused on the first card, with message, why and the three actions', () => {
    const { overlay, actions, badge, panel, cards, root, ready } = setUp();
    overlay.update(ready());
    expect(panel()).toBeNull();
    badge().click();
    expect(badge().getAttribute('aria-expanded')).toBe('true');
    expect(cards()).toHaveLength(3);
    expect(root.activeElement).toBe(cards()[0]);
    const first = cards()[0]!;
    expect(first.textContent).toContain(FINDINGS[0]!.message);
    expect(first.textContent).toContain(FINDINGS[0]!.why);
    const buttons = [...first.querySelectorAll('button')];
    expect(buttons.map((b) => b.textContent)).toEqual([
      'Change to “by Fri 27 Nov”',
      'by Fri 4 Dec',
      'by Mon 7 Dec',
      'by end of today',
      'Ignore here',
      'Turn off this rule',
    ]);
    buttons[0]!.click();
    expect(actions.applyFix).toHaveBeenCalledWith(0, 0);
    buttons[2]!.click();
    expect(actions.applyFix).toHaveBeenLastCalledWith(0, 2);
    cards()[1]!.querySelector<HTMLButtonElement>('button')!.click();
    expect(actions.ignore).toHaveBeenCalledWith(1);
    expect(actions.applyFix).toHaveBeenCalledTimes(2);
    [...cards()[1]!.querySelectorAll('button')].at(-1)!.click();
    expect(actions.disableRule).toHaveBeenCalledWith('no-owner');
  });

  it('with nothing to fix, opens focused on the panel so Esc still returns to the editor', () => {
    const { overlay, actions, panel, root, ready } = setUp();
    overlay.update(ready([]));
    overlay.openPanel();
    expect(panel()!.textContent).toContain('Looks clear: nothing to fix.');
    expect(root.activeElement).toBe(panel());
    key(panel()!, 'Escape');
    expect(panel()).toBeNull();
    expect(actions.returnFocus).toHaveBeenCalledTimes(1);
  });

  it('offers a deletion fix by naming the words it removes', () => {
    const { overlay, cards, ready } = setUp();
    overlay.update(ready());
    overlay.openPanel();
    expect(cards()[2]!.querySelector('button')!.textContent).toBe('Remove “just”');
  });

  it('shows the What / Who / When / Why of each ask', () => {
    const { overlay, root, ready } = setUp();
    overlay.update(ready());
    overlay.openPanel();
    const rows = [...root.querySelectorAll('.ask dl > div')].map((row) => [
      row.querySelector('dt')!.textContent,
      row.querySelector('dd')!.textContent,
    ]);
    expect(rows).toEqual([
      ['What', 'send the deck'],
      ['Who', 'no owner named'],
      ['When', 'vague (“soon”)'],
      ['Why', 'no context'],
    ]);
  });

  it('shows why a fix was refused, and the limits of the analysis', () => {
    const { overlay, panel, ready } = setUp();
    const notice = "Clearsend couldn't apply that fix: the page refused the edit.";
    const state = ready(FINDINGS, { notice });
    state.report!.limits = { truncatedAt: 20000, message: 'Only the first 3,000 words were checked.' };
    overlay.update(state);
    overlay.openPanel();
    expect(panel()!.querySelector('[role=status]')!.textContent).toBe(notice);
    expect(panel()!.textContent).toContain('Only the first 3,000 words were checked.');
  });

  it('says what the last step set aside, with an Undo that takes it back', () => {
    const { overlay, panel, actions, ready } = setUp();
    overlay.update(ready(FINDINGS, { undo: '“Vague deadline” is off everywhere.' }));
    overlay.openPanel();
    const undo = panel()!.querySelector<HTMLElement>('.undo')!;
    expect(undo.textContent).toBe('“Vague deadline” is off everywhere. Undo');
    undo.querySelector('button')!.click();
    expect(actions.undo).toHaveBeenCalledOnce();
    overlay.update(ready(FINDINGS));
    expect(panel()!.querySelector('.undo')).toBeNull();
  });

  it('moves between cards with the arrows and closes on Esc, giving focus back to the editor', () => {
    const { overlay, actions, cards, panel, root, ready } = setUp();
    overlay.update(ready());
    overlay.openPanel();
    const hostHeard = vi.fn();
    document.addEventListener('keydown', hostHeard);
    key(cards()[0]!, 'ArrowDown');
    expect(root.activeElement).toBe(cards()[1]);
    key(cards()[1]!.querySelector('button')!, 'ArrowDown');
    expect(root.activeElement).toBe(cards()[2]);
    key(cards()[2]!, 'ArrowDown');
    expect(root.activeElement).toBe(cards()[2]);
    key(cards()[2]!, 'ArrowUp');
    expect(root.activeElement).toBe(cards()[1]);
    key(cards()[1]!, 'Escape');
    expect(panel()).toBeNull();
    expect(actions.returnFocus).toHaveBeenCalledTimes(1);
    // The host's own keyboard shortcuts never see keys typed in our panel.
    expect(hostHeard).not.toHaveBeenCalled();
    document.removeEventListener('keydown', hostHeard);
  });

  it('keeps the keyboard in the panel when the focused card goes away', () => {
    const { overlay, cards, root, ready } = setUp();
    overlay.update(ready());
    overlay.openPanel();
    key(cards()[0]!, 'ArrowDown');
    key(cards()[1]!, 'ArrowDown');
    overlay.update(ready(FINDINGS.slice(0, 2)));
    expect(root.activeElement).toBe(cards()[1]);
  });

  it('opens the card of the marked text that was clicked, leaving the caret in the editor', () => {
    const { box, overlay, cards, ready } = setUp();
    const state = ready();
    const rect = { left: 100, right: 140, top: 10, bottom: 30, width: 40, height: 20, x: 100, y: 10 };
    vi.spyOn(state.ranges[0]!, 'getClientRects').mockReturnValue([rect] as unknown as DOMRectList);
    // The no-owner range covers the click point too, but it is longer: the shorter one was meant.
    vi.spyOn(state.ranges[1]!, 'getClientRects').mockReturnValue([
      { ...rect, left: 0 },
    ] as unknown as DOMRectList);
    overlay.update(state);
    box.editor.focus();
    const click = new MouseEvent('click', { bubbles: true, clientX: 120, clientY: 20 });
    box.editor.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(false);
    const current = cards().filter((card) => card.classList.contains('current'));
    expect(current.map((card) => card.dataset.index)).toEqual(['0']);
    expect(document.activeElement).toBe(box.editor);
    box.editor.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: 500, clientY: 500 }));
    expect(cards().filter((card) => card.classList.contains('current'))).toHaveLength(1);
  });

  it('closes when the user clicks elsewhere on the page', () => {
    const { overlay, panel, ready } = setUp();
    overlay.update(ready());
    overlay.openPanel();
    document.body.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    expect(panel()).toBeNull();
  });
});

describe('marks without the Highlight API', () => {
  const rect = { left: 10, right: 50, top: 10, bottom: 30, width: 40, height: 20, x: 10, y: 10 };

  it('draws boxes in our own shadow root, none with panel only', () => {
    const { box, overlay, root, ready } = setUp();
    const state = ready();
    for (const range of state.ranges) vi.spyOn(range!, 'getClientRects').mockReturnValue([rect] as never);
    overlay.update(state);
    const boxes = () => root.querySelectorAll('.marks .mark');
    expect(boxes()).toHaveLength(3);
    expect(root.querySelectorAll('.marks .mark-warning')).toHaveLength(2);
    expect(box.editor.children).toHaveLength(0);
    overlay.update({ ...state, panelOnly: true });
    expect(boxes()).toHaveLength(0);
  });
});

describe('when the compose box goes away', () => {
  it('removes everything and ignores later calls', () => {
    const { box, overlay, actions, ready } = setUp();
    overlay.update(ready());
    overlay.openPanel();
    controller.abort();
    expect(ourElements()).toEqual([]);
    overlay.update(ready());
    overlay.openPanel();
    expect(ourElements()).toEqual([]);
    box.editor.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(actions.returnFocus).not.toHaveBeenCalled();
  });

  it('creates nothing for an already aborted signal', () => {
    controller.abort();
    const box = composeBox();
    createOverlay(box, fakeActions(), controller.signal).update({
      status: 'paused',
      ranges: [],
      panelOnly: false,
    });
    expect(ourElements()).toEqual([]);
  });
});

function ourElements(): Element[] {
  return [...document.querySelectorAll('*')].filter(isOurs);
}
