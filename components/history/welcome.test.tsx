// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import type { Draft } from '../../lib/analysis/types';
import { finding, reportOf } from '../../lib/history/testing/samples';
import { SAMPLE_DRAFT, Welcome } from './welcome';

// A stand-in engine: flags "soon", so the test sees the page re-analyse what the user types.
const analyze = (draft: Draft) =>
  draft.text.includes('soon')
    ? reportOf(80, [{ ...finding('vague-deadline', 'deadline'), message: '"soon" is not a date.' }])
    : reportOf(100);

describe('the welcome page', () => {
  it('analyses the sample draft and again as the user edits it', async () => {
    const root = document.createElement('div');
    render(<Welcome analyze={analyze} now="2025-06-02T09:00:00Z" shortcut="Alt+Shift+K" />, root);
    const textarea = root.querySelector('textarea')!;
    expect(textarea.value).toBe(SAMPLE_DRAFT);
    expect(root.querySelector('.findings')?.textContent).toContain('"soon" is not a date.');
    expect(root.querySelector('.findings .tag')?.textContent).toBe('Vague deadline');
    expect(root.textContent).toContain('Gmail');
    expect(root.textContent).toContain('never leave it');
    textarea.value = 'Sam, please review PR #12 by Thursday 3pm CET.';
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => setTimeout(r));
    expect(root.querySelector('.score')?.textContent).toBe('100');
    expect(root.textContent).toContain('No findings');
  });

  it('names the shortcut that opens the suggestions, or says it is not set', () => {
    const root = document.createElement('div');
    render(<Welcome analyze={analyze} now="2025-06-02T09:00:00Z" shortcut="Alt+Shift+K" />, root);
    expect([...root.querySelectorAll('.shortcut kbd')].map((k) => k.textContent)).toEqual([
      'Alt',
      'Shift',
      'K',
    ]);
    expect(root.querySelector('#keys')?.parentElement?.textContent).toContain('Alt+Shift+K to open');
    render(<Welcome analyze={analyze} now="2025-06-02T09:00:00Z" shortcut="" />, root);
    expect(root.textContent).toContain('is not set');
  });
});
