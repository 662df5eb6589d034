import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { NOW } from '../test-helpers';
import { findTimes, readReference } from './dates';

const ref = readReference(NOW)!; // Wednesday 25 Nov 2026, 10:00 -08:00
const times = (text: string) => findTimes(text, ref, false).map((t) => [t.text, t.date]);
const deadlineOf = (text: string) =>
  analyze({ text, site: 'slack', kind: 'dm', now: NOW }).facts.deadlines.map((d) => [d.text, d.date]);

describe('dates as people write them at work', () => {
  it("reads the weekday a week on, clocks without a colon or a meridiem, and Europe's dotted dates", () => {
    expect(times('send it a week on Friday')).toEqual([['a week on Friday', '2026-12-04']]);
    expect(times('by the Friday after next')).toEqual([['the Friday after next', '2026-12-04']]);
    expect(times('book the pallets by 1700.')).toEqual([['1700', '2026-11-25']]);
    expect(times('by 0900 tomorrow')).toEqual([['0900 tomorrow', '2026-11-26']]);
    expect(times('order 1500 units by 2026')).toEqual([]);
    expect(times('send it by 2 PT')).toEqual([['by 2', '2026-11-25']]);
    expect(times('please send it till 04.12')).toEqual([['04.12', '2026-12-04']]);
    expect(times('Deadline is Thursday 3.12.')).toEqual([['Thursday 3.12.', '2026-12-03']]);
    expect(times('upgrade to 4.12')).toEqual([]);
    expect(times('can you send it this arvo?')).toEqual([['this arvo', '2026-11-25']]);
    expect(times('I need it by this time tomorrow')).toEqual([['this time tomorrow', '2026-11-26']]);
    expect(times('get them in by year end')).toEqual([['year end', '2026-12-31']]);
    expect(times('send the year-end report by Friday')).toEqual([['Friday', '2026-11-27']]);
    expect(deadlineOf('Please send the quote by end of play.')).toEqual([['end of play', '2026-11-25']]);
  });

  it('reads a weekday that is today\'s name as next week\'s, unless "this" says today', () => {
    expect(times('by Wednesday')).toEqual([['Wednesday', '2026-12-02']]);
    expect(times('by Weds')).toEqual([['Weds', '2026-12-02']]);
    expect(times('this Wednesday')).toEqual([['this Wednesday', '2026-11-25']]);
  });

  it('names a day with "later today" and none with a comparison ("anything later")', () => {
    expect(deadlineOf('Could you send me the chart later today?')).toEqual([['today', '2026-11-25']]);
    expect(deadlineOf('Send the requests by Friday. Anything later rolls into Q2.')).toEqual([
      ['Friday', '2026-11-27'],
    ]);
  });

  it('reads a holiday before a noun as a kind of thing, not a day', () => {
    expect(deadlineOf('can you order the Christmas decorations this Thursday?')).toEqual([
      ['this Thursday', '2026-11-26'],
    ]);
    expect(times('the Thanksgiving menu is ready')).toEqual([]);
    expect(times('ship it before the Christmas break')).toEqual([['Christmas', '2026-12-24']]);
  });

  it('resolves the ends of periods to the last working day or date of that period', () => {
    expect(times('by end of next week')).toEqual([['end of next week', '2026-12-04']]);
    expect(times('by the end of the week')).toEqual([['the end of the week', '2026-11-27']]);
    expect(times('by end of month')).toEqual([['end of month', '2026-11-30']]);
    expect(times('by the end of the quarter')).toEqual([['the end of the quarter', '2026-12-31']]);
    expect(times('before end of year')).toEqual([['end of year', '2026-12-31']]);
  });

  it('reads the period ends, spans and shorthands of work calendars and chat', () => {
    expect(times('close it by month-end')).toEqual([['month-end', '2026-11-30']]);
    expect(times('finish it by end of Q4')).toEqual([['end of Q4', '2026-12-31']]);
    expect(times('by the last working day of November')).toEqual([
      ['the last working day of November', '2026-11-30'],
    ]);
    expect(times('by the last business day of the year')).toEqual([
      ['the last business day of the year', '2026-12-31'],
    ]);
    expect(times('by Friday week')).toEqual([['Friday week', '2026-12-04']]);
    expect(times('by Tuesday week')).toEqual([['Tuesday week', '2026-12-08']]);
    expect(times('file it 2moro')).toEqual([['2moro', '2026-11-26']]);
    expect(times('send the list tmr am')).toEqual([['tmr am', '2026-11-26']]);
    expect(times('by Tues')).toEqual([['Tues', '2026-12-01']]);
    expect(times('send the photos before lunch')).toEqual([['lunch', '2026-11-25']]);
    expect(times('by lunchtime tomorrow')).toEqual([['lunchtime tomorrow', '2026-11-26']]);
    expect(times('we had lunch at the new place')).toEqual([]);
    expect(deadlineOf('Please send it between Dec 1 and Dec 4.')).toEqual([['Dec 4', '2026-12-04']]);
    expect(deadlineOf('please review it Mon–Wed next week')).toEqual([['Wed next week', '2026-12-02']]);
    expect(deadlineOf('Please submit it not later than 2.12.')).toEqual([['2.12.', '2026-12-02']]);
    // Given to each of many, a time from now is a standard.
    expect(times('Answer every customer within one business day.')).toEqual([]);
  });

  it('reads a weekday before a noun as which thing, unless the thing is held on that day', () => {
    expect(deadlineOf('Can you add a vegan option to the Friday menu?')).toEqual([]);
    expect(deadlineOf('@Bilal can you update the Thursday delivery schedule?')).toEqual([]);
    expect(deadlineOf('can you help me move my tuesday flight?')).toEqual([]);
    expect(deadlineOf('anyone able to swap into the Saturday brunch shift?')).toEqual([
      ['Saturday', '2026-11-28'],
    ]);
    expect(deadlineOf('Please send the notes before the Thursday sync.')).toEqual([
      ['Thursday', '2026-11-26'],
    ]);
  });

  it('reads a day and month that could go either way as the nearer day to come, or the one on its weekday', () => {
    expect(times('until 2/12')).toEqual([['2/12', '2026-12-02']]);
    expect(times('by 12/4')).toEqual([['12/4', '2026-12-04']]);
    expect(times('due 11/12')).toEqual([['11/12', '2026-12-11']]);
    expect(times('by Tues 1/12')).toEqual([['Tues 1/12', '2026-12-01']]);
    expect(times('by 12/02/2026')).toEqual([['12/02/2026', '2026-12-02']]);
    expect(times('by 30/11')).toEqual([['30/11', '2026-11-30']]);
  });

  it('reads a weekday with its day of the month as that day, not as the coming weekday', () => {
    expect(times('by Monday the 7th')).toEqual([['Monday the 7th', '2026-12-07']]);
    expect(times('by Wed the 2nd')).toEqual([['Wed the 2nd', '2026-12-02']]);
    expect(times('by Tues. the 1st')).toEqual([['Tues. the 1st', '2026-12-01']]);
  });

  it('reads a time from now in days, working days, fortnights, months and years', () => {
    expect(times('please reply within 3 business days')).toEqual([['within 3 business days', '2026-11-30']]);
    expect(times('within two working days')).toEqual([['within two working days', '2026-11-27']]);
    expect(times('in a fortnight')).toEqual([['in a fortnight', '2026-12-09']]);
    expect(times('within 2 days')).toEqual([['within 2 days', '2026-11-27']]);
    expect(times('in two months')).toEqual([['in two months', '2027-01-25']]);
    expect(times('for two months')).toEqual([]);
    expect(times('in the next 3 working days')).toEqual([['in the next 3 working days', '2026-11-30']]);
    expect(deadlineOf('Please send it within 3 business days.')).toEqual([
      ['within 3 business days', '2026-11-30'],
    ]);
  });

  it('puts a clock time alone on the day named beside it, and a weekday range on the coming day', () => {
    expect(times('could you cover my 8am class on Friday?')).toEqual([
      ['8am', '2026-11-27'],
      ['on Friday', '2026-11-27'],
    ]);
    expect(times('need two people Saturday from 9 to noon')).toEqual([
      ['Saturday from 9 to noon', '2026-11-28'],
    ]);
  });

  it('reads a weekday in a named week on that week, weeks starting on Monday', () => {
    // NOW is Wednesday 25 Nov 2026: this week runs Mon 23 – Sun 29 Nov.
    expect(times('can we meet next week on Tuesday?')).toEqual([['next week on Tuesday', '2026-12-01']]);
    expect(times('next week Mon or Tue')).toEqual([
      ['next week Mon', '2026-11-30'],
      ['Tue', '2026-12-01'],
    ]);
    expect(times('by this week Friday')).toEqual([['this week Friday', '2026-11-27']]);
    expect(times('the following Friday works')).toEqual([['the following Friday', '2026-12-04']]);
    // A weekday of last week is past: no deadline.
    expect(times('we met on Tuesday of last week')).toEqual([]);
  });

  it('reads the day of this or next month, and an offset from a holiday', () => {
    expect(times('by the 15th of next month')).toEqual([['the 15th of next month', '2026-12-15']]);
    expect(times('on the 3rd day of next month')).toEqual([['the 3rd day of next month', '2026-12-03']]);
    // November has no 31st: no day at all, not the next 31st.
    expect(times('by the 31st of this month')).toEqual([]);
    expect(times('2 weeks before Christmas')).toEqual([['2 weeks before Christmas', '2026-12-11']]);
    expect(times('three days after Thanksgiving')).toEqual([['three days after Thanksgiving', '2026-11-29']]);
  });

  it('reads the holidays work plans around, and the end of a named day', () => {
    expect(times('by Thanksgiving')).toEqual([['Thanksgiving', '2026-11-26']]);
    expect(times('by Christmas')).toEqual([['Christmas', '2026-12-25']]);
    // What is due before a day off is due the day before it.
    expect(times('installed before Christmas')).toEqual([['Christmas', '2026-12-24']]);
    expect(times('before the new year')).toEqual([['new year', '2026-12-31']]);
    expect(times("by New Year's Eve")).toEqual([["New Year's Eve", '2026-12-31']]);
    expect(times('in a fortnight')).toEqual([['in a fortnight', '2026-12-09']]);
    expect(deadlineOf('Please send it by the end of the day Friday.')).toEqual([
      ['end of the day Friday', '2026-11-27'],
    ]);
    // a part of a month names no day: vague
    const [ask] = analyze({ text: 'Please send it by mid-December.', site: 'slack', kind: 'dm', now: NOW })
      .facts.asks;
    expect(ask?.deadline).toMatchObject({ text: 'mid-December', vague: true });
  });

  it('reads a weekday looked back on as past, never a deadline', () => {
    expect(times('As we agreed last Wednesday, please send the deck.')).toEqual([]);
    expect(times('this past Friday')).toEqual([]);
    expect(deadlineOf('As we agreed last Wednesday, please send the deck.')).toEqual([]);
  });

  it('reads a clock time that has passed today, after a past-tense verb, as when something happened', () => {
    expect(times('checkout is returning 502s, started 09:52.')).toEqual([]);
    expect(times('the deploy started at 9:15')).toEqual([]);
    expect(times('call me at 9:30')).toEqual([['at 9:30', '2026-11-26']]);
  });

  it('reads a part of today ahead as today; one under way, over or after a past verb names when it happened', () => {
    expect(times('please recalibrate the meter this afternoon')).toEqual([['this afternoon', '2026-11-25']]);
    expect(times('per our call this morning, can you send it Friday?')).toEqual([['Friday', '2026-11-27']]);
    expect(times('can you send it before this evening?')).toEqual([['this evening', '2026-11-25']]);
    expect(times('by this morning')).toEqual([['this morning', '2026-11-25']]);
    expect(times('the QC sample failed on a drift check this afternoon')).toEqual([]);
    const evening = readReference('2026-11-25T19:00:00-08:00')!;
    expect(findTimes('please do it this afternoon', evening, false)).toEqual([]);
  });

  it('reads a length of time, abbreviated or not, as no date; "in 15 min" is one', () => {
    expect(times('Travel policy changes (Hiro, 15 min)')).toEqual([]);
    expect(times('the migration took 3 hrs')).toEqual([]);
    expect(times('back in 15 min')).toEqual([['in 15 min', '2026-11-25']]);
  });

  it('reads a month and day of the last three months as that past day, not next year', () => {
    expect(times('Please send comments on the Nov 19 webhook delay.')).toEqual([]);
    expect(times('Can you recheck the numbers from Sep 1?')).toEqual([]);
    expect(times('Due Jan 5.')).toEqual([['Jan 5', '2027-01-05']]);
    expect(times('the offsite is Aug 12')).toEqual([['Aug 12', '2027-08-12']]);
    expect(deadlineOf('Can you send the Nov 3 invoice by Friday?')).toEqual([['Friday', '2026-11-27']]);
  });

  it('reads "before our call on Monday" as due that Monday', () => {
    expect(
      findTimes('Can you send it before our call on Monday?', ref, false).map((t) => [t.date, t.prefixed]),
    ).toEqual([['2026-11-30', true]]);
  });

  it('reads ordinals, nth weekdays and "this time next week"', () => {
    expect(times('due the 1st')).toEqual([['the 1st', '2026-12-01']]);
    expect(times('by the 30th')).toEqual([['the 30th', '2026-11-30']]);
    expect(times('by February the 15th')).toEqual([['February the 15th', '2027-02-15']]);
    expect(times('on the first Wednesday of October')).toEqual([
      ['the first Wednesday of October', '2027-10-06'],
    ]);
    expect(times('the last Friday of December')).toEqual([['the last Friday of December', '2026-12-25']]);
    expect(times('this time next week works')).toEqual([['this time next week', '2026-12-02']]);
    expect(times('by the last Friday of the month')).toEqual([
      ['the last Friday of the month', '2026-11-27'],
    ]);
    expect(times('the first Monday of next month')).toEqual([
      ['the first Monday of next month', '2026-12-07'],
    ]);
    // A period alone names no day: "the week of Dec 7" is Dec 7, and "the month" nothing.
    expect(times('send it the week of Dec 7')).toEqual([['Dec 7', '2026-12-07']]);
    expect(times('away for the month')).toEqual([]);
  });

  it('reads chat clock times and offsets in hours as today', () => {
    expect(times('call me at 3p')).toEqual([['at 3p', '2026-11-25']]);
    // "12 noon" is one phrase, and its "by" makes it a deadline
    expect(times('let me know by 12 noon on Friday')).toEqual([['12 noon on Friday', '2026-11-27']]);
    expect(times('by 9a')).toEqual([['by 9a', '2026-11-26']]);
    expect(times('send it in a couple of hours')).toEqual([['in a couple of hours', '2026-11-25']]);
    expect(times('need one more person right now')).toEqual([['right now', '2026-11-25']]);
  });

  it('reads an hour or a clock time without am/pm after a deadline word in working hours, not as an amount', () => {
    expect(times('post it here b4 5?')).toEqual([['b4 5', '2026-11-25']]);
    expect(times('send the numbers by 3.')).toEqual([['by 3', '2026-11-25']]);
    expect(times('no later than 9, please')).toEqual([['no later than 9', '2026-11-26']]);
    expect(times('send it before 4:30')).toEqual([['4:30', '2026-11-25']]);
    expect(times("by 5 o'clock")).toEqual([["5 o'clock", '2026-11-25']]);
    expect(times('by 9:30')).toEqual([['9:30', '2026-11-26']]);
    expect(times('by Friday at 4:30')).toEqual([['Friday at 4:30', '2026-11-27']]);
    expect(times('cut the queue by 5.')).toEqual([]);
    expect(times('we are up by 3.')).toEqual([]);
    expect(times('grow the list by 5 people')).toEqual([]);
    expect(times('by 3% this quarter')).toEqual([]);
  });

  it('reads "before the weekend" as the week\'s last working day, and "the weekend" alone as no day', () => {
    expect(times('check the van tyres before the weekend')).toEqual([['the weekend', '2026-11-27']]);
    expect(times('send it by this weekend')).toEqual([['this weekend', '2026-11-27']]);
    expect(times('we are closed over the weekend')).toEqual([]);
  });

  it('keeps "COB Friday" and "tomorrow EOD" as one deadline', () => {
    expect(times('send it by COB Friday')).toEqual([['COB Friday', '2026-11-27']]);
    expect(times('by tomorrow EOD')).toEqual([['tomorrow EOD', '2026-11-26']]);
  });

  it("puts a deadline's clock time on no day already gone", () => {
    expect(deadlineOf('could you send me the numbers for the sailings last week by 2pm?')).toEqual([
      ['2pm', '2026-11-25'],
    ]);
  });

  it('reads day.month with dots after a date word, and leaves a version number alone', () => {
    expect(times('order 20 new helmets until 4.12.')).toEqual([['4.12.', '2026-12-04']]);
    expect(times('bis 4.12.2026 bitte')).toEqual([['4.12.2026', '2026-12-04']]);
    expect(times('upgrade the app to 4.12. then restart')).toEqual([]);
  });

  it('never takes a length of time for a deadline', () => {
    expect(times('we paused the rollout for two weeks')).toEqual([]);
    expect(times('the migration took 3 days')).toEqual([]);
    expect(times('can you book a second attendant for the concert')).toEqual([]);
    // A part of the day that qualifies a noun is a kind of slot.
    expect(times('can someone take the evening slots on the ward')).toEqual([]);
    expect(times('send it this evening')).toEqual([['this evening', '2026-11-25']]);
    expect(times('cache the next 7 days of inspections')).toEqual([]);
    expect(times('please reply in the next 7 days')).toEqual([['next 7 days', '2026-12-02']]);
  });

  it('attaches them to the ask they belong to', () => {
    expect(deadlineOf('Can you send the deck by the end of next week?')).toEqual([
      ['the end of next week', '2026-12-04'],
    ]);
    expect(deadlineOf('Could you grab the churn numbers before the Thursday sync?')).toEqual([
      ['Thursday', '2026-11-26'],
    ]);
  });

  it('takes the "by" date of the sentence after an ask over a bare date of news in it', () => {
    expect(
      deadlineOf(
        'Could you fix the sync? We close our books on Dec 4, so we need it by Tuesday, December 1.',
      ),
    ).toEqual([['Tuesday, December 1', '2026-12-01']]);
    expect(deadlineOf('Can you review the deck? Friday at the latest.')).toEqual([['Friday', '2026-11-27']]);
  });

  it('gives an ask that points back at a day ("the same day", "by then") the day written before it', () => {
    expect(deadlineOf('Please post the rota by Monday 11/30. Can you review it the same day?')).toEqual([
      ['Monday 11/30', '2026-11-30'],
      ['the same day', '2026-11-30'],
    ]);
    expect(deadlineOf('We launch on Dec 9. Can you have the copy ready by then?')).toEqual([
      ['by then', '2026-12-09'],
    ]);
    // Nothing written before it to point at: no day.
    expect(deadlineOf('Can you have the copy ready by then?')).toEqual([]);
  });
});

describe("the user's timezone decides today", () => {
  // 23:30 on Wednesday in Los Angeles is already Thursday morning in Berlin.
  const late = '2026-11-25T23:30:00-08:00';
  const dayOf = (timezone?: string) =>
    analyze(
      { text: 'Can you send the deck tomorrow?', site: 'slack', kind: 'dm', now: late },
      timezone ? { timezone } : {},
    ).facts.deadlines[0]?.date;

  it('resolves relative days on the calendar of the timezone chosen in the options', () => {
    expect(dayOf()).toBe('2026-11-26');
    expect(dayOf('America/Los_Angeles')).toBe('2026-11-26');
    expect(dayOf('Europe/Berlin')).toBe('2026-11-27');
  });

  it('falls back to the offset written in now for a zone the platform does not know', () => {
    expect(dayOf('Mars/Olympus_Mons')).toBe('2026-11-26');
  });
});
