import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { NOW } from '../test-helpers';
import { splitSentences } from './sentences';

const texts = (s: string) => splitSentences(s).map((x) => x.text);

describe('sentences', () => {
  it('ends a sentence after a single capital that is not an initial', () => {
    expect(texts('We went with plan B. Send the deck by Friday.')).toEqual([
      'We went with plan B.',
      'Send the deck by Friday.',
    ]);
    const asks = analyze({
      text: 'We went with plan B. Send the deck by Friday.',
      site: 'slack',
      kind: 'dm',
      now: NOW,
    });
    expect(asks.facts.asks.map((a) => a.text)).toEqual(['Send the deck by Friday.']);
  });

  it('ends a lower-case chat sentence after a time or a figure', () => {
    expect(texts('API is failing, started 09:52. need one more person on the bridge')).toEqual([
      'API is failing, started 09:52.',
      'need one more person on the bridge',
    ]);
    expect(texts('costs were up 12%. the rest is flat')).toEqual(['costs were up 12%.', 'the rest is flat']);
    expect(texts('who knew it could break 14 components? :sweat_smile: fixed in v2.8.1')).toEqual([
      'who knew it could break 14 components? :sweat_smile:',
      'fixed in v2.8.1',
    ]);
  });

  it('ends no sentence after "e.g." or inside brackets; a sad face opens none', () => {
    expect(texts('Pick a name (e.g. Billing – Refund) first. Then merge.')).toEqual([
      'Pick a name (e.g. Billing – Refund) first.',
      'Then merge.',
    ]);
    expect(texts('Keep it short (max. Two lines) please.')).toEqual([
      'Keep it short (max. Two lines) please.',
    ]);
    expect(texts('The build failed :( Please fix it. Thanks.')).toEqual([
      'The build failed :( Please fix it.',
      'Thanks.',
    ]);
  });

  it('reads a list item without its mark, a numbered one as one item', () => {
    const items = splitSentences(
      'Next steps:\n1. Replace the module.\nb. Check the string. Then log it.\n- Add it',
    );
    expect(items.map((x) => [x.text, x.listItem])).toEqual([
      ['Next steps:', false],
      ['Replace the module.', true],
      ['Check the string.', true],
      ['Then log it.', false],
      ['Add it', true],
    ]);
  });

  it('keeps titles, initials, abbreviations and numbers inside their sentence', () => {
    expect(
      texts('Dr. Lee and J. Smith will join. Costs are approx. $3.50 per seat, e.g. the U.S. team.'),
    ).toEqual(['Dr. Lee and J. Smith will join.', 'Costs are approx. $3.50 per seat, e.g. the U.S. team.']);
    expect(texts('v2.1 is out on Dec. 3 at 3 p.m. today')).toEqual(['v2.1 is out on Dec. 3 at 3 p.m. today']);
    expect(texts('Would Thursday at 11:00 a.m. PT work? The call ends at 3 p.m. Send notes after.')).toEqual([
      'Would Thursday at 11:00 a.m. PT work?',
      'The call ends at 3 p.m.',
      'Send notes after.',
    ]);
  });

  it('splits chat written in lower case, but not after "etc."', () => {
    expect(texts('looks good to me. ok if I merge it')).toEqual(['looks good to me.', 'ok if I merge it']);
    expect(texts('logs, traces etc. and the dashboards')).toEqual(['logs, traces etc. and the dashboards']);
  });

  it('ends one at every line break and marks list items', () => {
    const s = splitSentences('Hi Sam,\n- update the runbook. Then ping me\n2. send the deck');
    expect(s.map((x) => [x.text, x.listItem, x.lineEnd])).toEqual([
      ['Hi Sam,', false, true],
      ['update the runbook.', true, false],
      ['Then ping me', false, true],
      ['send the deck', true, true],
    ]);
    expect(s.map((x) => x.paragraph)).toEqual([0, 0, 0, 0]);
  });
});
