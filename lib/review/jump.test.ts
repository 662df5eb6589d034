// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { jumpToText } from './jump';

beforeEach(() => {
  document.body.innerHTML = `
    <h2>Database</h2>
    <p>The replica set is in sync.</p>
    <p><strong>Priya</strong>, please send the
       final results by March 14, 2031.</p>`;
});

describe('jumpToText', () => {
  it('finds a sentence split across elements and line breaks, and scrolls to it', () => {
    const scrolled = vi.fn();
    Element.prototype.scrollIntoView = scrolled;
    const found = jumpToText('Priya, please send the final results by March 14, 2031.', '', 'test');
    expect(found).toBe(true);
    expect(scrolled).toHaveBeenCalledTimes(1);
    expect(scrolled.mock.instances[0]).toBe(document.querySelector('strong'));
  });

  it('falls back to the block when the ask’s own words were reworded', () => {
    Element.prototype.scrollIntoView = vi.fn();
    expect(jumpToText('Priya, send it now', 'The replica set is in sync.', 'test')).toBe(true);
  });

  it('reports a sentence that is no longer on the page', () => {
    Element.prototype.scrollIntoView = vi.fn();
    expect(jumpToText('Marco, can you review the plan?', 'Gone block.', 'test')).toBe(false);
  });
});
