/**
 * compromise's lexicon as the package ships it (scripts/package/bake-compromise.mjs): 24,000 words, built as an
 * object by JSON.parse it was the largest single cost of a `clearsend check` of one small file (issue 13),
 * yet such a check looks up a few hundred words. This object answers lookups from the sorted word list by binary
 * search, keeping each word it found as an own property, and becomes the whole lexicon (every word an own property,
 * in the lexicon's order) at the first enumeration, or once it has searched so often that building costs less
 * than searching on: from then on it is an ordinary object behind the proxy.
 * To compromise it is the object JSON.parse made: the same own properties, values, writes, deletes and order.
 */

/** The lexicon in the form the build writes. */
export interface PackedLexicon {
  /**
   * One line per word, sorted by the words' UTF-16 code units (a plain `sort()`): a character whose code less
   * FIRST_CODE is the index of the word's value in `values`, then the word.
   */
  lines: string;
  /** For each word in the lexicon's own order, one character whose code is its line's index. */
  rank: string;
  /** The distinct values: a tag, or a list of tags (each word gets a list of its own, as JSON.parse gives it). */
  values: (string | string[])[];
}

/** Value codes start past the line break and the other control characters, so a line's first one is never '\n'. */
const FIRST_CODE = 0x20;

/** The build's half: a lexicon object (tags or lists of tags by word) in the form lazyLexicon reads. */
export function packLexicon(lexicon: Record<string, string | string[]>): PackedLexicon {
  const order = Object.keys(lexicon);
  const sorted = [...order].sort();
  if (sorted.length > 0xffff || sorted.some((w) => w.includes('\n') || w in Object.prototype))
    throw new Error(
      'packLexicon: more than 65,535 words, a word with a line break, or a word Object.prototype has',
    );
  const values: (string | string[])[] = [];
  const valueIndex = new Map<string, number>();
  const lines = sorted.map((w) => {
    const value = lexicon[w]!;
    if (!(typeof value === 'string' || (Array.isArray(value) && value.every((t) => typeof t === 'string'))))
      throw new Error(`packLexicon: "${w}" has a value that is neither a tag nor a list of tags`);
    const key = JSON.stringify(value);
    if (!valueIndex.has(key)) valueIndex.set(key, values.push(value) - 1);
    return String.fromCharCode(FIRST_CODE + valueIndex.get(key)!) + w;
  });
  if (FIRST_CODE + values.length > 0xd800) throw new Error('packLexicon: too many distinct values');
  const line = new Map(sorted.map((w, i) => [w, i]));
  return {
    lines: lines.join('\n'),
    rank: order.map((w) => String.fromCharCode(line.get(w)!)).join(''),
    values,
  };
}

/**
 * What scripts/package/fast-merge-compromise.mjs asks for to choose the way round of a merge, where it would
 * otherwise count Object.keys(): a count that needs no enumeration, which would build the whole object.
 */
export const OWN_KEY_COUNT = Symbol.for('clearsend.ownKeyCount');

/** Searches past this many, building the whole object (a few ms) is cheaper than searching on. */
const SEARCHES_BEFORE_BUILD = 20_000;

export function lazyLexicon(packed: PackedLexicon): Record<string, unknown> {
  const { lines, rank, values } = packed;
  /** Words of the packed list deleted since (a word set again is an own property, appended as any new one). */
  const removed = new Set<string>();
  /** Words looked up and not in the packed list: compromise asks again for the same misses. */
  const absent = new Set<string>();
  const target: Record<string, unknown> = {};
  let whole = false;
  let searches = 0;

  const tagsOf = (code: number) => {
    const value = values[code - FIRST_CODE]!;
    return Array.isArray(value) ? value.slice() : value;
  };
  /** Offset of the line holding `key` (its value code, then the word), or -1. */
  const find = (key: string): number => {
    if (absent.has(key)) return -1;
    // lo is a line's start, hi the end of the text or just past a line break: the lines between may hold key.
    let lo = 0;
    let hi = lines.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const start = lines.lastIndexOf('\n', mid - 1) + 1;
      let end = lines.indexOf('\n', start);
      if (end < 0) end = lines.length;
      const word = lines.slice(start + 1, end);
      if (word === key) return start;
      if (key < word) hi = start;
      else lo = end + 1;
    }
    absent.add(key);
    return -1;
  };
  const own = (key: string) => Object.hasOwn(target, key);
  /** Makes a packed word an own property of the target, as it is in the object JSON.parse made; false if none. */
  const keep = (key: string): boolean => {
    if (removed.has(key)) return false;
    if (++searches > SEARCHES_BEFORE_BUILD) {
      build();
      return own(key);
    }
    const at = find(key);
    if (at < 0) return false;
    const value = tagsOf(lines.charCodeAt(at));
    Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
    return true;
  };
  /** Every word an own property in the lexicon's order, then the words added since, in the order they came. */
  const build = () => {
    if (whole) return;
    whole = true;
    const had = new Map(
      Object.getOwnPropertyNames(target).map((k) => [k, Object.getOwnPropertyDescriptor(target, k)!]),
    );
    for (const key of had.keys()) delete target[key];
    const all = lines.split('\n');
    for (let r = 0; r < rank.length; r++) {
      const line = all[rank.charCodeAt(r)]!;
      const key = line.slice(1);
      if (removed.has(key)) continue;
      const descriptor = had.get(key) ?? {
        value: tagsOf(line.charCodeAt(0)),
        writable: true,
        enumerable: true,
        configurable: true,
      };
      Object.defineProperty(target, key, descriptor);
      had.delete(key);
    }
    for (const [key, descriptor] of had) Object.defineProperty(target, key, descriptor);
    removed.clear();
    absent.clear();
  };
  /** Own properties, as Object.keys would count them, without building the object (for the plugin merge). */
  const size = () => {
    let added = 0;
    for (const key of Object.keys(target)) if (removed.has(key) || find(key) < 0) added++;
    return rank.length - removed.size + added;
  };
  const packedKey = (key: string | symbol): key is string => !whole && typeof key === 'string' && !own(key);

  return new Proxy(target, {
    get: (t, key, receiver) => {
      if (key === OWN_KEY_COUNT && !whole) return size();
      return packedKey(key) && keep(key) ? t[key] : Reflect.get(t, key, receiver);
    },
    getOwnPropertyDescriptor: (t, key) => {
      if (packedKey(key)) keep(key);
      return Reflect.getOwnPropertyDescriptor(t, key);
    },
    has: (t, key) => (packedKey(key) && keep(key)) || Reflect.has(t, key),
    defineProperty: (t, key, descriptor) => {
      if (packedKey(key)) keep(key);
      return Reflect.defineProperty(t, key, descriptor);
    },
    deleteProperty: (t, key) => {
      if (packedKey(key)) keep(key);
      if (!whole && typeof key === 'string' && own(key) && find(key) >= 0) removed.add(key);
      return Reflect.deleteProperty(t, key);
    },
    ownKeys: (t) => {
      build();
      return Reflect.ownKeys(t);
    },
    preventExtensions: (t) => {
      build();
      return Reflect.preventExtensions(t);
    },
  });
}
