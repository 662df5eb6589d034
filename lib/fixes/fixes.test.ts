import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis/analyze';
import type { Finding } from '../analysis/types';
import { dateChips } from './date-chips';
import { fixOptions } from './fix-options';
import { firstName, ownerChoices } from './owner-choices';

const apply = (text: string, edit: { start: number; end: number; text: string }) =>
  text.slice(0, edit.start) + edit.text + text.slice(edit.end);

const TUESDAY = '2026-12-01T16:00:00+01:00';

describe('dateChips', () => {
  const text = 'Can someone send me the numbers ASAP?';
  const vague = { start: text.indexOf('ASAP'), end: text.indexOf('ASAP') + 4 };

  it('offers the coming Friday, the Monday after and the end of today, from the clock', () => {
    const chips = dateChips(vague, text, TUESDAY);
    expect(chips.map((c) => c.label)).toEqual(['by Fri 4 Dec', 'by Mon 7 Dec', 'by end of today']);
    expect(apply(text, chips[0]!.edit)).toBe('Can someone send me the numbers by Fri 4 Dec?');
  });

  it("names next week's Friday once this week's is today or gone", () => {
    expect(dateChips(vague, text, '2026-12-04T09:00:00+00:00')[0]!.label).toBe('by Fri 11 Dec');
    expect(dateChips(vague, text, '2026-12-06T09:00:00+00:00')[0]!.label).toBe('by Fri 11 Dec');
    expect(dateChips(vague, text, '2026-12-03T09:00:00+00:00')[0]!.label).toBe('by Fri 4 Dec');
  });

  it("reads the day in the writer's offset, not UTC", () => {
    // 23:30 on Thursday in New York is already Friday in UTC.
    expect(dateChips(vague, text, '2026-12-03T23:30:00-05:00')[0]!.label).toBe('by Fri 4 Dec');
  });

  it('never writes "by by", and offers nothing without a clock', () => {
    const withBy = 'Send it by when you can.';
    const span = { start: withBy.indexOf('when'), end: withBy.indexOf('when') + 12 };
    expect(apply(withBy, dateChips(span, withBy, TUESDAY)[1]!.edit)).toBe('Send it by Mon 7 Dec.');
    expect(dateChips(vague, text, 'not a date')).toEqual([]);
  });
});

describe('fixOptions', () => {
  const finding = (extra: Partial<Finding>): Finding => ({
    rule: 'hedging-filler',
    category: 'style',
    severity: 'info',
    start: 4,
    end: 9,
    message: 'm',
    ...extra,
  });

  it("puts the engine's suggestion first, as a change or a removal", () => {
    const text = 'Can just you';
    expect(fixOptions(finding({ suggestion: '' }), { text, now: TUESDAY })).toEqual([
      { label: 'Remove “just ”', edit: { start: 4, end: 9, text: '' } },
    ]);
    expect(fixOptions(finding({ suggestion: 'Fri 4 Dec' }), { text, now: TUESDAY })[0]!.label).toBe(
      'Change to “Fri 4 Dec”',
    );
  });

  it('offers date chips for a vague deadline, and nothing for a rule with no fix', () => {
    const text = 'Send it soon.';
    const vague = finding({ rule: 'vague-deadline', start: 8, end: 12 });
    expect(fixOptions(vague, { text, now: TUESDAY }).map((o) => o.label)).toHaveLength(3);
    expect(fixOptions(finding({ rule: 'no-recipients' }), { text, now: TUESDAY })).toEqual([]);
  });
});

