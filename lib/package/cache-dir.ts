// Where the CLI keeps its code cache (code-cache.ts): the user's own cache folder, never the installed package
// (often read-only, and shared by every user of a global install) and never os.tmpdir(): a code cache is code
// that runs, and in a shared temporary folder another user could leave one there first.
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';

/** $XDG_CACHE_HOME/clearsend wherever it is set, else the platform's per-user cache folder; undefined: none. */
export function cacheDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: () => string = homedir,
): string | undefined {
  // XDG's rule: a relative path is to be ignored.
  if (env.XDG_CACHE_HOME && isAbsolute(env.XDG_CACHE_HOME)) return join(env.XDG_CACHE_HOME, 'clearsend');
  if (platform === 'win32')
    return env.LOCALAPPDATA ? join(env.LOCALAPPDATA, 'clearsend', 'Cache') : undefined;
  let base: string;
  try {
    base = home();
  } catch {
    return undefined;
  }
  if (!base) return undefined;
  return platform === 'darwin'
    ? join(base, 'Library', 'Caches', 'clearsend')
    : join(base, '.cache', 'clearsend');
}
