// Runs a CommonJS script through V8's code cache, the mechanism behind Node 22's module.enableCompileCache and the
// v8-compile-cache package (issue 13: compiling the CLI's ~650 kB of JavaScript was a third of a check's start-up).
// Neither fits Node 20: enableCompileCache does not exist there, and v8-compile-cache hooks require() and makes its
// cache right after compiling, before anything ran, so the functions V8 compiles lazily while a command runs (most
// of the work) are not in it. Here the cache is made after a run (createCachedData) and holds what that run
// compiled. V8 checks a cache against its version, its flags and the source's length, and rejects what does not
// match; the file's name adds what length cannot tell apart (the script's build id, Node, flags).
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';

/** hit: V8 took the cache; miss: there was none; rejected: V8 or this module refused the file; off: no directory. */
export type CacheState = 'hit' | 'miss' | 'rejected' | 'off';

export interface CachedScript<Exports> {
  exports: Exports;
  state: CacheState;
  /**
   * After a run: writes the cache, unless V8 took one that a run of the same kind had already made (a cache made
   * by `--help` alone would lack the engine, so a check still writes one). True when written; never throws.
   */
  save(run: string): boolean;
}

export interface CacheOptions {
  /** Where cache files go (cache-dir.ts); undefined: run without a cache. */
  dir: string | undefined;
  /** One cache per thread role: a worker's compiled functions are not the main thread's. */
  name: string;
  /** Identifies the script's build (scripts/package/build.mjs passes its hash). */
  id: string;
}

/** A 32-bit FNV-1a hash, hex: short names for the flags Node was started with (no crypto to load for it). */
const fnv = (text: string) => {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
};

/**
 * V8 checks a code cache's checksum only under this flag (release builds skip it): without it a cache whose bytes
 * were damaged past its header was taken as it is, and the process crashed in the deserialiser. Checking the CLI's
 * cache costs ~0.2 ms; the flag is on only while a cache is read or made (the checksum is written under it too), as
 * under it every worker thread started also checks the whole start-up snapshot, ~85 ms each.
 */
function withChecksums<T>(work: () => T): T {
  setFlagsFromString('--verify-snapshot-checksum');
  try {
    return work();
  } finally {
    setFlagsFromString('--no-verify-snapshot-checksum');
  }
}

/** A cache is only ever an optimisation: whatever fails around one, the command runs the same without it. */
const quietly = (work: () => void) => {
  try {
    work();
  } catch {}
};

/** The cache file: a header line naming the runs that made it, then V8's data. */
function readCache(file: string): { runs: string[]; data: Buffer } | 'miss' | 'rejected' {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return 'miss';
  }
  try {
    const end = bytes.indexOf(10);
    if (end < 0) return 'rejected';
    const { runs } = JSON.parse(bytes.subarray(0, end).toString('utf8')) as { runs: unknown };
    if (!Array.isArray(runs) || !runs.every((r) => typeof r === 'string')) return 'rejected';
    return { runs, data: bytes.subarray(end + 1) };
  } catch {
    return 'rejected';
  }
}

/** Compiles and runs `file` as a CommonJS module (its exports returned) with the code cache in `options.dir`. */
export function loadScript<Exports>(file: string, options: CacheOptions): CachedScript<Exports> {
  const flags = fnv([...process.execArgv, process.env.NODE_OPTIONS ?? ''].join(' '));
  const prefix = `${options.name}-`;
  const key = `${prefix}${options.id}-${process.version}-${process.arch}-${flags}.v8cache`;
  const cacheFile = options.dir === undefined ? undefined : join(options.dir, key);
  const cached = cacheFile === undefined ? 'miss' : readCache(cacheFile);
  const source = readFileSync(file, 'utf8');
  // Node's own CommonJS wrapper, on the source's first line so that stack traces keep their line numbers.
  const script = withChecksums(
    () =>
      new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
        filename: file,
        cachedData: typeof cached === 'object' ? cached.data : undefined,
      }),
  );
  const state: CacheState =
    cacheFile === undefined
      ? 'off'
      : typeof cached === 'string'
        ? cached
        : script.cachedDataRejected
          ? 'rejected'
          : 'hit';
  const runs = state === 'hit' && typeof cached === 'object' ? cached.runs : [];
  const module = { exports: {} as Exports };
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));

  return {
    exports: module.exports,
    state,
    save(run) {
      if (options.dir === undefined || cacheFile === undefined || runs.includes(run)) return false;
      // Written whole under another name, then renamed: a run started meanwhile reads the old file or the new.
      const partial = `${cacheFile}.${process.pid}.tmp`;
      try {
        const header = Buffer.from(`${JSON.stringify({ runs: [...runs, run] })}\n`);
        mkdirSync(options.dir, { recursive: true, mode: 0o700 });
        const data = withChecksums(() => script.createCachedData());
        writeFileSync(partial, Buffer.concat([header, data]), { mode: 0o600 });
        renameSync(partial, cacheFile);
      } catch {
        quietly(() => rmSync(partial, { force: true }));
        return false;
      }
      // The caches of other builds of the script are dead once this one is written (an upgrade, a rebuild).
      const dir = options.dir;
      quietly(() => {
        for (const other of readdirSync(dir))
          if (other.startsWith(prefix) && !other.startsWith(`${prefix}${options.id}-`))
            rmSync(join(dir, other), { force: true });
      });
      return true;
    },
  };
}
