import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { NOW } from '../test-helpers';
import { proposesMeeting } from './meeting-words';

const kinds = (text: string) =>
  analyze({ text, site: 'slack', kind: 'dm', now: NOW }).facts.asks.map((a) => a.kind);

describe('proposed meetings', () => {
  it('counts a planned get-together with the reader and a time ahead as an ask', () => {
    expect(kinds('We meet with the vendor on Thursday at 2pm.')).toEqual(['task']);
    expect(kinds("We're on the call with the auditors next Tuesday at 9.")).toEqual(['task']);
    expect(kinds('See you at the standup on Monday!')).toEqual(['task']);
  });

  it('counts an answer to a proposed time', () => {
    expect(kinds('Tuesday at 10 works for me.')).toEqual(['task']);
    expect(kinds('Friday the 4th would work best for us.')).toEqual(['task']);
  });

  it('counts offers and invitations to meet, even put as a condition', () => {
    expect(kinds('Happy to discuss the budget whenever suits you.')).toEqual(['task']);
    expect(kinds("If you'd like to meet, I'm around all week.")).toEqual(['task']);
    expect(kinds('We would love to have you join the planning session.')).toEqual(['task']);
  });

  it('leaves past meetings, other people’s meetings and thanks alone', () => {
    expect(kinds('We met with the vendor last Thursday.')).toEqual([]);
    expect(kinds('I have a dentist appointment tomorrow at 9.')).toEqual([]);
    expect(kinds('The board meeting is on Friday.')).toEqual([]);
    expect(kinds('Thanks for the call on Monday.')).toEqual([]);
    expect(kinds("I'll call them tomorrow.")).toEqual([]);
  });

  it('reads a phone number after "at" as a number, not a time', () => {
    expect(proposesMeeting('you can reach me at 3-0977 about the lunch')).toBe(false);
    expect(proposesMeeting('we can talk it over at 3 about the lunch')).toBe(true);
  });
});
