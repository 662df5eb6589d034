import type { Site } from '../../lib/analysis/types';
import { siteLabel } from '../../lib/history/sites';
import type { TabStatus } from '../../lib/messaging';

/** Whether Clearsend is paused everywhere, and on which sites. */
export interface PauseState {
  paused: boolean;
  pausedSites: Site[];
}

/**
 * The popup's one line about this tab: what Clearsend is doing there, from the settings and from what the page's
 * content script says it sees (`seen`; null when no content script answered, e.g. a tab opened before install).
 */
export function statusLine(
  site: Exclude<Site, 'text'> | null,
  pause: PauseState,
  seen: TabStatus | null,
): string {
  if (site === null) return 'Not active on this page. Clearsend checks messages in Gmail, Slack and Notion.';
  const name = siteLabel(site);
  if (pause.paused) return `Paused everywhere, so not checking ${name}.`;
  if (pause.pausedSites.includes(site)) return `Paused on ${name}`;
  if (!seen) return `Checking your messages on ${name}.`;
  if (seen.boxes > 0) return `Checking ${seen.boxes} compose ${seen.boxes === 1 ? 'box' : 'boxes'}`;
  if (seen.missedEditor)
    return `Clearsend can't find ${name}'s compose box on this page — ${name} may have changed`;
  return 'No compose box open';
}
