import { browser } from 'wxt/browser';
import { type ManagedPolicyState, managedPolicyItem } from './library';
import { parsePreset } from './parse';

export type ManagedReader = () => Promise<Record<string, unknown>>;

const readStorage: ManagedReader = async () => {
  try {
    return await browser.storage.managed.get('preset');
  } catch {
    // No policy installed (or a browser without managed storage): nothing is enforced.
    return {};
  }
};

/**
 * The preset an administrator set through browser policy (`storage.managed`, see public/managed_schema.json),
 * as a JSON text, a share code or an object. An invalid policy enforces nothing but is reported, so the
 * options page can tell the user to ask their administrator.
 */
export async function readManagedPolicy(read: ManagedReader = readStorage): Promise<ManagedPolicyState> {
  const value = (await read()).preset;
  if (value === undefined || value === null || value === '') return { state: 'none' };
  const parsed = parsePreset(value);
  if (!parsed.ok) return { state: 'invalid', error: parsed.error };
  return { state: 'ok', preset: parsed.preset, warnings: parsed.warnings };
}

/** Copies the policy where settings (and content scripts) can read it without a parser. */
export async function syncManagedPolicy(read?: ManagedReader): Promise<ManagedPolicyState> {
  const policy = await readManagedPolicy(read);
  await managedPolicyItem.setValue(policy);
  return policy;
}
