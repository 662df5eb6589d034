import type { BadgeLook } from '../badge-state';
import { PANEL_SHORTCUT } from '../shortcut';
import { Panel, type PanelProps } from './panel';

export interface OverlayViewProps extends PanelProps {
  badge: BadgeLook;
  open: boolean;
  onBadge(): void;
  onBadgeKey(event: KeyboardEvent): void;
}

/** Everything inside the closed shadow root except the fallback marks: the badge and, when open, the panel. */
export function OverlayView({ badge, open, onBadge, onBadgeKey, ...panel }: OverlayViewProps) {
  return (
    <>
      <button
        type="button"
        class={`badge tone-${badge.tone}`}
        aria-label={badge.name}
        title={`${badge.name}. ${PANEL_SHORTCUT} opens the suggestions from the keyboard.`}
        aria-expanded={open}
        aria-controls={open ? 'cs-panel' : undefined}
        onClick={onBadge}
        onKeyDown={onBadgeKey}
      >
        <span aria-hidden="true">{badge.text}</span>
      </button>
      {open && <Panel {...panel} />}
    </>
  );
}
