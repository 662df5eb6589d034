import type { Report } from '../analysis/types';
import type { FixOption } from '../fixes/types';

/** Everything the overlay draws for one compose box; the controller sends a whole new state each time. */
export interface OverlayState {
  status: 'checking' | 'ready' | 'paused' | 'error';
  report?: Report;
  /** One per `report.findings[i]`, mapped by the site adapter; null where it could not be mapped. */
  ranges: (Range | null)[];
  /**
   * The text of each finding, from the snapshot it was read from: labels are built from this, never from a
   * live range (the page can change those). Absent: no labels that quote the text.
   */
  flagged?: string[];
  /** The one-click fixes of each `report.findings[i]` (lib/fixes), computed from the text as read. */
  fixes?: FixOption[][];
  /** The "panel only" setting: draw no marks at all. */
  panelOnly: boolean;
  /** One sentence shown at the top of the panel, e.g. why a fix was not applied. */
  notice?: string;
  /** What the writer's last "Ignore here" or "Turn off this rule" set aside, in a sentence; Undo takes it back. */
  undo?: string;
  /** The box holds no text: nobody is writing here, so no badge (an untouched reply, an empty composer). */
  empty?: boolean;
}

/** What the user can ask for from the overlay; indices are into `report.findings`. */
export interface OverlayActions {
  /** Applies fix `choice` of `state.fixes[index]`. */
  applyFix(index: number, choice: number): void;
  ignore(index: number): void;
  disableRule(ruleId: string): void;
  /** Takes back the last "Ignore here" or "Turn off this rule" (`state.undo` says which). */
  undo(): void;
  /** "Go to To" on a card about the recipients: put the caret in the To field. */
  focusRecipients(): void;
  /** Esc in the panel: put the caret back in the editor. */
  returnFocus(): void;
}

export interface OverlayBox {
  editor: HTMLElement;
  anchor: HTMLElement;
  /** The part of the box the badge sits in (where a long page is being written); the editor when absent. */
  frame?(): HTMLElement;
  /** The To field, outlined while a finding says the message has no recipient. */
  recipientField?(): HTMLElement | null;
  /** Where the host switches its theme besides <html> and <body> (`ComposeBox.themeHolder`). */
  themeHolder?(): Element | null;
}

export interface Overlay {
  update(state: OverlayState): void;
  /** Opens the panel with the keyboard focus on its first card (the badge, the keyboard command). */
  openPanel(): void;
  togglePanel(): void;
}
