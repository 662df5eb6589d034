// Test helpers shared by the overlay's tests (never imported by the extension itself).
import { vi } from 'vitest';
import type { Finding, Report } from '../analysis/types';

export const FINDINGS: Finding[] = [
  {
    rule: 'vague-deadline',
    category: 'deadline',
    severity: 'warning',
    start: 31,
    end: 35,
    message: '“soon” is not a deadline the reader can plan for.',
    why: 'Without a date, the reader has to guess how urgent this is or ask you.',
    suggestion: 'by Fri 27 Nov',
  },
  {
    rule: 'no-owner',
    category: 'recipient',
    severity: 'warning',
    start: 0,
    end: 11,
    message: 'Nobody is named to do this.',
    why: 'In a group, an ask without an owner is often left for someone else.',
  },
  {
    rule: 'hedging-filler',
    category: 'style',
    severity: 'info',
    start: 12,
    end: 16,
    message: '“just” softens the ask without adding anything.',
    suggestion: '',
  },
];

export const TEXT = 'Can someone just send the deck soon?';

export function reportWith(findings: Finding[], extra: Partial<Report> = {}): Report {
  return {
    score: 100 - findings.length * 9,
    facts: { asks: [], deadlines: [], mentions: [], references: [] },
    findings,
    checklist: [
      {
        ask: {
          start: 17,
          end: 30,
          text: 'send the deck',
          kind: 'task',
          action: 'send the deck',
          owner: 'unowned',
        },
        who: null,
        when: { start: 31, end: 35, text: 'soon', vague: true },
        why: null,
      },
    ],
    ...extra,
  };
}

/** A compose area with one editor, in the document. */
export function composeBox(text = TEXT): { editor: HTMLElement; anchor: HTMLElement } {
  const anchor = document.createElement('div');
  const editor = document.createElement('div');
  editor.contentEditable = 'true';
  editor.textContent = text;
  anchor.append(editor);
  document.body.append(anchor);
  return { editor, anchor };
}

export function rangeIn(editor: HTMLElement, start: number, end: number): Range {
  const range = document.createRange();
  range.setStart(editor.firstChild!, start);
  range.setEnd(editor.firstChild!, end);
  return range;
}

/** Keeps the real closed shadow roots the code creates, so a test can look inside as the user would see it. */
export function captureShadowRoots(): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const original = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init) {
    const root = original.call(this, init);
    roots.push(root);
    return root;
  });
  return roots;
}

export function fakeActions() {
  return {
    applyFix: vi.fn(),
    ignore: vi.fn(),
    disableRule: vi.fn(),
    undo: vi.fn(),
    focusRecipients: vi.fn(),
    returnFocus: vi.fn(),
  };
}
