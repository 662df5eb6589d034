// @vitest-environment happy-dom
import axe from 'axe-core';
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { describeBadge } from '../badge-state';
import { FINDINGS, reportWith } from '../testing';
import type { OverlayState } from '../types';
import { OverlayView } from './overlay-view';
import { MAX_CARDS } from './panel';
import { OVERLAY_CSS } from './styles';

const noop = () => {};
const actions = { applyFix: noop, ignore: noop, disableRule: noop, undo: noop, focusRecipients: noop };

function show(
  state: OverlayState,
  theme: 'light' | 'dark',
  onJump: (index: number) => void = noop,
): HTMLElement {
  // An open, ordinary container: axe cannot look inside the closed root the extension really uses.
  const container = document.createElement('div');
  container.className = 'cs';
  container.dataset.theme = theme;
  const style = document.createElement('style');
  style.textContent = OVERLAY_CSS;
  document.head.append(style);
  document.body.append(container);
  render(
    <OverlayView
      state={state}
      badge={describeBadge(state)}
      open={true}
      current={0}
      actions={actions}
      onBadge={noop}
      onBadgeKey={noop}
      onClose={noop}
      onJump={onJump}
      onKeyDown={noop}
    />,
    container,
  );
  return container;
}

async function seriousViolations(container: HTMLElement): Promise<string[]> {
  const results = await axe.run(container, { resultTypes: ['violations'] });
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(', ')}`);
}

afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('a report with hundreds of findings', () => {
  it('shows at most 50 cards, then how many more findings there are (issue 15.5)', () => {
    // 181 rules, two findings each: 181 cards would be too many to read or draw.
    const many = Array.from({ length: 362 }, (_, i) => ({
      ...FINDINGS[0]!,
      rule: `phrase:team-${i >> 1}`,
      start: i,
      end: i + 1,
    }));
    const container = show(
      { status: 'ready', report: reportWith(many), ranges: [], panelOnly: false },
      'light',
    );
    expect(container.querySelectorAll('.card')).toHaveLength(MAX_CARDS);
    expect(container.querySelector('.more')?.textContent).toBe('and 262 more');
  });

  it('makes one card of a rule found 12 times, and previous / next step through them', () => {
    const text = 'As discussed. '.repeat(12);
    const repeated = Array.from({ length: 12 }, (_, i) => ({
      rule: 'dangling-reference',
      category: 'context' as const,
      severity: 'warning' as const,
      start: i * 14,
      end: i * 14 + 12,
      message: '"As discussed" assumes the reader remembers: say what was agreed, or link it.',
    }));
    const jumps: number[] = [];
    const state: OverlayState = {
      status: 'ready',
      report: reportWith(repeated),
      ranges: [],
      flagged: repeated.map((f) => text.slice(f.start, f.end)),
      panelOnly: false,
    };
    const container = show(state, 'light', (index) => jumps.push(index));
    expect(container.querySelectorAll('.card')).toHaveLength(1);
    expect(container.querySelector('.card .group')?.textContent).toBe('“As discussed” — 12 times');
    expect(container.querySelector('.jump span')?.textContent).toBe('1 of 12');
    const [previous, next] = [...container.querySelectorAll<HTMLButtonElement>('.jump button')];
    expect(previous!.disabled).toBe(true);
    // A disabled button names no place to go: there is no occurrence 0.
    expect(previous!.getAttribute('aria-label')).toBe('Previous (this is the first)');
    expect(next!.getAttribute('aria-label')).toBe('Next: 2 of 12');
    next!.click();
    expect(jumps).toEqual([1]);
  });
});

describe('what the cards say', () => {
  it('quote the ask they are about, and sum the asks up at the top', () => {
    const text = 'Can someone send me the updated launch numbers for the forecast soon?';
    const state: OverlayState = {
      status: 'ready',
      report: reportWith(FINDINGS),
      ranges: [],
      flagged: FINDINGS.map((f) => (f.rule === 'no-owner' ? text : text.slice(f.start, f.end))),
      panelOnly: false,
    };
    const container = show(state, 'light');
    const messages = [...container.querySelectorAll('.card .message')].map((m) => m.textContent);
    expect(messages).toContain(
      '“Can someone send me the updated launch…” names nobody: say who should do it.',
    );
    expect(container.querySelector('.summary')?.textContent).toBe(
      '1 ask · 1 without an owner · 1 with a vague deadline',
    );
  });
});

describe('what the cards call each rule', () => {
  it('names rules in words from the one table, never by their kebab-case ids', () => {
    const container = show(
      { status: 'ready', report: reportWith(FINDINGS), ranges: [], panelOnly: false },
      'light',
    );
    const metas = [...container.querySelectorAll('.card .meta')].map((m) => m.textContent);
    expect(metas).toEqual([
      'Suggestion · Vague deadline',
      'Suggestion · No owner named',
      'Note · Hedging filler',
    ]);
    for (const { rule } of FINDINGS) expect(container.textContent).not.toContain(rule);
  });
});

describe('the panel, checked with axe-core', () => {
  const full: OverlayState = {
    status: 'ready',
    report: reportWith(FINDINGS, {
      limits: { truncatedAt: 100, message: 'Only the first part was checked.' },
    }),
    ranges: [],
    panelOnly: false,
    notice: "Clearsend couldn't apply that fix: the page refused the edit.",
  };

  for (const theme of ['light', 'dark'] as const) {
    it(`has no serious or critical violations with findings and asks (${theme})`, async () => {
      const container = show(full, theme);
      expect(container.querySelectorAll('.card')).toHaveLength(3);
      expect(await seriousViolations(container)).toEqual([]);
    });
  }

  it('has none when the message looks clear, or Clearsend is paused', async () => {
    const clear = show({ status: 'ready', report: reportWith([]), ranges: [], panelOnly: false }, 'light');
    expect(clear.textContent).toContain('Looks clear: nothing to fix.');
    expect(await seriousViolations(clear)).toEqual([]);
    const paused = show({ status: 'paused', ranges: [], panelOnly: false }, 'light');
    expect(paused.textContent).toContain('Clearsend is paused');
    expect(await seriousViolations(paused)).toEqual([]);
  });

  it('is caught by axe when a button has no name (the check can fail)', async () => {
    const container = show(full, 'light');
    container.querySelector('.close')!.removeAttribute('aria-label');
    container.querySelector('.close')!.textContent = '';
    expect((await seriousViolations(container)).join()).toContain('button-name');
  });
});
