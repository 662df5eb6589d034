// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { weekBoundaries } from '../../lib/history/load';
import { summarizeWeeks } from '../../lib/history/summary';
import { tallySpans } from '../../lib/history/tally';
import { entryAt } from '../../lib/history/testing/samples';
import { type PopupProps, PopupView } from './popup-view';

const MONDAY = Date.parse('2025-06-02T00:00:00Z');
const WEEK = 7 * 86_400_000;

function summaryOf(entries: ReturnType<typeof entryAt>[]) {
  return summarizeWeeks(tallySpans(entries, weekBoundaries(MONDAY - 11 * WEEK, 12, 'UTC')));
}

function show(overrides: Partial<PopupProps>) {
  const root = document.createElement('div');
  document.body.append(root);
  const props: PopupProps = {
    site: null,
    tab: {},
    pause: { paused: false, pausedSites: [] },
    seen: null,
    presetName: 'Balanced',
    summary: summaryOf([]),
    problem: null,
    timeZone: 'UTC',
    onPauseAll: () => undefined,
    onPauseSite: () => undefined,
    onOpenReport: () => undefined,
    onOpenOptions: () => undefined,
    ...overrides,
  };
  render(<PopupView {...props} />, root);
  return root;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the popup', () => {
  it('shows a new user what will appear, not empty charts', () => {
    const root = show({});
    expect(root.textContent).toContain('Your clarity score will appear here');
    expect(root.querySelector('svg')).toBeNull();
  });

  it("shows this week's count in words, the average against last week, categories and what to work on", () => {
    const root = show({
      site: 'slack',
      summary: summaryOf([
        entryAt(MONDAY - WEEK + 1000, 70),
        entryAt(MONDAY + 1000, 100),
        entryAt(MONDAY + 2000, 80, { categories: { deadline: 1 }, rules: { 'vague-deadline': 1 } }),
        entryAt(MONDAY + 3000, 60, {
          categories: { deadline: 1, recipient: 1 },
          rules: { 'vague-deadline': 1, 'no-owner': 1 },
        }),
      ]),
    });
    const text = root.textContent ?? '';
    expect(text).toContain('3 messages checked this week');
    expect(root.querySelector('.score')?.textContent).toContain('80');
    expect(text).toContain('up 10 points on last week');
    expect(text).toContain('Checking your messages on Slack');
    const categories = [...root.querySelectorAll('.bars li')].map((li) => li.textContent);
    expect(categories).toContain('Deadline2');
    expect(categories).toContain('Owner1');
    const problems = [...root.querySelectorAll('.problems li')].map((li) => li.textContent);
    expect(problems[0]).toContain('Vague deadline');
    expect(problems[0]).toContain('Swap "soon" or "ASAP" for a real date and time.');
    // The chart's numbers are readable without sight.
    const rows = [...root.querySelectorAll('table tbody tr')].map((tr) => tr.textContent);
    expect(rows.at(-1)).toBe('2 Jun80');
    expect(rows.at(-2)).toBe('26 May70');
  });

  it('says one message, singular', () => {
    const root = show({ summary: summaryOf([entryAt(MONDAY + 1, 90)]) });
    expect(root.textContent).toContain('1 message checked this week');
  });

  it('says when Clearsend is paused on this site and when history cannot be stored', () => {
    const root = show({ site: 'gmail', pause: { paused: false, pausedSites: ['gmail'] }, problem: 'quota' });
    expect(root.textContent).toContain('Paused on Gmail');
    expect(root.querySelector('[role=alert]')?.textContent).toContain('out of storage space');
  });
});
