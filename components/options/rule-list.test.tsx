// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { locksOf } from '../../lib/settings/locks';
import { RuleList, type RuleView } from './rule-list';

const RULES: RuleView[] = [
  {
    id: 'deadline-timezone',
    category: 'deadline',
    description: 'A time with no timezone.',
    defaults: { severity: 'info' },
    example: { bad: 'by 3pm', good: 'by 3pm CET' },
  },
  {
    id: 'hedging-filler',
    category: 'style',
    description: 'Filler that weakens the ask.',
    defaults: { severity: 'info' },
    example: { bad: 'just checking', good: 'checking' },
  },
];

let root: HTMLElement;
afterEach(() => root && render(null, root));

function show(props: Partial<Parameters<typeof RuleList>[0]> = {}) {
  root = document.createElement('div');
  document.body.append(root);
  const onChange = vi.fn();
  render(
    <RuleList rules={RULES} config={{}} own={{}} locks={locksOf(undefined)} onChange={onChange} {...props} />,
    root,
  );
  const row = (id: string) => root.querySelector(`[data-rule="${id}"]`) as HTMLElement;
  return { onChange, row };
}

describe('the rule list', () => {
  test('shows each rule with its description, example and the level in force', () => {
    const { row } = show({ config: { rules: { 'deadline-timezone': { severity: 'warning' } } } });
    expect(row('deadline-timezone').textContent).toContain('A time with no timezone.');
    expect(row('deadline-timezone').textContent).toContain('Flagged: “by 3pm”');
    expect(row('deadline-timezone').querySelector('select')?.value).toBe('warning');
    expect(row('hedging-filler').querySelector('select')?.value).toBe('info');
  });

  test('each check has one control, a level menu that includes Off; choosing is the user’s own change', () => {
    const { row, onChange } = show();
    expect(row('hedging-filler').querySelectorAll('input[type=checkbox]')).toHaveLength(0);
    const select = row('hedging-filler').querySelector('select') as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual(['Off', 'Note', 'Suggestion', 'Problem']);
    select.value = 'off';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect(onChange).toHaveBeenLastCalledWith('hedging-filler', 'off');
    const other = row('deadline-timezone').querySelector('select') as HTMLSelectElement;
    other.value = 'error';
    other.dispatchEvent(new Event('change', { bubbles: true }));
    expect(onChange).toHaveBeenLastCalledWith('deadline-timezone', 'error');
  });

  test('names each check as the cards do, never by its id', () => {
    const { row } = show();
    expect(row('deadline-timezone').querySelector('.rule-name')?.textContent).toBe('Time without a timezone');
    expect(row('hedging-filler').textContent).not.toContain('hedging-filler');
    expect(row('hedging-filler').querySelector('.category')?.textContent).toBe('Style');
  });

  test('examples show dates after today', () => {
    const { row } = show({
      rules: [{ ...RULES[0]!, example: { bad: 'by Friday', good: 'by Fri 27 Nov' } }],
      now: new Date(2026, 11, 1),
    });
    expect(row('deadline-timezone').querySelector('.good')?.textContent).toBe('Fine: “by Fri 4 Dec”');
  });

  test('rules set by an administrator are shown locked and cannot be changed', () => {
    const locks = locksOf({ categories: { deadline: 'error' } });
    const { row } = show({ locks });
    expect(row('deadline-timezone').textContent).toContain('Set by your administrator');
    expect(row('deadline-timezone').querySelector('select')?.disabled).toBe(true);
    expect(row('hedging-filler').querySelector('select')?.disabled).toBe(false);
  });

  test('every control has an accessible name: the check’s own', () => {
    const { row } = show();
    const select = row('hedging-filler').querySelector('select') as HTMLSelectElement;
    expect(row('hedging-filler').querySelector(`label[for="${select.id}"]`)?.textContent).toBe(
      'Hedging filler',
    );
  });
});
