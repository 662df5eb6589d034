import { describe, expect, it } from 'vitest';
import { covered, findingsOf } from '../test-helpers';

describe('undefined-acronym', () => {
  it('flags an acronym the glossary does not define', () => {
    const text = 'The RRT will triage it tomorrow.';
    const [f] = findingsOf('undefined-acronym', text);
    expect(covered(text, f!)).toBe('RRT');
    expect(f!.severity).toBe('info');
  });
  it('leaves glossary terms, common acronyms and spelled-out ones alone', () => {
    expect(
      findingsOf('undefined-acronym', 'The RRT will triage it.', {
        glossary: { RRT: 'rapid response team' },
      }),
    ).toEqual([]);
    expect(findingsOf('undefined-acronym', 'FYI the API is down, ETA 3pm PT.')).toEqual([]);
    expect(findingsOf('undefined-acronym', 'The rapid response team (RRT) will triage it.')).toEqual([]);
  });
});
