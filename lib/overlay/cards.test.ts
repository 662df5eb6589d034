import { describe, expect, it } from 'vitest';
import type { AskChecklist, Finding } from '../analysis/types';
import { groupFindings, shownOccurrence } from './card-groups';
import { cardTitle, groupHeading } from './card-title';
import { describeAsk } from './checklist-rows';
import { panelSummary } from './panel-summary';
import { quote } from './quote';

const at = (rule: string) => ({ rule });

describe('groupFindings', () => {
  it('makes one group per rule, where the rule is first found, with every occurrence in order', () => {
    const groups = groupFindings([at('b'), at('a'), at('b'), at('a'), at('c')]);
    expect(groups).toEqual([
      { rule: 'b', indices: [0, 2] },
      { rule: 'a', indices: [1, 3] },
      { rule: 'c', indices: [4] },
    ]);
    expect(shownOccurrence(groups[0]!, 0)).toBe(0);
    expect(shownOccurrence(groups[0]!, 2)).toBe(2);
    expect(shownOccurrence(groups[0]!, 3)).toBe(0);
  });
});

describe('quote', () => {
  it('keeps a short phrase whole and cuts a long one at a word, with an ellipsis', () => {
    expect(quote('as  discussed\n')).toBe('“as discussed”');
    expect(quote('can someone send the Q3 numbers to finance before the board meeting')).toBe(
      '“can someone send the Q3 numbers to…”',
    );
    expect(quote('x'.repeat(60))).toBe(`“${'x'.repeat(40)}…”`);
  });
});

describe('cardTitle', () => {
  const noOwner = {
    rule: 'no-owner',
    message: 'Nobody is named for this: say who should do it ("@Sam, can you …").',
  };

  it('names the ask a card is about instead of "this"', () => {
    expect(cardTitle(noOwner, 'can someone send the Q3 numbers by the end of the week')).toBe(
      '“can someone send the Q3 numbers by the…” names nobody: say who should do it.',
    );
    expect(
      cardTitle(
        { rule: 'buried-ask', message: 'Your request comes after 96 words of background: put it first.' },
        'Could you approve the credit?',
      ),
    ).toBe('“Could you approve the credit?” comes after 96 words of background: put it first.');
  });

  it("keeps the engine's words where they already quote, or when the text is unknown", () => {
    const vague = {
      rule: 'vague-deadline',
      message: '"ASAP" is not a deadline: name the day (and time) you need it.',
    };
    expect(cardTitle(vague, 'ASAP')).toBe(vague.message);
    expect(cardTitle(noOwner)).toBe(noOwner.message);
  });

  it('sends the writer to the To field for a missing recipient', () => {
    expect(cardTitle({ rule: 'no-recipients', message: 'This email has no recipient.' }, 'Hi')).toBe(
      'Add a recipient in To.',
    );
  });
});

describe('groupHeading', () => {
  it('quotes the words when every occurrence is the same phrase, else names the rule', () => {
    expect(groupHeading('Unexplained reference', ['As discussed', 'as  discussed'])).toBe(
      '“As discussed” — 2 times',
    );
    expect(groupHeading('Unexplained reference', ['as discussed', 'per my last email', 'as agreed'])).toBe(
      'Unexplained reference — 3 times',
    );
  });
});

describe('panelSummary', () => {
  const ask = (start: number, end: number) => ({
    start,
    end,
    text: 'send it',
    kind: 'task' as const,
    action: 'send it',
    owner: 'unowned' as const,
  });
  const items: AskChecklist[] = [
    { ask: ask(0, 10), who: null, when: null, why: null },
    { ask: ask(20, 30), who: null, when: { start: 31, end: 35, text: 'soon', vague: true }, why: null },
    { ask: ask(40, 50), who: { start: 40, end: 43, text: 'Sam' }, when: null, why: null },
  ];
  const finding = (rule: string, start: number, end: number) => ({ rule, start, end }) as Finding;
  // The rows the panel's checklist shows: what the summary line counts.
  const rowsOf = (checklist: AskChecklist[], findings: Finding[]) =>
    checklist.map((item) => describeAsk(item, findings));

  it('counts the asks and what the shown findings say is missing', () => {
    const findings = [
      finding('no-owner', 0, 10),
      finding('missing-deadline', 0, 10),
      finding('vague-deadline', 31, 35),
      finding('missing-deadline', 40, 50),
    ];
    expect(panelSummary(rowsOf(items, findings))).toBe(
      '3 asks · 2 without an owner · 2 without a deadline · 1 with a vague deadline',
    );
  });

  it('drops what an ignored or turned-off rule said, and says nothing without an ask', () => {
    expect(panelSummary(rowsOf(items.slice(0, 1), []))).toBe('1 ask');
    expect(panelSummary(rowsOf([], [finding('no-owner', 0, 1)]))).toBeUndefined();
  });
});
