import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheDir } from './cache-dir';

const home = () => '/home/ana';

describe('cacheDir: where the CLI keeps its code cache', () => {
  it('is $XDG_CACHE_HOME/clearsend on every platform where it is set to an absolute path', () => {
    for (const platform of ['linux', 'darwin', 'win32'] as const)
      expect(cacheDir({ XDG_CACHE_HOME: '/var/cache/ana' }, platform, home)).toBe(
        join('/var/cache/ana', 'clearsend'),
      );
  });

  it("is the platform's per-user cache folder otherwise (a relative $XDG_CACHE_HOME is ignored)", () => {
    expect(cacheDir({}, 'linux', home)).toBe(join('/home/ana', '.cache', 'clearsend'));
    expect(cacheDir({ XDG_CACHE_HOME: 'cache' }, 'linux', home)).toBe(
      join('/home/ana', '.cache', 'clearsend'),
    );
    expect(cacheDir({}, 'darwin', home)).toBe(join('/home/ana', 'Library', 'Caches', 'clearsend'));
    expect(cacheDir({ LOCALAPPDATA: 'C:\\Users\\ana\\AppData\\Local' }, 'win32', home)).toBe(
      join('C:\\Users\\ana\\AppData\\Local', 'clearsend', 'Cache'),
    );
  });

  it('is none without a home folder: the CLI then runs without a cache', () => {
    const noHome = () => {
      throw new Error('ENOENT: no home');
    };
    expect(cacheDir({}, 'linux', noHome)).toBeUndefined();
    expect(cacheDir({}, 'linux', () => '')).toBeUndefined();
    expect(cacheDir({}, 'win32', home)).toBeUndefined();
  });
});
