import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lazyLexicon, OWN_KEY_COUNT, packLexicon } from './lazy-lexicon';

type Lexicon = Record<string, string | string[]>;

const LEXICON: Lexicon = {
  zebra: 'Singular',
  7: 'Value',
  'look up': ['PhrasalVerb', 'Infinitive'],
  apple: 'Singular',
  looked: 'PastTense',
  'looked up': ['PastTense', 'PhrasalVerb'],
  café: 'Noun',
  Zed: 'MaleName',
  a: 'Determiner',
};
/** Words in the lexicon, words not in it, and names every object answers through its prototype. */
const KEYS = [...Object.keys(LEXICON), 'pear', 'look', 'ab', '', 'constructor', 'toString', 'hasOwnProperty'];

type Op =
  | { op: 'get' | 'hasOwn' | 'in' | 'delete' | 'keys'; key: string }
  | { op: 'set' | 'assign'; key: string; value: string };

/** Runs one operation the ways compromise and the engine use a lexicon, and says what it saw (or threw). */
function apply(lexicon: Record<string, unknown>, operation: Op): unknown {
  try {
    return run(lexicon, operation);
  } catch (error) {
    return `threw ${(error as Error).constructor.name}`;
  }
}

function run(lexicon: Record<string, unknown>, { op, key, ...rest }: Op): unknown {
  const value = 'value' in rest ? rest.value : undefined;
  if (op === 'get') return lexicon[key];
  // biome-ignore lint/suspicious/noPrototypeBuiltins: compromise calls it this way
  if (op === 'hasOwn') return lexicon.hasOwnProperty(key);
  if (op === 'in') return key in lexicon;
  if (op === 'delete') return delete lexicon[key];
  if (op === 'keys') return Object.keys(lexicon);
  if (op === 'set') lexicon[key] = value;
  else Object.assign(lexicon, { [key]: value });
  return undefined;
}

describe('the lazy lexicon', () => {
  it('packs a lexicon and reads it back: the same words, values and order', () => {
    const lexicon = lazyLexicon(packLexicon(LEXICON));
    expect(lexicon.looked).toBe('PastTense');
    expect(lexicon['look up']).toEqual(['PhrasalVerb', 'Infinitive']);
    expect(lexicon.pear).toBeUndefined();
    expect(Object.hasOwn(lexicon, 'café')).toBe(true);
    expect(JSON.stringify(lexicon)).toBe(JSON.stringify(LEXICON));
  });

  it('gives each word a list of its own, as JSON.parse does', () => {
    const lexicon = lazyLexicon(packLexicon({ a: ['X', 'Y'], b: ['X', 'Y'] }));
    expect(lexicon.a).toBe(lexicon.a);
    expect(lexicon.a).not.toBe(lexicon.b);
  });

  it('answers every read, write and delete as the plain object would, before and after it is built', () => {
    const op = fc.oneof(
      fc.record({
        op: fc.constantFrom('get', 'hasOwn', 'in', 'delete', 'keys'),
        key: fc.constantFrom(...KEYS),
      }),
      fc.record({ op: fc.constantFrom('set', 'assign'), key: fc.constantFrom(...KEYS), value: fc.string() }),
    ) as fc.Arbitrary<Op>;
    fc.assert(
      fc.property(fc.array(op, { maxLength: 30 }), (ops) => {
        const plain: Record<string, unknown> = JSON.parse(JSON.stringify(LEXICON));
        const lazy = lazyLexicon(packLexicon(LEXICON));
        for (const o of ops) expect(apply(lazy, o)).toEqual(apply(plain, o));
        expect(Object.entries(lazy)).toEqual(Object.entries(plain));
      }),
      { numRuns: 500 },
    );
  });

  it('builds itself after many lookups, keeping what was written before in its place', () => {
    const words = Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`w${i}`, `T${i % 7}`]));
    const plain: Record<string, unknown> = { ...words };
    const lazy = lazyLexicon(packLexicon(words));
    for (const lexicon of [plain, lazy]) {
      lexicon.w5 = 'Changed';
      delete lexicon.w7;
      lexicon.added = 'New';
      for (let i = 0; i < 25_000; i++) lexicon[`w${i % 4000}`];
    }
    expect(Object.entries(lazy)).toEqual(Object.entries(plain));
  });

  it('counts its own properties without building itself, for the plugin merge', () => {
    const lexicon = lazyLexicon(packLexicon(LEXICON));
    lexicon.pear = 'Singular';
    delete lexicon.apple;
    expect((lexicon as Record<symbol, unknown>)[OWN_KEY_COUNT]).toBe(Object.keys(LEXICON).length);
  });
});
