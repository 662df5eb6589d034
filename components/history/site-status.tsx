import type { Site } from '../../lib/analysis/types';
import { siteLabel } from '../../lib/history/sites';
import type { TabStatus } from '../../lib/messaging';
import { type PauseState, statusLine } from './status-line';

interface Props {
  site: Exclude<Site, 'text'> | null;
  pause: PauseState;
  /** What the tab's content script sees; null when none answered. */
  seen: TabStatus | null;
  presetName: string;
  onPauseAll(paused: boolean): void;
  onPauseSite(site: Site, paused: boolean): void;
}

/** Whether Clearsend is checking on this tab, and the switches to pause it here or everywhere. */
export function SiteStatus({ site, pause, seen, presetName, onPauseAll, onPauseSite }: Props) {
  const sitePaused = site !== null && pause.pausedSites.includes(site);
  const status = statusLine(site, pause, seen);
  const active = site !== null && !pause.paused && !sitePaused && !seen?.missedEditor;
  return (
    <section class="site-status" aria-label="This tab">
      <p class={active ? 'status active' : 'status'} role="status">
        <span class="dot" aria-hidden="true" /> {status}
      </p>
      <p class="muted preset">Preset: {presetName}</p>
      <div class="toggles">
        {site && (
          <label>
            <input
              type="checkbox"
              checked={sitePaused}
              onChange={(e) => onPauseSite(site, e.currentTarget.checked)}
            />{' '}
            Pause on {siteLabel(site)}
          </label>
        )}
        <label>
          <input
            type="checkbox"
            checked={pause.paused}
            onChange={(e) => onPauseAll(e.currentTarget.checked)}
          />{' '}
          Pause everywhere
        </label>
      </div>
    </section>
  );
}
