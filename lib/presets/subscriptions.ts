import { type Analyze, runPresetExamples } from './examples';
import { type Subscription, subscribedId, subscriptionsItem } from './library';
import { MAX_PRESET_BYTES, parsePreset } from './parse';
import { readCapped } from './read-capped';
import type { Preset } from './types';

export type Fetch = (url: string, init?: RequestInit) => Promise<Response>;

export interface FetchDeps {
  fetch?: Fetch;
  analyze?: Analyze;
  now?: () => number;
}

/**
 * A subscription URL must be https. Plain http is allowed only on this machine (127.0.0.1 / localhost), so an
 * author can try a preset from a local server. Returns the origin pattern to ask permission for.
 */
export function checkSubscriptionUrl(
  text: string,
): { ok: true; url: string; origin: string } | { ok: false; error: string } {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return { ok: false, error: 'not a web address' };
  }
  const local = url.protocol === 'http:' && (url.hostname === '127.0.0.1' || url.hostname === 'localhost');
  if (url.protocol !== 'https:' && !local)
    return { ok: false, error: 'the address must start with https://' };
  if (url.username || url.password)
    return { ok: false, error: 'the address must not contain a user name or password' };
  return { ok: true, url: url.href, origin: `${url.protocol}//${url.hostname}/*` };
}

/** Fetches and fully checks a preset (size, schema, its own examples). Never throws. */
export async function fetchPreset(
  url: string,
  deps: FetchDeps,
): Promise<{ ok: true; preset: Preset } | { ok: false; error: string }> {
  const fetcher = deps.fetch ?? fetch;
  let text: string;
  try {
    const response = await fetcher(url, {
      credentials: 'omit',
      cache: 'no-cache',
      signal: AbortSignal.timeout(15_000),
    });
    if (!response.ok) return { ok: false, error: `the server answered ${response.status}` };
    const tooLarge = {
      ok: false as const,
      error: `too large: a preset is at most ${MAX_PRESET_BYTES / 1024} kB`,
    };
    if (Number(response.headers.get('content-length') ?? 0) > MAX_PRESET_BYTES) return tooLarge;
    const body = await readCapped(response, MAX_PRESET_BYTES);
    if (!body.ok) return tooLarge;
    text = body.text;
  } catch (error) {
    return {
      ok: false,
      error: `could not fetch it (${error instanceof Error ? error.message : String(error)})`,
    };
  }
  const parsed = parsePreset(text);
  if (!parsed.ok) return parsed;
  const examples = runPresetExamples(parsed.preset, deps.analyze);
  if (!examples.passed) {
    const failed = examples.results
      .filter((r) => !r.passed)
      .map((r) => `example ${r.index + 1}: ${r.problems.join('; ')}`);
    return { ok: false, error: `its examples fail (${failed.join(' | ')})` };
  }
  return { ok: true, preset: parsed.preset };
}

/**
 * Checks a subscription for a new version. A failure (network, server, validation, examples) is recorded and
 * the last good version stays in force; a changed valid version waits as `pending` until the user accepts it.
 */
export async function refreshSubscription(id: string, deps: FetchDeps): Promise<Subscription | undefined> {
  const current = (await subscriptionsItem.getValue())[id];
  if (!current) return undefined;
  const result = await fetchPreset(current.url, deps);
  const checked = (deps.now ?? Date.now)();
  const latest = (await subscriptionsItem.getValue())[id];
  if (!latest) return undefined;
  let next: Subscription;
  if (!result.ok) {
    next = { ...latest, lastChecked: checked, lastError: result.error };
  } else {
    const same = JSON.stringify(result.preset) === JSON.stringify(latest.preset);
    const { pending: _old, lastError: _err, ...rest } = latest;
    next = { ...rest, lastChecked: checked, ...(same ? {} : { pending: result.preset }) };
  }
  await subscriptionsItem.setValue({ ...(await subscriptionsItem.getValue()), [id]: next });
  return next;
}

export async function refreshAllSubscriptions(deps: FetchDeps): Promise<void> {
  for (const id of Object.keys(await subscriptionsItem.getValue())) await refreshSubscription(id, deps);
}

/** Saves a subscription the user confirmed after seeing its preset and changes. */
export async function saveSubscription(url: string, preset: Preset, now = Date.now()): Promise<string> {
  const id = subscribedId(url);
  await subscriptionsItem.setValue({
    ...(await subscriptionsItem.getValue()),
    [id]: { url, preset, lastChecked: now },
  });
  return id;
}

export async function acceptPendingVersion(id: string): Promise<void> {
  const all = await subscriptionsItem.getValue();
  const sub = all[id];
  if (!sub?.pending) return;
  const { pending, ...rest } = sub;
  await subscriptionsItem.setValue({ ...all, [id]: { ...rest, preset: pending } });
}

/** Drops a subscription; the one dropped, if there was one (its URL says which grant it may give back). */
export async function unsubscribe(id: string): Promise<Subscription | undefined> {
  const { [id]: gone, ...rest } = await subscriptionsItem.getValue();
  await subscriptionsItem.setValue(rest);
  return gone;
}
