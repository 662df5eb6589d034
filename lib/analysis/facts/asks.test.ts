import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { NOW } from '../test-helpers';

const kinds = (text: string) =>
  analyze({ text, site: 'slack', kind: 'dm', now: NOW }).facts.asks.map((a) => a.kind);

describe('asks: conditions', () => {
  it('asks when the condition is on the work, or the sentence is a question', () => {
    expect(kinds('If the numbers look right, please sign the form.')).toEqual(['task']);
    expect(kinds('If Sam is out on Friday, are you able to cover his shift?')).toEqual(['task']);
    expect(kinds('If not, could we push the review a day?')).toEqual(['question']);
  });

  it('does not ask when it only offers help in case the reader needs it', () => {
    expect(kinds('If you have any questions, please call me.')).toEqual([]);
    expect(kinds('If anyone needs the slides, just ask.')).toEqual([]);
    expect(kinds("If anything's unclear, don't hesitate.")).toEqual([]);
  });
});

describe('asks: requests and questions in other words', () => {
  it('keeps a request that names a phone number, and drops a bare number to call', () => {
    expect(kinds('Could you call the client at 555-201-3344?')).toEqual(['task']);
    expect(kinds('Call 555-201-3344 for support.')).toEqual([]);
  });

  it('reads questions that lost their question mark', () => {
    expect(kinds('Should I book the room for Thursday.')).toEqual(['question']);
    expect(kinds('What time does the train leave.')).toEqual(['question']);
    expect(kinds('Good morning, can I get the latest forecast')).toEqual(['question']);
    expect(kinds('What we need is a clearer plan.')).toEqual([]);
  });

  it('reads "I was wondering whether …" as a question, about the writer only', () => {
    expect(kinds('I was wondering whether the launch is still on track.')).toEqual(['question']);
    expect(kinds('I wanted to know if the budget was approved.')).toEqual(['question']);
    expect(kinds('She was wondering about the launch.')).toEqual([]);
  });

  it('reads appreciation of future help as a request, not thanks for past help', () => {
    expect(kinds("I'd really appreciate a quick review of the draft.")).toEqual(['task']);
    expect(kinds('Any help you can give with the migration is welcome.')).toEqual(['task']);
    expect(kinds('I appreciate all your help last week.')).toEqual([]);
  });

  it('reads "when you get a chance" and reminders to act as requests', () => {
    expect(kinds('When you get a chance, the figures for March would help.')).toEqual(['task']);
    expect(kinds('Just a reminder to submit your timesheet by Friday.')).toEqual(['task']);
    expect(kinds('This is a reminder that the office is closed on Monday.')).toEqual([]);
    expect(kinds('When you get there, the office is on the left.')).toEqual([]);
  });

  it("reads a mid-sentence let's, and suggestions to the reader", () => {
    expect(kinds("Once the numbers are in, let's review them together.")).toEqual(['task']);
    expect(kinds('We can run the demo this week if you are available.')).toEqual(['task']);
    expect(kinds('The three of us need to sit down and plan the rollout.')).toEqual(['task']);
    expect(kinds('You may need to check with legal first.')).toEqual(['task']);
    expect(kinds('You can also ask Dana for the login.')).toEqual(['task']);
    expect(kinds("I'm free most of the day, so let's see how it goes.")).toEqual([]);
    expect(kinds('The new dashboard lets you filter by region.')).toEqual([]);
    expect(kinds('You may remember the old process.')).toEqual([]);
  });
});

describe('asks: mail that is not a colleague asking', () => {
  it('ignores quizzes and rhetorical "can you" questions', () => {
    expect(kinds('Can you guess which team won?')).toEqual([]);
    expect(kinds("Can you believe it's already December?")).toEqual([]);
    expect(kinds('Can you send the invoice?')).toEqual(['task']);
  });

  it('ignores survey, account and newsletter instructions', () => {
    expect(kinds('Please take a moment to complete our survey.')).toEqual([]);
    expect(kinds('To view this message online, please open the link.')).toEqual([]);
    expect(kinds('Please keep this email for your records.')).toEqual([]);
    expect(kinds('Please keep the receipts for the audit.')).toEqual(['task']);
  });

  it('ignores offers and events pitched to everyone, but not an invitation from a colleague', () => {
    expect(kinds('Download our free guide today.')).toEqual([]);
    expect(kinds('Join the webinar now.')).toEqual([]);
    expect(kinds('Join us as we celebrate ten years of the product.')).toEqual([]);
    expect(kinds('Can you join us for the retro on Friday?')).toEqual(['task']);
  });
});
