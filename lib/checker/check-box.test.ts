// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Draft, Report } from '../analysis/types';
import type { ComposeBox } from '../hosts/types';
import type { OverlayActions, OverlayState } from '../overlay';
import { composeBox } from '../overlay/testing';
import { checkComposeBox, SENDS_PER_BOX_MINUTE } from './check-box';

// The overlay draws into a closed shadow root; here we watch what the controller asks it to draw.
const drawn: { states: OverlayState[]; actions?: OverlayActions; alive: boolean }[] = [];
vi.mock('../overlay', () => ({
  createOverlay: (_box: unknown, actions: OverlayActions, signal: AbortSignal) => {
    const overlay = { states: [] as OverlayState[], actions, alive: true };
    signal.addEventListener('abort', () => (overlay.alive = false));
    drawn.push(overlay);
    return { update: (s: OverlayState) => overlay.states.push(s), openPanel() {}, togglePanel() {} };
  },
}));

const finding = (rule: string, start: number, end: number) => ({
  rule,
  category: 'deadline' as const,
  severity: 'warning' as const,
  start,
  end,
  message: `${rule} here`,
});

function setup(initial = '', options: { recordOn?: 'leave'; channel?: string } = {}) {
  const title = { value: options.channel };
  const { editor, anchor } = composeBox(initial);
  let send: () => void = () => {};
  const box: ComposeBox = {
    editor,
    anchor,
    readDraft: () => ({
      draft: {
        text: editor.textContent ?? '',
        site: 'slack',
        kind: 'channel',
        ...(title.value ? { channel: title.value } : {}),
      },
      rangeFor: () => null,
    }),
    onSend: (callback) => (send = callback),
    optedOut: () => false,
    protect: '',
    focus: () => editor.focus(),
    ...(options.recordOn ? { recordOn: options.recordOn } : {}),
  };
  const view = { paused: false, panelOnly: false };
  const user = { sent: true };
  const analyzed: Draft[] = [];
  const recorded: { draft: Draft; key: string; fixes: number }[] = [];
  const ports = {
    analyze: async (draft: Draft): Promise<Report> => {
      analyzed.push(draft);
      const at = draft.text.indexOf('soon');
      const findings = at >= 0 ? [finding('vague-deadline', at, at + 4)] : [];
      return {
        score: 100 - findings.length * 8,
        facts: { asks: [], deadlines: [], mentions: [], references: [] },
        findings,
        checklist: [],
      };
    },
    recordSend: (draft: Draft, key: string, fixes: number) => recorded.push({ draft, key, fixes }),
    userSent: () => user.sent,
    wake: vi.fn(),
    disableRule: vi.fn(),
    enableRule: vi.fn(),
    view: () => view,
  };
  const controller = new AbortController();
  const type = (text: string) => {
    editor.textContent = text;
    editor.dispatchEvent(new Event('input'));
  };
  return { box, ports, view, user, title, analyzed, recorded, controller, type, send: () => send() };
}

