import { describe, expect, it, vi } from 'vitest';
import { claimWorld, markHandover, ownLifetime } from './lifetime';

describe('ownLifetime', () => {
  it('outlives an aborted hint while the extension is still there (a page posting WXT\'s "newer script" message)', () => {
    const hint = new AbortController();
    const lifetime = ownLifetime(hint.signal);
    hint.abort();
    lifetime.check();
    expect(lifetime.signal.aborted).toBe(false);
    lifetime.stop();
    expect(lifetime.signal.aborted).toBe(true);
  });
});

describe('claimWorld', () => {
  const copy = (live = true) => ({ live: () => live, stop: vi.fn() });

  it('lets a second copy of the same extension leave a live one alone', () => {
    const first = copy();
    expect(claimWorld('t1', first)).toBe(true);
    expect(claimWorld('t1', copy())).toBe(false);
    expect(first.stop).not.toHaveBeenCalled();
  });

  it('hands over to a re-injected copy: the one before stops at once', () => {
    const old = copy();
    claimWorld('t2', old);
    markHandover();
    const next = copy();
    expect(claimWorld('t2', next)).toBe(true);
    expect(old.stop).toHaveBeenCalledOnce();
    // The mark is used up: a later plain copy leaves the new one alone.
    expect(claimWorld('t2', copy())).toBe(false);
    expect(next.stop).not.toHaveBeenCalled();
  });

  it('takes over from a copy that already stopped', () => {
    claimWorld('t3', copy(false));
    expect(claimWorld('t3', copy())).toBe(true);
  });
});
