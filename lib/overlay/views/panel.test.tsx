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
const actions = { applyFix: noop, ignore: noop, disableRule: noop };

function show(state: OverlayState, theme: 'light' | 'dark'): HTMLElement {
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
      onClose={noop}
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
  it('shows at most 50 cards, then how many more there are (issue 15.5)', () => {
    const many = Array.from({ length: 362 }, (_, i) => ({ ...FINDINGS[0]!, start: i, end: i + 1 }));
    const container = show(
      { status: 'ready', report: reportWith(many), ranges: [], panelOnly: false },
      'light',
    );
    expect(container.querySelectorAll('.card')).toHaveLength(MAX_CARDS);
    expect(container.querySelector('.more')?.textContent).toBe('and 312 more');
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
