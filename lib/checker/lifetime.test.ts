import { describe, expect, it, vi } from 'vitest';
import { claimWorld, ownLifetime } from './lifetime';

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
  it('stops the copy that held the site in this world: the newest copy checks alone', () => {
    const old = { stop: vi.fn() };
    claimWorld('t1', old);
    const next = { stop: vi.fn() };
    claimWorld('t1', next);
    expect(old.stop).toHaveBeenCalledOnce();
    expect(next.stop).not.toHaveBeenCalled();
    claimWorld('t2', { stop: vi.fn() });
    expect(next.stop).not.toHaveBeenCalled();
  });
});
