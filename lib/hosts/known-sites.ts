// The sites Clearsend has notes for beyond its generic adapter (issue 14): the one list of them. The user still turns
// each on in the popup like any other site (its origin is the site's name in history and presets); on these
// origins the content script uses the site's own adapter (lib/hosts/<id>.ts), the popup says what it knows, and
// history names the site as people do. Kept free of runtime imports: schemas and the popup read it.
import type { SiteOrigin } from '../analysis/types';

interface KnownSite {
  /** What history, the report and the popup call it. */
  name: string;
  /** The product, as the popup's offer names it ("Clearsend knows Outlook on the web"). */
  product: string;
  /** What the site's adapter reads beyond the generic one, for that offer. */
  reads: string;
  origins: readonly SiteOrigin[];
}

export const KNOWN_SITES = {
  outlook: {
    name: 'Outlook',
    product: 'Outlook on the web',
    reads: 'it reads the To and Cc lines and leaves the quoted thread out',
    // Work accounts at outlook.office.com, outlook.office365.com and, since Microsoft's move to cloud.microsoft,
    // outlook.cloud.microsoft (outlook.office.com redirects there); personal ones at outlook.live.com. One app at
    // each: tests/fixtures/README.md § sites/outlook.html names the evidence.
    origins: [
      'https://outlook.office.com',
      'https://outlook.office365.com',
      'https://outlook.cloud.microsoft',
      'https://outlook.live.com',
    ],
  },
  teams: {
    name: 'Teams',
    product: 'Microsoft Teams',
    reads: 'it tells a channel post from a chat and a reply',
    // Teams web moved to teams.cloud.microsoft and still answers at teams.microsoft.com; teams.live.com is the same
    // client for personal accounts (tests/fixtures/README.md § sites/teams.html).
    origins: ['https://teams.microsoft.com', 'https://teams.cloud.microsoft', 'https://teams.live.com'],
  },
} as const satisfies Record<string, KnownSite>;

export type KnownSiteId = keyof typeof KNOWN_SITES;

/** Which origins each site's adapter serves: KNOWN_SITES, or the table as an earlier release had it. */
export type KnownSitesTable = Readonly<Record<string, Pick<KnownSite, 'origins'>>>;

/** The known site served at `origin`, or null for any other. */
export function knownSiteAt(origin: SiteOrigin): KnownSiteId | null;
export function knownSiteAt(origin: SiteOrigin, table: KnownSitesTable): string | null;
export function knownSiteAt(origin: SiteOrigin, table: KnownSitesTable = KNOWN_SITES): string | null {
  for (const [id, site] of Object.entries(table)) {
    if (site.origins.includes(origin)) return id;
  }
  return null;
}
