import type { JSX } from 'preact';
import { PANEL_SHORTCUT } from '../shortcut';
import type { OverlayState } from '../types';
import { AskChecklistItem } from './ask-checklist';
import { type CardActions, FindingCard } from './finding-card';

export interface PanelProps {
  state: OverlayState;
  /** The finding the user clicked in the text, outlined; -1 for none. */
  current: number;
  actions: CardActions;
  onClose(): void;
  onKeyDown(event: JSX.TargetedKeyboardEvent<HTMLElement>): void;
}

/** Past this many cards the panel stops being a list anyone reads (and costs the host page to draw). */
export const MAX_CARDS = 50;

const TITLES: Record<OverlayState['status'], string> = {
  checking: 'Checking…',
  paused: 'Clearsend is paused',
  error: "Clearsend couldn't check this message",
  ready: '',
};

export function Panel({ state, current, actions, onClose, onKeyDown }: PanelProps) {
  const { report } = state;
  const title =
    state.status === 'ready' && report ? `Clarity score ${report.score} of 100` : TITLES[state.status];
  return (
    <div
      id="cs-panel"
      class="panel"
      role="dialog"
      aria-label="Clearsend suggestions"
      popover="manual"
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      <div class="head">
        <h2>{title}</h2>
        <button type="button" class="close" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </div>
      <p class="keys">{PANEL_SHORTCUT} opens this panel from the text; Esc goes back to it.</p>
      <p class="notice" role="status">
        {state.notice ?? ''}
      </p>
      {state.status === 'paused' && (
        <p>Nothing is checked here until you turn it back on from the toolbar button.</p>
      )}
      {state.status === 'error' && <p>It will try again when you next type.</p>}
      {state.status === 'ready' && report && <Findings state={state} current={current} actions={actions} />}
    </div>
  );
}

function Findings({ state, current, actions }: Pick<PanelProps, 'state' | 'current' | 'actions'>) {
  const report = state.report!;
  return (
    <>
      {report.limits && <p class="limits">{report.limits.message}</p>}
      {report.findings.length === 0 ? (
        <p>Looks clear: nothing to fix.</p>
      ) : (
        <ol class="cards" aria-label="Suggestions">
          {report.findings.slice(0, MAX_CARDS).map((finding, index) => (
            <FindingCard
              key={`${finding.rule}:${finding.start}:${finding.end}:${finding.message}`}
              finding={finding}
              index={index}
              flagged={state.flagged?.[index]}
              current={index === current}
              actions={actions}
            />
          ))}
        </ol>
      )}
      {report.findings.length > MAX_CARDS && (
        <p class="more">and {report.findings.length - MAX_CARDS} more</p>
      )}
      {report.checklist.length > 0 && (
        <>
          <h3>Each ask: what, who, when, why</h3>
          <ol class="asks" aria-label="Asks in this message">
            {report.checklist.map((item) => (
              <AskChecklistItem
                key={`${item.ask.start}:${item.ask.end}`}
                item={item}
                findings={report.findings}
              />
            ))}
          </ol>
        </>
      )}
    </>
  );
}
