import type { Site } from '../../lib/analysis/types';
import type { StorageProblem } from '../../lib/history/open';
import type { WeekSummary } from '../../lib/history/summary';
import type { TabStatus } from '../../lib/messaging';
import { StorageNotice } from '../common/storage-notice';
import { EmptyState } from './empty-state';
import { PopupActions } from './popup-actions';
import { SiteStatus } from './site-status';
import type { PauseState } from './status-line';
import type { TabContext } from './tab-action';
import { WeekPanel } from './week-panel';

export interface PopupProps {
  site: Exclude<Site, 'text'> | null;
  tab: TabContext;
  pause: PauseState;
  /** What the tab's content script sees (null: none answered). */
  seen: TabStatus | null;
  presetName: string;
  /** Null while loading or when history could not be read. */
  summary: WeekSummary | null;
  problem: StorageProblem | null;
  timeZone: string;
  onPauseAll(paused: boolean): void;
  onPauseSite(site: Site, paused: boolean): void;
  onOpenReport(): void;
  onOpenOptions(): void;
}

export function PopupView(props: PopupProps) {
  const { summary } = props;
  const empty = summary?.trend.every((w) => w.count === 0) === true;
  return (
    <main class="popup">
      <h1>Clearsend</h1>
      <SiteStatus
        site={props.site}
        pause={props.pause}
        seen={props.seen}
        presetName={props.presetName}
        onPauseAll={props.onPauseAll}
        onPauseSite={props.onPauseSite}
      />
      <PopupActions tab={props.tab} />
      <StorageNotice problem={props.problem} />
      {summary && (empty ? <EmptyState /> : <WeekPanel summary={summary} timeZone={props.timeZone} />)}
      <nav class="links">
        <button type="button" class="link-button" onClick={props.onOpenReport}>
          Full report
        </button>
        <button type="button" class="link-button" onClick={props.onOpenOptions}>
          Options
        </button>
      </nav>
    </main>
  );
}
