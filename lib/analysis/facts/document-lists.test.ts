import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { buildContext } from '../context';
import { NOW } from '../test-helpers';
import { describesInDocument } from './document-lists';

const asksOn = (text: string, kind: 'page' | 'channel' = 'page') =>
  analyze({ text, site: kind === 'page' ? 'notion' : 'slack', kind, now: NOW }).facts.asks.map((a) => a.text);

/** Whether a page's second line is settled as describing when the model has read it as a task. */
const describesReadAsTask = (text: string) => {
  const read = buildContext({ text, site: 'notion', kind: 'page', now: NOW }, {}, text).sentences;
  return describesInDocument(
    read.map((x, i) => (i === 1 ? { ...x, ask: 'task' as const } : x)),
    1,
    'page',
  );
};

describe("a page's lists", () => {
  it('describe under a heading that hands nothing out: a spec, a proposal, a runbook', () => {
    expect(
      asksOn(
        'Scope\n- Cache the next 7 days of inspections\n- Show a banner while offline\n\nRollout\n- North routes first',
      ),
    ).toEqual([]);
    expect(
      asksOn(
        'Proposal:\n- Send an SMS when a prescription is ready.\n- Return unclaimed stock to the shelf.',
      ),
    ).toEqual([]);
    expect(asksOn('- Confirm the address with the caller.\n- Dispatch the nearest technician.')).toEqual([]);
    // A heading whose first word only looks like a name hands nothing out.
    expect(
      asksOn('Runbook: Restarting the scanners\n\n1. Unplug the USB cable.\n2. Plug it back in.'),
    ).toEqual([]);
    // An item of two sentences is still one item: the second is not what leads the next.
    expect(
      asksOn(
        'If the transmitter drops off air:\n1. Check the silence alarm. If it shows red, the transmitter is off.\n2. Phone the engineer on call.',
      ),
    ).toEqual([]);
  });

  it('hand out their items under an action heading, a time, a name or an ask', () => {
    expect(asksOn('Next steps\n- Rewrite the reminder text\n- Test the flow with five patients')).toEqual([
      'Rewrite the reminder text',
      'Test the flow with five patients',
    ]);
    expect(asksOn('Ana and Bo:\n- Write the help-center article')).toEqual(['Write the help-center article']);
    expect(asksOn('Before Dec 8:\n- Write the help-center article')).toEqual([
      'Write the help-center article',
    ]);
    expect(asksOn('Could you all take one of these:\n- Book the room\n- Send the invites')).toEqual([
      'Book the room',
      'Send the invites',
    ]);
  });

  it('keep a line that names its owner or says please, and leave messages to the model', () => {
    expect(asksOn('Scope\n- @Priya please confirm the storage limit')).toEqual([
      '@Priya please confirm the storage limit',
    ]);
    expect(asksOn('Scope\n- @Priya confirm the storage limit', 'channel')).toEqual([
      '@Priya confirm the storage limit',
    ]);
    expect(asksOn('Today:\n1. stop the print service\n2. clear the jobs folder', 'channel')).toHaveLength(2);
  });

  it('describe in a message too, under a lead that says how something is done or what it holds', () => {
    expect(
      asksOn(
        'how to restart the print queue when it hangs:\n1. stop the print service\n2. clear the jobs folder',
        'channel',
      ),
    ).toEqual([]);
    expect(asksOn("What's new:\n- Add the winter event\n- Fix the chest crash", 'channel')).toEqual([]);
  });

  it('describe under a how-to lead though a step says when things happen; a deadline still asks', () => {
    const steps = (step: string) =>
      asksOn(`How to book the freight elevator\n1. Open the tenant portal.\n2. ${step}\n3. Add your name.`);
    expect(steps('Pick a slot between 7am and 6pm on a weekday.')).toEqual([]);
    expect(steps('Pick a slot by Friday 27 Nov.')).toEqual(['Pick a slot by Friday 27 Nov.']);
    // Without a how-to lead, a page's timed line is not settled as describing, even read as a task: the ask model
    // has the last word.
    const line = '- Pick a slot between 7am and 6pm on a weekday.';
    expect(describesReadAsTask(`Freight elevator\n${line}`)).toBe(false);
    expect(describesReadAsTask(`How to book the freight elevator\n${line}`)).toBe(true);
  });
});
