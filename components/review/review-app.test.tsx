// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { Finding } from '../../lib/analysis/types';
import { holdPendingReview } from '../../lib/review/pending';
import type { AnalyzeFn } from '../../lib/review/review';
import type { Extraction } from '../../lib/review/types';
import { fakeReport } from '../../tests/helpers/fake-report';
import { ReviewApp, type ReviewPorts } from './review-app';

const extraction: Extraction = {
  ok: true,
  source: 'article',
  title: 'Platform migration — week 12',
  url: 'https://docs.example.com/platform/status-week-12',
  extractedAt: '2031-03-08T09:00:00.000Z',
  blocks: [
    { kind: 'heading', text: 'Rollback plan' },
    { kind: 'paragraph', text: 'Marco, can you review the rollback plan by March 21, 2031?' },
    { kind: 'paragraph', text: 'Please update the on-call runbook.' },
  ],
};

const analyze: AnalyzeFn = (draft) =>
  fakeReport(
    draft.text,
    [
      {
        ask: 'Marco, can you review the rollback plan by March 21, 2031?',
        who: 'Marco',
        when: 'by March 21, 2031',
        date: '2031-03-21',
      },
      { ask: 'Please update the on-call runbook.' },
    ],
    68,
  );
const ports: ReviewPorts = { analyze, loadConfig: async () => undefined };

async function show(reviewId: string): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.append(root);
  await act(async () => {
    render(<ReviewApp reviewId={reviewId} ports={ports} />, root);
  });
  await act(() => new Promise((done) => setTimeout(done, 20)));
  return root;
}

beforeEach(() => {
  fakeBrowser.reset();
  document.body.innerHTML = '';
});

describe('ReviewApp', () => {
  it('lists each ask with its owner and date, and the score', async () => {
    await holdPendingReview({ id: 'r1', tabId: 3, result: extraction });
    const root = await show('r1');
    expect(root.querySelector('h1')?.textContent).toBe('Platform migration — week 12');
    expect(root.textContent).toContain('68/100');
    const items = [...root.querySelectorAll('.item')].map((item) => item.textContent);
    expect(items).toHaveLength(2);
    expect(items[0]).toContain('Marco');
    // The same short form the cards use for dates, no ISO date beside it; the document's own year is implied.
    expect(root.querySelector('.item dd.when')?.textContent).toBe('Fri 21 Mar');
    expect(items[1]).toContain('no owner');
    expect(items[1]).toContain('no deadline');
  });

  it('keeps the asks the user ticks, and copies them as a Markdown task list', async () => {
    await holdPendingReview({ id: 'r3', tabId: 3, result: extraction });
    const root = await show('r3');
    const copied = vi.fn(async (_text: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: copied }, configurable: true });
    const boxes = [...root.querySelectorAll<HTMLInputElement>('.item input[type=checkbox]')];
    expect(boxes.map((box) => root.querySelector(`label[for="${box.id}"]`)?.textContent)).toEqual([
      'Marco, can you review the rollback plan by March 21, 2031?',
      'Please update the on-call runbook.',
    ]);
    await act(async () => {
      boxes[1]!.click();
    });
    await act(() => new Promise((done) => setTimeout(done, 10)));
    expect(root.querySelector('.summary')?.textContent).toContain('1 of 2 done');
    const copy = [...root.querySelectorAll('button')].find(
      (b) => b.textContent === 'Copy as Markdown task list',
    );
    await act(async () => copy!.click());
    const tasks = copied.mock.calls[0]![0].split('\n').filter((line) => line.startsWith('- ['));
    expect(tasks).toEqual([
      expect.stringMatching(/^- \[ \] Marco, can you review/),
      expect.stringMatching(/^- \[x\] Please update the on-call runbook/),
    ]);
  });

  it('names findings as the cards do ("Suggestion · No owner named"), never by rule id or in capitals', async () => {
    await holdPendingReview({ id: 'r4', tabId: 3, result: extraction });
    const withFinding: AnalyzeFn = (draft) => {
      const report = analyze(draft);
      const at = draft.text.indexOf('Please update');
      const finding: Finding = {
        rule: 'no-owner',
        category: 'recipient',
        severity: 'warning',
        start: at,
        end: at + 13,
        message: 'Nobody is named to do this.',
      };
      return { ...report, findings: [finding] };
    };
    const root = document.createElement('div');
    await act(async () => {
      render(<ReviewApp reviewId="r4" ports={{ ...ports, analyze: withFinding }} />, root);
    });
    await act(() => new Promise((done) => setTimeout(done, 20)));
    const finding = root.querySelector('.finding')?.textContent ?? '';
    expect(finding).toContain('Suggestion · No owner named');
    expect(finding).not.toContain('no-owner');
    expect(finding).not.toContain('WARNING');
  });

  it('shows the extraction’s own message when the page had no main text', async () => {
    const message = "Clearsend couldn't find the main text on this page.";
    await holdPendingReview({
      id: 'r2',
      tabId: 3,
      result: { ok: false, url: 'https://app.example.com/', message },
    });
    const root = await show('r2');
    expect(root.querySelector('[role=alert]')?.textContent).toBe(message);
    expect(root.querySelector('.item')).toBeNull();
  });

  it('says the review is gone when nothing is held for its id', async () => {
    const root = await show('nope');
    expect(root.querySelector('[role=alert]')?.textContent).toMatch(/no longer in memory/);
  });
});
