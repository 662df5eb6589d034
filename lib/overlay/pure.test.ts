import { describe, expect, it } from 'vitest';
import { describeBadge, worstSeverity } from './badge-state';
import { describeAsk, formatDeadline } from './checklist-rows';
import { around } from './panel-position';
import { placeBadge, uncoveredPart } from './placement';
import { FINDINGS, reportWith } from './testing';

describe('formatDeadline', () => {
  it('shows the resolved date as a weekday, day and month, with the time when there is one', () => {
    expect(formatDeadline('2026-11-27')).toBe('Fri 27 Nov');
    expect(formatDeadline('2026-11-27T15:30:00')).toBe('Fri 27 Nov, 15:30');
    expect(formatDeadline('2027-01-01T00:00:00Z')).toBe('Fri 1 Jan');
    expect(formatDeadline('next week')).toBeUndefined();
  });
});

describe('describeAsk', () => {
  const ask = {
    start: 0,
    end: 10,
    text: 'review the PR',
    kind: 'task' as const,
    action: 'review the PR',
    owner: 'unowned' as const,
  };

  const all = [
    { rule: 'no-owner', start: 0, end: 13 },
    { rule: 'missing-deadline', start: 0, end: 13 },
  ];

  it('says what is missing in plain words', () => {
    const rows = describeAsk({ ask, who: null, when: null, why: null }, all);
    expect(rows.map((r) => `${r.label}: ${r.value}`)).toEqual([
      'What: review the PR',
      'Who: no owner named',
      'When: no deadline',
      'Why: no context',
    ]);
    expect(rows.map((r) => r.missing)).toEqual([false, true, true, true]);
  });

  it('shows a complete ask with its absolute date', () => {
    const rows = describeAsk(
      {
        ask,
        who: { start: 0, end: 3, text: 'Sam' },
        when: { start: 20, end: 26, text: 'Friday', vague: false, date: '2026-11-27' },
        why: { start: 30, end: 50, text: 'https://example.com/pr/12' },
      },
      [],
    );
    expect(rows.map((r) => r.value)).toEqual([
      'review the PR',
      'Sam',
      'Fri 27 Nov (“Friday”)',
      'https://example.com/pr/12',
    ]);
    expect(rows.some((r) => r.missing)).toBe(false);
  });

  it('flags a time without a timezone', () => {
    const when = {
      start: 0,
      end: 3,
      text: '3pm',
      vague: false,
      date: '2026-11-27T15:00',
      timezoneAmbiguous: true,
    };
    const rows = describeAsk({ ask, who: null, when, why: null }, [{ rule: 'deadline-timezone', ...when }]);
    expect(rows.find((r) => r.label === 'When')?.value).toBe('Fri 27 Nov, 15:00 (“3pm”), no timezone');
  });

  it('drops what a turned-off or ignored rule said: the list agrees with the cards', () => {
    const vague = { start: 20, end: 24, text: 'ASAP', vague: true };
    const item = { ask, who: null, when: vague, why: null };
    const shown = [
      { rule: 'no-owner', start: 0, end: 13 },
      { rule: 'vague-deadline', start: 20, end: 24 },
    ];
    expect(describeAsk(item, shown).map((r) => `${r.label}: ${r.value}`)).toEqual([
      'What: review the PR',
      'Who: no owner named',
      'When: vague (“ASAP”)',
      'Why: no context',
    ]);
    expect(describeAsk(item, []).map((r) => `${r.label}: ${r.value}`)).toEqual([
      'What: review the PR',
      'When: “ASAP”',
      'Why: no context',
    ]);
    expect(describeAsk({ ask, who: null, when: null, why: null }, []).map((r) => r.label)).toEqual([
      'What',
      'Why',
    ]);
    // A missing-deadline finding about another ask says nothing about this one.
    const other = [{ rule: 'missing-deadline', start: 40, end: 60 }];
    expect(describeAsk({ ask, who: null, when: null, why: null }, other).map((r) => r.label)).toEqual([
      'What',
      'Why',
    ]);
  });
});

describe('describeBadge', () => {
  it('puts the count in the name and the score on the badge', () => {
    const look = describeBadge({
      status: 'ready',
      report: reportWith(FINDINGS),
      ranges: [],
      panelOnly: false,
    });
    expect(look).toEqual({ name: 'Clearsend: 3 suggestions, score 73', tone: 'warning', text: '73' });
    expect(describeBadge({ status: 'error', ranges: [], panelOnly: false }).name).toBe(
      "Clearsend: couldn't check this message",
    );
    expect(worstSeverity([])).toBeUndefined();
  });
});

describe('placement', () => {
  it('puts the badge inside the visible corner of the editor, or nowhere', () => {
    const size = { width: 36, height: 24 };
    expect(placeBadge({ left: 0, top: 100, right: 500, bottom: 300 }, size)).toEqual({ x: 458, y: 270 });
    expect(placeBadge({ left: 0, top: 100, right: 500, bottom: 110 }, size)).toBeNull();
    // One line of a Notion page: the badge stays within it rather than hanging below.
    expect(placeBadge({ left: 0, top: 100, right: 500, bottom: 126 }, size)).toEqual({ x: 458, y: 100 });
    expect(placeBadge(null, size)).toBeNull();
  });

  it('cuts off the part of the editor another window covers, so the badge stays in its own box', () => {
    // Stand-ins for elements: only what hit testing needs (this file runs without a DOM).
    const element = (rect: { left: number; right: number }) => {
      const self = {
        parentElement: null,
        contains: (other: unknown) => other === self,
        getBoundingClientRect: () => ({ ...rect, top: 0, bottom: 900 }),
      };
      return self as unknown as Element;
    };
    const own = element({ left: 0, right: 500 });
    const ours = element({ left: 0, right: 0 });
    const docked = element({ left: 300, right: 800 });
    const hits = (at: (x: number) => Element[]) =>
      ({ elementsFromPoint: (x: number) => [ours, ...at(x)] }) as unknown as Document;
    const visible = { left: 0, top: 100, right: 500, bottom: 300 };
    const probe = (box: typeof visible) => ({ x: box.right - 20, y: box.bottom - 15 });
    const reply = hits((x) => (x > 300 ? [docked, own] : [own]));
    expect(uncoveredPart(reply, visible, probe, own, ours)).toEqual({ ...visible, right: 300 });
    expect(
      uncoveredPart(
        hits(() => [own]),
        visible,
        probe,
        own,
        ours,
      ),
    ).toEqual(visible);
    const everywhere = hits(() => [element({ left: 0, right: 900 })]);
    expect(uncoveredPart(everywhere, visible, probe, own, ours)).toBeNull();
  });

  it('keeps the panel clear of one box around the editor and every marked word', () => {
    expect(
      around([
        { left: 100, top: 400, right: 900, bottom: 500 },
        { left: 120, top: 380, right: 300, bottom: 398 },
      ]),
    ).toEqual({ left: 100, top: 380, right: 900, bottom: 500 });
    expect(around([])).toBeNull();
  });
});