describe('one compose box', () => {
  beforeEach(() => {
    drawn.length = 0;
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  it('analyses after the writer pauses, with the writer’s clock, and draws the findings', async () => {
    const t = setup();
    checkComposeBox(t.box, t.ports, t.controller.signal);
    await vi.advanceTimersByTimeAsync(10);
    t.type('Can someone send it soon?');
    await vi.advanceTimersByTimeAsync(299);
    expect(t.analyzed.map((d) => d.text)).toEqual(['']);
    await vi.advanceTimersByTimeAsync(5);
    expect(t.analyzed.at(-1)?.text).toBe('Can someone send it soon?');
    expect(t.analyzed.at(-1)?.now).toMatch(/^\d{4}-\d\d-\d\dT.*[+-]\d\d:\d\d$/);
    const last = drawn[0]!.states.at(-1)!;
    expect(last.status).toBe('ready');
    expect(last.report?.findings.map((f) => f.rule)).toEqual(['vague-deadline']);
  });

  it('tells the overlay when the box holds no text, so an untouched box gets no badge', async () => {
    const t = setup('   ');
    checkComposeBox(t.box, t.ports, t.controller.signal);
    expect(drawn[0]!.states[0]).toMatchObject({ status: 'checking', empty: true });
    await vi.advanceTimersByTimeAsync(10);
    expect(drawn[0]!.states.at(-1)).toMatchObject({ status: 'ready', empty: true });
    t.type('Send it soon.');
    await vi.advanceTimersByTimeAsync(310);
    expect(drawn[0]!.states.at(-1)).toMatchObject({ status: 'ready', empty: false });
  });

  it('shows nothing at all while the site is paused, and comes back when resumed', async () => {
    const t = setup('Please send it soon.');
    t.view.paused = true;
    const checker = checkComposeBox(t.box, t.ports, t.controller.signal);
    t.type('Please send it soon!');
    await vi.advanceTimersByTimeAsync(1000);
    expect(drawn).toEqual([]);
    expect(t.analyzed).toEqual([]);
    t.view.paused = false;
    checker.refresh();
    await vi.advanceTimersByTimeAsync(10);
    expect(drawn[0]!.states.at(-1)?.report?.findings).toHaveLength(1);
    t.view.paused = true;
    checker.refresh();
    expect(drawn[0]!.alive).toBe(false);
  });

  it('“ignore here” hides that finding for this text only', async () => {
    const t = setup('Send it soon.');
    checkComposeBox(t.box, t.ports, t.controller.signal);
    await vi.advanceTimersByTimeAsync(10);
    expect(drawn[0]!.states.at(-1)?.report?.score).toBe(92);
    drawn[0]!.actions!.ignore(0);
    expect(drawn[0]!.states.at(-1)?.report?.findings).toEqual([]);
    // The card and its points go together: badge, cards and score describe the same findings.
    expect(drawn[0]!.states.at(-1)?.report?.score).toBe(100);
    t.type('Send it soon. Also the deck, soon.');
    await vi.advanceTimersByTimeAsync(310);
    expect(drawn[0]!.states.at(-1)?.report?.findings).toEqual([]);
  });

  it('offers to undo the last “ignore here” or “turn off this rule” until the writer types on', async () => {
    const t = setup('Send it soon.');
    checkComposeBox(t.box, t.ports, t.controller.signal);
    await vi.advanceTimersByTimeAsync(10);
    const actions = drawn[0]!.actions!;
    actions.ignore(0);
    expect(drawn[0]!.states.at(-1)).toMatchObject({ undo: 'Ignored here.', report: { findings: [] } });
    actions.undo();
    expect(drawn[0]!.states.at(-1)?.undo).toBeUndefined();
    expect(drawn[0]!.states.at(-1)?.report?.findings).toHaveLength(1);
    actions.disableRule('vague-deadline');
    expect(t.ports.disableRule).toHaveBeenCalledWith('vague-deadline');
    actions.undo();
    expect(t.ports.enableRule).toHaveBeenCalledWith('vague-deadline');
    actions.ignore(0);
    t.type('Send it soon, please.');
    await vi.advanceTimersByTimeAsync(310);
    expect(drawn[0]!.states.at(-1)?.undo).toBeUndefined();
  });

  it('makes a fix of two edits (moving the buried ask) later one first, as one fix, and stops when one fails', async () => {
    const preamble = 'We shipped the billing flow last week. '.repeat(12).trim();
    const ask = 'Could you approve the refund?';
    const t = setup(`${preamble} ${ask}`);
    const edits: string[] = [];
    const refuse = { next: false };
    t.box.replace = async (start, end, text) => {
      edits.push(`${start}-${end}:${text}`);
      if (refuse.next) return { ok: false, reason: 'the page refused the edit' };
      const now = t.box.editor.textContent ?? '';
      t.box.editor.textContent = now.slice(0, start) + text + now.slice(end);
      return { ok: true };
    };
    t.ports.analyze = async (draft) => {
      const at = draft.text.indexOf(ask);
      return {
        score: 90,
        facts: { asks: [], deadlines: [], mentions: [], references: [] },
        findings: at > 0 ? [{ ...finding('buried-ask', at, at + ask.length), category: 'ask' as const }] : [],
        checklist: [],
      };
    };
    checkComposeBox(t.box, t.ports, t.controller.signal);
    await vi.advanceTimersByTimeAsync(10);
    expect(drawn[0]!.states.at(-1)?.fixes?.[0]?.map((f) => f.label)).toEqual(['Move the ask to the top']);
    drawn[0]!.actions!.applyFix(0, 0);
    await vi.advanceTimersByTimeAsync(10);
    expect(edits).toEqual([`${preamble.length}-${preamble.length + ask.length + 1}:`, `0-0:${ask}\n`]);
    expect(t.box.editor.textContent).toBe(`${ask}\n${preamble}`);
    t.send();
    expect(t.recorded.at(-1)?.fixes).toBe(1);

    t.type(`${preamble} ${ask}`);
    await vi.advanceTimersByTimeAsync(310);
    edits.length = 0;
    refuse.next = true;
    drawn[0]!.actions!.applyFix(0, 0);
    await vi.advanceTimersByTimeAsync(10);
    expect(edits).toHaveLength(1);
    expect(drawn[0]!.states.at(-1)?.notice).toBe(
      "Clearsend couldn't apply that fix: the page refused the edit.",
    );
  });

  it('records a send once, with the draft and the count of fixes, and never an empty or paused one', async () => {
    const t = setup('Sam, can you send it by Fri 27 Nov?');
    checkComposeBox(t.box, t.ports, t.controller.signal);
    t.send();
    expect(t.recorded).toHaveLength(1);
    expect(t.recorded[0]).toMatchObject({
      draft: { text: 'Sam, can you send it by Fri 27 Nov?', site: 'slack' },
      fixes: 0,
    });
    expect(t.recorded[0]!.key).not.toContain('Sam');
    t.type('');
    t.send();
    t.view.paused = true;
    t.type('Another one');
    t.send();
    expect(t.recorded).toHaveLength(1);
  });

  it('records no send the page faked, and at most ten a minute from one box (issue 15.3)', async () => {
    const t = setup('Sam, can you send it by Fri 27 Nov?');
    checkComposeBox(t.box, t.ports, t.controller.signal);
    t.user.sent = false;
    for (let i = 0; i < 50; i++) t.send();
    expect(t.recorded).toHaveLength(0);
    t.user.sent = true;
    for (let i = 0; i < 50; i++) {
      t.type(`Message ${i}: can you send it by Fri 27 Nov?`);
      t.send();
    }
    expect(t.recorded).toHaveLength(SENDS_PER_BOX_MINUTE);
    vi.advanceTimersByTime(60_000);
    t.send();
    expect(t.recorded).toHaveLength(SENDS_PER_BOX_MINUTE + 1);
  });

  it('records a Notion page the user edited when they leave it, once per visit, and not one the page edited (issue 15.8)', async () => {
    const t = setup('Launch plan: can you review it by Fri 27 Nov?', {
      recordOn: 'leave',
      channel: 'Launch plan',
    });
    checkComposeBox(t.box, t.ports, t.controller.signal);
    await vi.advanceTimersByTimeAsync(10);
    // The page changes its own text: not an edit by the user, nothing to record on leaving.
    t.user.sent = false;
    t.type('Launch plan: can you review it by Fri 27 Nov? Edited by a script.');
    window.dispatchEvent(new Event('pagehide'));
    expect(t.recorded).toHaveLength(0);
    // The user edits, the tab is hidden (twice): one record, with the latest text.
    t.user.sent = true;
    t.type('Launch plan: Sam, can you review it by Fri 27 Nov?');
    await vi.advanceTimersByTimeAsync(310);
    window.dispatchEvent(new Event('pagehide'));
    window.dispatchEvent(new Event('pagehide'));
    expect(t.recorded.map((r) => r.draft.text)).toEqual([
      'Launch plan: Sam, can you review it by Fri 27 Nov?',
    ]);
    // Another page opens in the same editor after an edit: the one left is recorded, under its own title.
    t.type('Launch plan: Sam, can you review it by Fri 27 Nov? Thanks.');
    await vi.advanceTimersByTimeAsync(310);
    t.title.value = 'Team notes';
    t.type('Notes for Monday.');
    await vi.advanceTimersByTimeAsync(310);
    expect(t.recorded.at(-1)?.draft).toMatchObject({
      channel: 'Launch plan',
      text: expect.stringContaining('Thanks.'),
    });
    expect(t.recorded).toHaveLength(2);
  });

  it('gives typing done just before opening another page to the page left, not the one opened', async () => {
    const t = setup('Launch plan: can you review it by Fri 27 Nov?', {
      recordOn: 'leave',
      channel: 'Launch plan',
    });
    history.replaceState({}, '', '/acme/Launch-plan');
    checkComposeBox(t.box, t.ports, t.controller.signal);
    await vi.advanceTimersByTimeAsync(310);
    // The user types and clicks another page within the idle pause: no reading saw the edit.
    t.type('Launch plan: Sam, can you review it by Fri 27 Nov?');
    history.pushState({}, '', '/acme/Team-notes');
    t.title.value = 'Team notes';
    t.user.sent = false; // the page draws the next one itself
    t.type('Notes for Monday.');
    await vi.advanceTimersByTimeAsync(310);
    expect(t.recorded.map((r) => r.draft.channel)).toEqual(['Launch plan']);
    // Team notes was never edited: leaving it records nothing more.
    window.dispatchEvent(new Event('pagehide'));
    expect(t.recorded).toHaveLength(1);
  });

  it('stops everything when the compose box goes away', async () => {
    const t = setup();
    checkComposeBox(t.box, t.ports, t.controller.signal);
    await vi.advanceTimersByTimeAsync(10);
    t.controller.abort();
    t.type('Send it soon.');
    await vi.advanceTimersByTimeAsync(1000);
    expect(t.analyzed).toHaveLength(1);
    expect(drawn[0]!.alive).toBe(false);
  });

  it('wakes the background as soon as the writer enters the box, before any analysis is due', () => {
    const t = setup();
    checkComposeBox(t.box, t.ports, t.controller.signal);
    expect(t.ports.wake).not.toHaveBeenCalled();
    t.box.editor.dispatchEvent(new FocusEvent('focusin'));
    expect(t.ports.wake).toHaveBeenCalledTimes(1);
  });
});
