import { describe, expect, it } from 'vitest';
import { covered, findingsOf } from '../test-helpers';

const preamble =
  'We shipped the new billing flow last week and most customers moved over without trouble. '.repeat(7);

describe('buried-ask', () => {
  it('flags the first ask when it comes after more than 80 words', () => {
    const text = `${preamble}\n\nCould you approve the refund for Cobalt Dental by Fri 27 Nov?`;
    const [f] = findingsOf('buried-ask', text);
    expect(covered(text, f!)).toBe('Could you approve the refund for Cobalt Dental by Fri 27 Nov?');
  });
  it('counts the small talk a greeting opens, not a greeting alone', () => {
    const chat = 'the audit started early and two people were out sick, but we kept up with it. '.repeat(5);
    const ask = 'Could you approve my PTO request by Fri 27 Nov?';
    expect(findingsOf('buried-ask', `Hey, hope the conference went well! ${chat}${ask}`)).toHaveLength(1);
    expect(findingsOf('buried-ask', `Hi Georgia,\n\n${chat}${ask}`)).toEqual([]);
  });
  it('leaves the asks of a list under an action heading alone, however long the notes above it', () => {
    const notes = `Pipeline meeting\n\n${preamble}\n\nActions\n- James: send the report on title by Friday 27 November.`;
    const page = { text: notes, site: 'notion' as const, kind: 'page' as const };
    expect(findingsOf('buried-ask', page)).toEqual([]);
    const plain = `Pipeline meeting\n\n${preamble}\n\nJames, can you send the report on title by Friday 27 November?`;
    expect(findingsOf('buried-ask', { ...page, text: plain })).toHaveLength(1);
  });
  it('leaves an ask at the top alone, and respects maxWordsBefore', () => {
    const text = `Could you approve the refund by Fri 27 Nov?\n\n${preamble}`;
    expect(findingsOf('buried-ask', text)).toEqual([]);
    const late = `${preamble}\n\nCould you approve the refund by Fri 27 Nov?`;
    expect(
      findingsOf('buried-ask', late, { rules: { 'buried-ask': { options: { maxWordsBefore: 500 } } } }),
    ).toEqual([]);
  });
});
