// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mergeEntries } from '../../lib/history/exchange';
import { loadAllWeeks } from '../../lib/history/load';
import { openHistory } from '../../lib/history/open';
import { entryAt, freshDbName } from '../../lib/history/testing/samples';
import { HOST_SITES } from '../../lib/hosts/origins';
import { siteChoices } from './report-model';
import { type ReportProps, ReportView } from './report-view';

const at = (iso: string) => Date.parse(iso);

async function historyOf(entries: ReturnType<typeof entryAt>[]) {
  const db = await openHistory(freshDbName());
  await mergeEntries(db, entries);
  return loadAllWeeks(db, at('2025-06-05T12:00:00Z'), 'UTC');
}

function show(overrides: Partial<ReportProps>) {
  const root = document.createElement('div');
  document.body.append(root);
  const props: ReportProps = {
    history: null,
    problem: null,
    rules: [],
    timeZone: 'UTC',
    site: null,
    sites: HOST_SITES,
    selected: 0,
    onSelect: () => undefined,
    onSite: () => undefined,
    total: 0,
    onExport: () => undefined,
    onImport: async () => ({ ok: true, message: '' }),
    onDeleteAll: async () => undefined,
    ...overrides,
  };
  render(<ReportView {...props} />, root);
  return root;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the report page', () => {
  it('shows the chosen week: average, spread of scores, frequent rules with examples, best and worst day', async () => {
    const history = await historyOf([
      entryAt(at('2025-05-27T10:00:00Z'), 40),
      entryAt(at('2025-06-02T10:00:00Z'), 95, { site: 'slack' }), // Monday
      entryAt(at('2025-06-04T10:00:00Z'), 55, {
        rules: { 'vague-deadline': 2 },
        categories: { deadline: 2 },
      }),
      entryAt(at('2025-06-04T11:00:00Z'), 65, {
        rules: { 'vague-deadline': 1 },
        categories: { deadline: 1 },
      }),
    ]);
    const root = show({
      history,
      total: 4,
      selected: 1,
      rules: [
        {
          id: 'vague-deadline',
          description: 'A deadline like "soon" or "ASAP" does not say when.',
          example: { bad: 'Send it ASAP', good: 'Send it by Thu 5pm CET' },
        },
      ],
    });
    const text = root.textContent ?? '';
    expect(root.querySelector('h2#week-title')?.textContent).toBe('Week of 2 Jun');
    expect(root.querySelector('.big .score')?.textContent).toBe('72');
    expect(text).toContain('3 messages checked');
    const bands = [...root.querySelectorAll('.bars li')].map((li) => li.textContent);
    expect(bands).toContain('50–591 message');
    expect(bands).toContain('90–1001 message');
    expect(root.querySelector('.rules li')?.textContent).toContain('Vague deadline 3 times');
    expect(root.querySelector('.example')?.textContent).toContain('Send it by Thu 5pm CET');
    expect(text).toContain('Best: Mon 2 Jun, average 95 over 1 message');
    expect(text).toContain('Worst: Wed 4 Jun, average 60 over 2 messages');
    const options = [...root.querySelectorAll('option')].map((o) => o.textContent);
    expect(options.slice(0, 2)).toEqual(['Week of 26 May (1 message)', 'Week of 2 Jun (3 messages)']);
    // Per-site chart appears once there are two sites; its table alternative holds the numbers. The charts draw
    // in the task after the rest (AfterFirstPaint), so they are waited for.
    expect(text).not.toContain('Over time');
    await vi.waitFor(() => expect(root.textContent).toContain('Average score per site'));
  });

  it('offers each site the user turned on that has messages as a filter, after the three built in', async () => {
    const history = await historyOf([
      entryAt(at('2025-06-02T10:00:00Z'), 80, { site: 'https://github.com' }),
      entryAt(at('2025-06-03T10:00:00Z'), 60, { site: 'https://intranet.example.com' }),
      entryAt(at('2025-06-04T10:00:00Z'), 70, { site: 'slack' }),
    ]);
    const sites = siteChoices(history);
    expect(sites).toEqual(['gmail', 'slack', 'notion', 'https://github.com', 'https://intranet.example.com']);
    const root = show({ history, total: 3, sites });
    const filter = [...root.querySelectorAll('label')].find((l) => l.textContent?.startsWith('Site'))!;
    expect([...filter.querySelectorAll('option')].map((o) => o.textContent)).toEqual([
      'All sites',
      'Gmail',
      'Slack',
      'Notion',
      'github.com',
      'intranet.example.com',
    ]);
  });

  it('names a week with messages on one day once, not as both its best and its worst day', async () => {
    const history = await historyOf([
      entryAt(at('2025-06-03T09:00:00Z'), 80),
      entryAt(at('2025-06-03T15:00:00Z'), 60),
    ]);
    const text = show({ history, total: 2 }).textContent ?? '';
    expect(text).toContain(
      "All this week's messages were sent on one day, Tue 3 Jun: average 70 over 2 messages.",
    );
    expect(text).not.toContain('Best:');
    expect(text).not.toContain('Worst:');
  });

  it("draws the histogram's counts in one column beside their bars", async () => {
    const root = show({ history: await historyOf([entryAt(at('2025-06-03T09:00:00Z'), 80)]), total: 1 });
    const rows = [...root.querySelectorAll('.bars li')];
    expect(rows).toHaveLength(10);
    for (const row of rows) expect(row.querySelector('.bar-value')?.textContent).toMatch(/^\d+ messages?$/);
  });

  it('asks before deleting everything, and deletes only on the second click', async () => {
    let deleted = 0;
    const root = show({
      history: await historyOf([entryAt(at('2025-06-03T09:00:00Z'), 80)]),
      total: 1,
      onDeleteAll: async () => void deleted++,
    });
    const button = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Delete everything…')!;
    button.click();
    await new Promise((r) => setTimeout(r));
    expect(deleted).toBe(0);
    expect(root.textContent).toContain('Delete all 1 recorded message?');
    [...root.querySelectorAll('button')].find((b) => b.textContent === 'Yes, delete everything')!.click();
    await new Promise((r) => setTimeout(r));
    expect(deleted).toBe(1);
  });

  it('greets an empty history with what will appear', async () => {
    const root = show({ history: await historyOf([]) });
    expect(root.textContent).toContain('Nothing recorded yet');
    expect(root.querySelector('select')).toBeNull();
  });
});
