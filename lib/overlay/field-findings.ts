import type { Finding } from '../analysis/types';
import type { Point } from './placement';

/**
 * Findings about the message's recipients rather than its words ("This email has no recipient"): they get no
 * mark on the text, which would point at the wrong thing, but an outline around the To field and a card that
 * says "Add a recipient in To".
 */
const ABOUT_RECIPIENTS: ReadonlySet<string> = new Set(['no-recipients']);

export function aboutRecipients(finding: Pick<Finding, 'rule'>): boolean {
  return ABOUT_RECIPIENTS.has(finding.rule);
}

/** Draws (or hides) the outline around the box's To field; `origin` is where our layer sits in the viewport. */
export function outlineField(outline: HTMLElement, field: Element | null | undefined, origin: Point): void {
  const rect = field?.getBoundingClientRect();
  const shown = !!rect && rect.width > 0 && rect.height > 0;
  outline.hidden = !shown;
  if (!shown) return;
  Object.assign(outline.style, {
    left: `${rect.left - origin.x - 2}px`,
    top: `${rect.top - origin.y - 2}px`,
    width: `${rect.width + 4}px`,
    height: `${rect.height + 4}px`,
  });
}
