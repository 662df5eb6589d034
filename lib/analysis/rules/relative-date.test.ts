import { describe, expect, it } from 'vitest';
import { covered, findingsOf } from '../test-helpers';

describe('relative-date', () => {
  it('shows the absolute date of "by Friday" as info, with the date as the fix', () => {
    const text = 'Could you send the report by Friday?';
    const [f] = findingsOf('relative-date', text);
    expect(f).toMatchObject({ severity: 'info', suggestion: 'Fri 27 Nov' });
    expect(covered(text, f!)).toBe('Friday');
    expect(findingsOf('relative-date', 'Can you review it tomorrow?')[0]?.message).toContain('Thu 26 Nov');
  });
  it('leaves written dates alone, and a preset may raise it to a warning', () => {
    expect(findingsOf('relative-date', 'Could you send the report by Friday, Nov 27?')).toEqual([]);
    const strict = findingsOf('relative-date', 'Could you send it by Monday?', {
      rules: { 'relative-date': { severity: 'warning' } },
    });
    expect(strict[0]?.severity).toBe('warning');
  });
});
