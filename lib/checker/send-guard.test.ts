// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { perMinute, watchUserEvents } from './send-guard';

describe('what may record a send (issue 15.3)', () => {
  it('allows at most `limit` in any rolling minute, and more again once the minute has passed', () => {
    let now = 1_000_000;
    const allowed = perMinute(3, () => now);
    const tries = () => [allowed(), allowed(), allowed(), allowed()];
    expect(tries()).toEqual([true, true, true, false]);
    now += 59_999;
    expect(allowed()).toBe(false);
    now += 1;
    expect(tries()).toEqual([true, true, true, false]);
  });

  it('does not take a click or key press a script dispatched for the user’s own', () => {
    const controller = new AbortController();
    const user = watchUserEvents(window, controller.signal);
    expect(user.trusted()).toBe(false);
    document.body.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(user.trusted()).toBe(false);
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
    expect(user.trusted()).toBe(false);
    controller.abort();
  });
});
