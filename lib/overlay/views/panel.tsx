import type { JSX } from 'preact';
import { groupFindings, shownOccurrence } from '../card-groups';
import { describeAsk } from '../checklist-rows';
import { panelSummary } from '../panel-summary';
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
  /** Show another occurrence of a grouped card: it becomes `current` and its mark is scrolled into view. */
  onJump(index: number): void;
  onKeyDown(event: JSX.TargetedKeyboardEvent<HTMLElement>): void;
}

/** Past this many cards (one per rule) the panel stops being a list anyone reads (and costs the page to draw). */
export const MAX_CARDS = 50;

const TITLES: Record<OverlayState['status'], string> = {
  checking: 'Checking…',
  paused: 'Clearsend is paused',
  error: "Clearsend couldn't check this message",
  ready: '',
};

export function Panel({ state, current, actions, onClose, onJump, onKeyDown }: PanelProps) {
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
      {state.undo && (
        <p class="undo" role="status">
          {state.undo}{' '}
          <button type="button" onClick={() => actions.undo()}>
            Undo
          </button>
        </p>
      )}
      {state.status === 'paused' && (
        <p>Nothing is checked here until you turn it back on from the toolbar button.</p>
      )}
      {state.status === 'error' && <p>It will try again when you next type.</p>}
      {state.status === 'ready' && report && (
        <Findings state={state} current={current} actions={actions} onJump={onJump} />
      )}
    </div>
  );
}

function Findings({
  state,
  current,
  actions,
  onJump,
}: Pick<PanelProps, 'state' | 'current' | 'actions' | 'onJump'>) {
  const report = state.report!;
  const groups = groupFindings(report.findings);
  // Each ask's rows, worked out once: the checklist shows them and the summary line counts them.
  const asks = report.checklist.map((item) => describeAsk(item, report.findings));
  const summary = panelSummary(asks);
  const hidden = groups.slice(MAX_CARDS).reduce((n, group) => n + group.indices.length, 0);
  return (
    <>
      {summary && <p class="summary">{summary}</p>}
      {report.limits && <p class="limits">{report.limits.message}</p>}
      {report.findings.length === 0 ? (
        <p>Looks clear: nothing to fix.</p>
      ) : (
        <ol class="cards" aria-label="Suggestions">
          {groups.slice(0, MAX_CARDS).map((group) => {
            const index = shownOccurrence(group, current);
            return (
              // Keyed by rule: jumping to the next occurrence keeps the same card, and the focus on its button.
              <FindingCard
                key={group.rule}
                finding={report.findings[index]!}
                index={index}
                occurrences={group.indices}
                fixes={state.fixes?.[index] ?? []}
                flagged={state.flagged}
                current={group.indices.includes(current)}
                actions={actions}
                onJump={onJump}
              />
            );
          })}
        </ol>
      )}
      {hidden > 0 && <p class="more">and {hidden} more</p>}
      {report.checklist.length > 0 && (
        <>
          <h3>Each ask: what, who, when, why</h3>
          <ol class="asks" aria-label="Asks in this message">
            {report.checklist.map(({ ask }, i) => (
              <AskChecklistItem key={`${ask.start}:${ask.end}`} rows={asks[i]!} />
            ))}
          </ol>
        </>
      )}
    </>
  );
}
