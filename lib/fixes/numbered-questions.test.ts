import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis/analyze';
import { fixOptions } from './fix-options';
import { numberedQuestions } from './numbered-questions';

const TUESDAY = '2026-12-01T16:00:00+01:00';
const check = (text: string) => analyze({ text, site: 'slack', kind: 'channel', now: TUESDAY });
const stacked = (text: string) => check(text).findings.find((f) => f.rule === 'stacked-questions');
/** The text once the fix offered for the engine's own stacked-questions finding is pressed. */
const fixed = (text: string) => {
  const finding = stacked(text);
  expect(finding, text).toBeDefined();
  const [option] = numberedQuestions(finding!, text);
  expect(option?.label).toBe('Number the questions');
  const { start, end, text: list } = option!.edit;
  return text.slice(0, start) + list + text.slice(end);
};

describe('numberedQuestions', () => {
  it('puts each question on its own numbered line, a lead-in above them, and the finding goes', () => {
    const text =
      'Quick ones: Are we doing Lisbon or Porto? What is the budget? Are partners invited? Who books flights?';
    const list =
      'Quick ones:\n1. Are we doing Lisbon or Porto?\n2. What is the budget?\n3. Are partners invited?\n4. Who books flights?';
    expect(fixed(text)).toBe(list);
    expect(stacked(list)).toBeUndefined();
  });

  it('keeps the greeting line, the text before the questions above the list and the text after it below', () => {
    const text =
      'Hi Sam,\nThanks for the deck. Quick ones: Are we doing Lisbon or Porto? What is the budget? Are partners invited? Let me know.';
    expect(fixed(text)).toBe(
      'Hi Sam,\nThanks for the deck.\nQuick ones:\n1. Are we doing Lisbon or Porto?\n2. What is the budget?\n3. Are partners invited?\nLet me know.',
    );
  });

  it('keeps a question with "e.g.", a title or an initial whole, and a remark with the question it follows', () => {
    expect(fixed('Should we use a tracker, e.g. Jira? What is the budget? Who signs off?')).toBe(
      '1. Should we use a tracker, e.g. Jira?\n2. What is the budget?\n3. Who signs off?',
    );
    const titles = 'Can Mr. Lee join? Does J. Smith know? Who books?';
    expect(numberedQuestions({ start: 0, end: titles.length }, titles)[0]!.edit.text).toBe(
      '1. Can Mr. Lee join?\n2. Does J. Smith know?\n3. Who books?',
    );
    const text = 'Is it Lisbon? I think so. What is the budget? Who signs off on it?';
    const remark = { start: 0, end: text.length };
    expect(numberedQuestions(remark, text)[0]!.edit.text).toBe(
      '1. Is it Lisbon? I think so.\n2. What is the budget?\n3. Who signs off on it?',
    );
  });

  it('renumbers questions that already carry a mark, and offers nothing for a list already made', () => {
    const text = 'Two things. 1. Is it Lisbon? 2. What is the budget?';
    const span = { start: text.indexOf('1.'), end: text.length };
    expect(numberedQuestions(span, text)[0]!.edit.text).toBe('\n1. Is it Lisbon?\n2. What is the budget?');
    const list = '1. Is it Lisbon?\n2. What is the budget?';
    expect(numberedQuestions({ start: 0, end: list.length }, list)).toEqual([]);
    expect(numberedQuestions({ start: 0, end: 13 }, 'Is it Lisbon?')).toEqual([]);
  });

  it('is what fixOptions offers for stacked questions', () => {
    const text = 'Quick ones: Are we doing Lisbon or Porto? What is the budget? Are partners invited?';
    const finding = stacked(text)!;
    expect(fixOptions(finding, { text, now: TUESDAY }).map((o) => o.label)).toEqual(['Number the questions']);
  });
});
