import type { TitledBlocks } from '../dom/blocks';
import { readGmailThread } from '../hosts/gmail';
import { readNotionPage } from '../hosts/notion';
import { siteForHostname } from '../hosts/origins';
import type { SourceKind } from './types';

// Which reader applies to a page. What each host's page looks like is site knowledge: it lives in lib/hosts.

/** Which reader applies to a page: the host's own, or Readability for any other document. */
export function sourceFor(hostname: string): SourceKind {
  const site = siteForHostname(hostname);
  return site === 'gmail' || site === 'notion' ? site : 'article';
}

/** The host's own reader for `source`; null for an article, which Readability reads. */
export function hostReaderFor(source: SourceKind): ((doc: Document) => TitledBlocks | null) | null {
  if (source === 'gmail') return readGmailThread;
  if (source === 'notion') return readNotionPage;
  return null;
}
