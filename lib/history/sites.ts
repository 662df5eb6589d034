import type { Site } from '../analysis/types';

const HOSTS: Record<string, Site> = {
  'mail.google.com': 'gmail',
  'app.slack.com': 'slack',
  'www.notion.so': 'notion',
};

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
    const site = parsed.protocol === 'https:' ? HOSTS[parsed.hostname] : undefined;
    return site === 'gmail' || site === 'slack' || site === 'notion' ? site : null;
  } catch {
    return null;
  }
}
