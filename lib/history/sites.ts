import type { Site } from '../analysis/types';
import { siteForHostname } from '../hosts/origins';

export const SITE_LABELS: Record<Site, string> = {
  gmail: 'Gmail',
  slack: 'Slack',
  notion: 'Notion',
  text: 'Text',
};

/** The site Clearsend checks at this URL, or null for any other page (only https, only the three hosts). */
export function siteForUrl(url: string | undefined): Exclude<Site, 'text'> | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' ? siteForHostname(parsed.hostname) : null;
  } catch {
    return null;
  }
}
