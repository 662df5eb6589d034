import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// Where Chromium keeps an extension's permissions, per profile: the extension's entry under
// extensions.settings.<id> in "Secure Preferences" (or "Preferences"), `granted_permissions` for what it may use
// (`active_permissions` what it holds now) and `runtime_granted_permissions` for what the user granted at run time:
// an optional host permission accepted at the prompt lands in each, as `explicit_host` and `scriptable_host`. Debian's Chromium does not enforce the
// preferences' MACs on Linux, so a grant written here is read back as the user's own.
const FILES = ['Secure Preferences', 'Preferences'];
const KEYS = ['granted_permissions', 'runtime_granted_permissions', 'active_permissions'] as const;

type PermissionSet = { explicit_host?: string[]; scriptable_host?: string[]; api?: string[] };

/** Records that the user granted `origins` to extension `id` in the (closed) profile at `profileDir`. */
export function grantOrigins(profileDir: string, id: string, origins: readonly string[]): void {
  const patterns = origins.map((origin) => `https://${new URL(origin).hostname}/*`);
  for (const name of FILES) {
    const file = join(profileDir, 'Default', name);
    if (!existsSync(file)) continue;
    const prefs = JSON.parse(readFileSync(file, 'utf8'));
    const entry = prefs.extensions?.settings?.[id];
    if (!entry) continue;
    for (const key of KEYS) {
      const set: PermissionSet = entry[key] ?? {};
      set.explicit_host = [...new Set([...(set.explicit_host ?? []), ...patterns])].sort();
      set.scriptable_host = [...new Set([...(set.scriptable_host ?? []), ...patterns])].sort();
      entry[key] = set;
    }
    // Chromium keeps an unpacked extension loaded from a profile that already knows it only in developer mode:
    // without it, the extension's own chrome.runtime.reload() (the tests' stand-in for an update) leaves it
    // disabled (disable_reasons 1 << 24, DISABLE_UNSUPPORTED_DEVELOPER_EXTENSION) and it never comes back.
    prefs.extensions.ui = { ...prefs.extensions.ui, developer_mode: true };
    writeFileSync(file, JSON.stringify(prefs));
    return;
  }
  throw new Error(`No settings for extension ${id} in ${profileDir}: was it installed?`);
}
