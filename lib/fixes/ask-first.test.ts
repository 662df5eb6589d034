import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis/analyze';
import { askFirst } from './ask-first';
import { fixOptions } from './fix-options';
import type { FixOption } from './types';

const TUESDAY = '2026-12-01T16:00:00+01:00';
const PREAMBLE = 'We shipped the new billing flow last week and most customers moved over without trouble. '
  .repeat(7)
  .trim();
const ASK = 'Could you approve the refund for Cobalt Dental by Fri 4 Dec 5pm CET?';
const buried = (text: string) =>
  analyze({
    text,
    site: 'gmail',
    kind: 'email',
    recipients: ['sam@acme.example'],
    now: TUESDAY,
  }).findings.find((f) => f.rule === 'buried-ask');
/** Both edits, the later one first, as the checker makes them. */
const apply = (text: string, option: FixOption) => {
  const once = text.slice(0, option.edit.start) + option.edit.text + text.slice(option.edit.end);
  const { start, end, text: inserted } = option.also!;
  return once.slice(0, start) + inserted + once.slice(end);
};
const fixed = (text: string) => {
  const finding = buried(text);
  expect(finding, text).toBeDefined();
  const [option] = askFirst(finding!, text);
  expect(option?.label).toBe('Move the ask to the top');
  return apply(text, option!);
};

describe('askFirst', () => {
  it('moves the ask to the top, after the greeting line, the rest in order, and the finding goes', () => {
    const text = `Hi Sam,\n${PREAMBLE}\n\n${ASK}\n\nThanks,\nLeila`;
    const moved = fixed(text);
    expect(moved).toBe(`Hi Sam,\n${ASK}\n${PREAMBLE}\n\nThanks,\nLeila`);
    expect(buried(moved)).toBeUndefined();
    // The ask's line goes with the break after it (the next line moves up), the last line with the one before.
    expect(askFirst(buried(text)!, text)[0]!.edit).toEqual({
      start: text.indexOf(ASK),
      end: text.indexOf(ASK) + ASK.length + 2,
      text: '',
    });
    expect(fixed(`Hi Sam,\n${PREAMBLE}\n\n${ASK}`)).toBe(`Hi Sam,\n${ASK}\n${PREAMBLE}`);
  });

  it('opens a message with no greeting, and takes the ask out of the middle of its line', () => {
    expect(fixed(`${PREAMBLE} ${ASK}`)).toBe(`${ASK}\n${PREAMBLE}`);
    expect(fixed(`${PREAMBLE} ${ASK} Details below.`)).toBe(`${ASK}\n${PREAMBLE} Details below.`);
  });

  it('offers nothing when the ask already opens the body, and is what fixOptions offers', () => {
    const top = { start: 8, end: 8 + ASK.length };
    expect(askFirst(top, `Hi Sam,\n${ASK}\n${PREAMBLE}`)).toEqual([]);
    const text = `${PREAMBLE} ${ASK}`;
    expect(fixOptions(buried(text)!, { text, now: TUESDAY }).map((o) => o.label)).toEqual([
      'Move the ask to the top',
    ]);
    // A Notion page's top is its title and headings: no moving an ask there.
    expect(fixOptions(buried(text)!, { text, now: TUESDAY, kind: 'page' })).toEqual([]);
  });
});
