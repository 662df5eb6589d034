import { browser } from 'wxt/browser';
import type { Draft, Report, ScoreWeights, SiteOrigin } from './analysis/types';
import type { Settings } from './settings/item';

/**
 * Every message between Clearsend's own contexts, in one map: the request each takes and what it answers.
 * Add an entry here, then a handler in the background; nothing else may be sent.
 */
export interface Protocol {
  /** A writer is in a compose box: wake the service worker now, so its start-up overlaps their typing. */
  wake: { req: Record<string, never>; res: { awake: true } };
  /** Analyse a draft with the active settings for its site. */
  analyze: { req: { draft: Draft }; res: ScoredReport };
  /** A message was sent from a compose box: record its metrics (never its text). */
  recordSend: { req: { draft: Draft; key: string; fixes: number }; res: { recorded: boolean } };
  /** Background → content script: the keyboard command asks for the panel of the focused compose box. */
  openPanel: { req: Record<string, never>; res: { opened: boolean } };
  /** Popup → background: extract the tab's document (activeTab) and open its review page. */
  reviewPage: { req: { tabId: number }; res: { reviewId: string } };
  /** Popup → the tab's content script: what Clearsend sees on the page, for the status line. Stays on the device. */
  tabStatus: { req: Record<string, never>; res: TabStatus };
  /** Popup → background, once the user granted the origin: check its pages, starting with the tab (lib/user-sites). */
  enableSite: { req: { origin: string; tabId?: number }; res: { sites: SiteOrigin[] } };
  /** Options → background: stop checking a site and give its permission back. */
  disableSite: { req: { origin: string }; res: { sites: SiteOrigin[] } };
  /** Content script → background: the settings as they are now, migrated (content scripts never read storage). */
  settings: { req: Record<string, never>; res: Settings };
  /** A card's "Turn off this rule" and its undo: the background writes the change. */
  setRuleOff: { req: { ruleId: string; off: boolean }; res: { disabledRules: string[] } };
  /** The sites the user turned Clearsend on for. */
  listSites: { req: Record<string, never>; res: { sites: SiteOrigin[] } };
}

/**
 * A report and the weights its score was computed with, so a compose box that hides findings ("Ignore here")
 * scores what it still shows with the same table (lib/analysis/score.ts) and badge, cards and score agree.
 */
export type ScoredReport = Report & { weights?: Partial<ScoreWeights> };

/** What a content script sees on its page. */
export interface TabStatus {
  /** Compose boxes being checked now (not counting ones the page opted out). */
  boxes: number;
  /** The writer focused a text field and the adapter found no compose box on the page at all. */
  missedEditor: boolean;
}

export type MessageType = keyof Protocol;

/**
 * The one long-lived port: each content script holds one open to the background, and nothing is ever sent on
 * it. Its disconnect is how an old content script learns the extension was reloaded or removed — a channel no
 * web page can reach, unlike window messages (issue 15).
 */
export const LIFETIME_PORT = 'clearsend-lifetime';
type Envelope<K extends MessageType = MessageType> = { clearsend: 1; type: K; payload: Protocol[K]['req'] };
type Answer<K extends MessageType> = { ok: true; value: Protocol[K]['res'] } | { ok: false; error: string };

export type Handlers = {
  [K in MessageType]?: (payload: Protocol[K]['req']) => Promise<Protocol[K]['res']> | Protocol[K]['res'];
};

export async function sendMessage<K extends MessageType>(
  type: K,
  payload: Protocol[K]['req'],
): Promise<Protocol[K]['res']> {
  const envelope: Envelope<K> = { clearsend: 1, type, payload };
  const answer = (await browser.runtime.sendMessage(envelope)) as Answer<K> | undefined;
  if (!answer) throw new Error(`Clearsend: no handler answered "${type}"`);
  if (!answer.ok) throw new Error(answer.error);
  return answer.value;
}

/** Sends to the content scripts of one tab (the background's side of `openPanel`). */
export async function sendToTab<K extends MessageType>(
  tabId: number,
  type: K,
  payload: Protocol[K]['req'],
): Promise<Protocol[K]['res'] | undefined> {
  const envelope: Envelope<K> = { clearsend: 1, type, payload };
  const answer = (await browser.tabs.sendMessage(tabId, envelope)) as Answer<K> | undefined;
  return answer?.ok ? answer.value : undefined;
}

function isEnvelope(message: unknown): message is Envelope {
  return typeof message === 'object' && message !== null && (message as Envelope).clearsend === 1;
}

/** Messages are taken only from this extension's own pages and content scripts, never from a web page. */
export function fromThisExtension(sender: { id?: string }): boolean {
  return sender.id === browser.runtime.id;
}

/**
 * One set of handlers from each part's own. A type claimed twice would make the answer depend on which listener
 * ran first, so it throws where the context starts, naming the type.
 */
export function combineHandlers(...parts: Handlers[]): Handlers {
  const combined: Record<string, unknown> = {};
  for (const part of parts)
    for (const [type, handler] of Object.entries(part)) {
      if (type in combined) throw new Error(`Clearsend: two handlers answer "${type}"`);
      combined[type] = handler;
    }
  return combined as Handlers;
}

/** The one listener a context has: every message type it answers goes through `handlers` (see combineHandlers). */
export function handleMessages(handlers: Handlers): () => void {
  const listener = (message: unknown, sender: { id?: string }) => {
    if (!isEnvelope(message) || !fromThisExtension(sender)) return undefined;
    const handler = handlers[message.type] as ((p: unknown) => unknown) | undefined;
    if (!handler) return undefined;
    return Promise.resolve()
      .then(() => handler(message.payload))
      .then(
        (value) => ({ ok: true, value }),
        (error: unknown) => ({ ok: false, error: error instanceof Error ? error.message : String(error) }),
      );
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
