// An esbuild plugin that moves compromise's start-up work to build time. Importing compromise/two unpacks its
// lexicon and conjugates every verb, noun and adjective in it (`preTagger/model/index.js`), about a third of the
// CLI's start-up. The build runs that module once and writes its result into the bundle as JSON, so the CLI parses
// the finished model instead of computing it. Parts that JSON cannot carry (regular expressions) are imported from
// their own modules as before; the expansion never changes them. tests/unit/package-install.test.ts proves the
// bundled engine reports exactly what the source engine reports.
// The JSON (~580 kB) is a file of its own, dist/compromise-model.json, read when the engine loads: held in the
// bundle as a string literal, V8 scanned it again on every start as part of compiling the engine (~8-10 ms of
// 'clearsend check' start-up). It is written in ASCII (\u escapes), so Node reads it as a one-byte string.
// The lexicon in it is packed (a sorted word list) for lib/package/lazy-lexicon.ts, which looks words up without
// building the 24,000-key object a small check does not need.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { tsImport } from 'tsx/esm/api';

const LAZY_LEXICON = new URL('../../lib/package/lazy-lexicon.ts', import.meta.url);
const { packLexicon } = await tsImport(LAZY_LEXICON.href, import.meta.url);

const MODEL = /compromise[\\/]src[\\/]2-two[\\/]preTagger[\\/]model[\\/]index\.js$/;
/** The model's parts that hold regular expressions, and the module each comes from (unchanged by the expansion). */
const LIVE_PARTS = {
  'two.endsWith': './patterns/endsWith.js',
  'two.regexNormal': './regex/regex-normal.js',
  'two.regexText': './regex/regex-text.js',
  'two.regexNumbers': './regex/regex-numbers.js',
  'two.clues': './clues/index.js',
};

const MODEL_FILE = 'compromise-model.json';
/** JSON.stringify with every character past ASCII written as a \u escape: the same value when parsed. */
const asciiJson = (value) =>
  JSON.stringify(value).replace(
    /[\u0080-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );

/**
 * The lexicon as registering the pre-tagger leaves the world's: this one's words, then compromise/one's words it
 * lacks (the merge keeps the plugin's value where both have a word; fast-merge-compromise.mjs). Packed so, the
 * merge finds all of one's ~200 words there and writes none into the lazy lexicon, each write a few searches.
 */
async function withOnesWords(lexicon, modelPath) {
  const { default: one } = await import(new URL('../../../one.js', pathToFileURL(modelPath)).href);
  const merged = { ...lexicon };
  for (const [word, tags] of Object.entries(one.world().model.one.lexicon))
    if (!Object.hasOwn(merged, word)) merged[word] = tags;
  return merged;
}

export const bakeCompromiseModel = {
  name: 'bake-compromise-model',
  setup(build) {
    // The model file is an asset (esbuild's file loader): written once into the output folder under a fixed name,
    // imported as its path relative to the chunk that reads it. assetNames is set by build.mjs.
    build.onResolve({ filter: /^baked-compromise-model$/ }, () => ({
      path: MODEL_FILE,
      namespace: 'baked-model',
    }));
    let json;
    build.onLoad({ filter: /.*/, namespace: 'baked-model' }, () => ({ contents: json, loader: 'file' }));
    build.onLoad({ filter: MODEL }, async (args) => {
      const { default: model } = await import(pathToFileURL(args.path).href);
      const baked = {};
      const imports = [];
      const assignments = [];
      for (const [group, parts] of Object.entries(model)) {
        assignments.push(`model[${JSON.stringify(group)}] = {};`);
        for (const [key, value] of Object.entries(parts)) {
          const name = `${group}.${key}`;
          const target = `model[${JSON.stringify(group)}][${JSON.stringify(key)}]`;
          const json = JSON.stringify(value);
          if (name === 'one.lexicon') {
            baked[name] = packLexicon(await withOnesWords(value, args.path));
            assignments.push(`${target} = lazyLexicon(baked[${JSON.stringify(name)}]);`);
          } else if (json !== undefined && isDeepStrictEqual(JSON.parse(json), value)) {
            baked[name] = value;
            assignments.push(`${target} = baked[${JSON.stringify(name)}];`);
          } else if (LIVE_PARTS[name]) {
            imports.push(`import live${imports.length} from ${JSON.stringify(LIVE_PARTS[name])};`);
            assignments.push(`${target} = live${imports.length - 1};`);
          } else {
            throw new Error(
              `compromise model part ${name} is not JSON and has no module listed in LIVE_PARTS`,
            );
          }
        }
      }
      json = asciiJson(baked);
      const contents = [
        "import { readFileSync } from 'node:fs';",
        "import modelFile from 'baked-compromise-model';",
        `import { lazyLexicon } from ${JSON.stringify(fileURLToPath(LAZY_LEXICON))};`,
        ...imports,
        // JSON.parse is the fastest way V8 reads a large object.
        "const baked = JSON.parse(readFileSync(new URL(modelFile, import.meta.url), 'utf8'));",
        'const model = {};',
        ...assignments,
        'export default model;',
      ].join('\n');
      return { contents, loader: 'js', resolveDir: args.path.replace(/[\\/]index\.js$/, '') };
    });
  },
};