describe('ownerChoices', () => {
  const people = ['Sam Lee', 'Jordan Park'];
  const whole = (text: string) => ({ start: 0, end: text.length });
  /** The ask as the first choice ("Ask Sam") leaves it. */
  const fixed = (ask: string) => apply(ask, ownerChoices(whole(ask), ask, people)[0]!.edit);

  it('addresses the ask to the person, "someone" / "anyone" becoming "you", one button per person', () => {
    const text = 'Can someone send me the numbers ASAP?';
    const choices = ownerChoices(whole(text), text, people);
    expect(choices.map((c) => c.label)).toEqual(['Ask Sam', 'Ask Jordan']);
    expect(apply(text, choices[1]!.edit)).toBe('Jordan, can you send me the numbers ASAP?');
    expect(fixed('Does anyone have the Q3 deck?')).toBe('Sam, do you have the Q3 deck?');
    expect(fixed('Has anybody seen the Q3 deck?')).toBe('Sam, have you seen the Q3 deck?');
    expect(fixed('I need someone to check the invoice.')).toBe('Sam, I need you to check the invoice.');
    expect(fixed('Someone needs to rotate the keys.')).toBe('Sam needs to rotate the keys.');
  });

  it('opens any other ask with the name, its first word no longer capitalised, "I" and acronyms kept', () => {
    expect(fixed('Please update the runbook before the cut.')).toBe(
      'Sam, please update the runbook before the cut.',
    );
    expect(fixed('I need the QBR deck by Friday.')).toBe('Sam, I need the QBR deck by Friday.');
    expect(fixed('QA should sign off on the build.')).toBe('Sam, QA should sign off on the build.');
  });

  it('greets the person instead of the group when the ask opens with "Hi all,"', () => {
    expect(fixed('Hi all, as discussed, can someone send me the numbers ASAP?')).toBe(
      'Hi Sam, as discussed, can you send me the numbers ASAP?',
    );
    expect(fixed('Hey team, please update the runbook.')).toBe('Hey Sam, please update the runbook.');
  });

  it('edits only inside the ask, and offers each distinct first name the page gave, at most five', () => {
    const text = 'Thanks for the update. Can someone check the invoice?';
    const ask = { start: text.indexOf('Can'), end: text.length };
    expect(apply(text, ownerChoices(ask, text, ['Ana Diaz'])[0]!.edit)).toBe(
      'Thanks for the update. Ana, can you check the invoice?',
    );
    // What a Slack channel's five recent senders give: nobody the adapter read is left out of the card.
    const crowd = ['Ana Diaz', 'Diaz, Ana', 'Ben Ode', 'Cy Ng', 'Dee Roy'];
    expect(ownerChoices(ask, text, crowd).map((c) => c.label)).toEqual([
      'Ask Ana',
      'Ask Ben',
      'Ask Cy',
      'Ask Dee',
    ]);
    // A mail to a whole team: the first five of its chips.
    const team = [...crowd, 'Eli Fox', 'Flo Gale', 'Gus Hale'];
    expect(ownerChoices(ask, text, team).map((c) => c.label)).toEqual([
      'Ask Ana',
      'Ask Ben',
      'Ask Cy',
      'Ask Dee',
      'Ask Eli',
    ]);
  });

  it('leaves the engine an owner to read: the finding goes away once a choice is pressed', () => {
    const group = (text: string) =>
      analyze({
        text,
        site: 'gmail',
        kind: 'email',
        recipients: ['sam@acme.example', 'jo@acme.example'],
        now: TUESDAY,
      });
    for (const text of [
      'Can someone send me the updated launch numbers by Fri 4 Dec 5pm CET?',
      'Does anyone have the Q3 deck?',
      'Please update the runbook by Fri 4 Dec 5pm CET.',
      'Would anybody mind reviewing the rollout plan by Fri 4 Dec 5pm CET?',
      'Hi all, as discussed in the Nov 30 standup, can someone send me the numbers by Fri 4 Dec 5pm CET?',
      'Hey team, please update the runbook by Fri 4 Dec 5pm CET.',
    ]) {
      const noOwner = group(text).findings.find((f) => f.rule === 'no-owner');
      expect(noOwner, text).toBeDefined();
      const fixed = apply(text, ownerChoices(noOwner!, text, people)[0]!.edit);
      expect(
        group(fixed).findings.map((f) => f.rule),
        fixed,
      ).not.toContain('no-owner');
    }
  });

  it('takes the first name from "First Last" or "Last, First", and none from an address', () => {
    expect([firstName('Priya Raman'), firstName('Raman, Priya'), firstName('Priya')]).toEqual([
      'Priya',
      'Priya',
      'Priya',
    ]);
    expect(firstName('priya.ops@acme.example')).toBeUndefined();
    expect(firstName('  ')).toBeUndefined();
  });

  it('is what fixOptions offers for a missing owner, and nothing when the page names nobody', () => {
    const text = 'Can someone check the invoice?';
    const noOwner = {
      rule: 'no-owner',
      category: 'recipient',
      severity: 'warning',
      message: 'm',
      ...whole(text),
    } as Finding;
    expect(fixOptions(noOwner, { text, now: TUESDAY, people }).map((o) => o.label)).toEqual([
      'Ask Sam',
      'Ask Jordan',
    ]);
    expect(fixOptions(noOwner, { text, now: TUESDAY })).toEqual([]);
  });
});
