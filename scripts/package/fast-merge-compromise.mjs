// An esbuild plugin that makes compromise's plugin merge cheap. `nlp.plugin()` deep-merges each plugin's model
// into the world key by key, with `Object.assign(model, { [key]: value })` — one throw-away object per key; for the
// 24,000-word lexicon of compromise/two, merged into compromise/one's 205 words, that was the largest single cost
// of the CLI's start-up (issue 13). Rewritten, with the same result:
// - a plain assignment where it did that Object.assign (it sets one own property; unsafe keys are skipped before);
// - a plugin's object the world has no counterpart of is taken as it is instead of copied key by key into a new
//   one (each plugin's model is built for the one world compromise makes, and nothing else holds it);
// - merging a large object into a much smaller one, the smaller one's keys go into the larger one (the plugin's
//   values kept where both have a key, as before), and the world takes that: 205 writes instead of 24,000.
// The build fails if compromise's source no longer has the lines, so an upgrade cannot drop this silently;
// tests/unit/package-install.test.ts proves the bundled engine reports exactly what the source engine reports.
import { readFile } from 'node:fs/promises';

const EXTEND = /compromise[\\/]src[\\/]API[\\/]extend\.js$/;
const REWRITES = [
  [
    'if (!model[key]) Object.assign(model, { [key]: {} })\n        mergeDeep(model[key], plugin[key]) //recursion',
    'if (!model[key]) model[key] = plugin[key]\n        else model[key] = mergeInto(model[key], plugin[key])',
  ],
  ['Object.assign(model, { [key]: plugin[key] })', 'model[key] = plugin[key]'],
  [
    '// recursive merge of objects\n',
    `// Own keys as Object.keys counts them; the lazy lexicon (lib/package/lazy-lexicon.ts) counts its own without enumerating
const ownKeyCount = object => object[Symbol.for('clearsend.ownKeyCount')] ?? Object.keys(object).length
// mergeDeep(model, plugin), or the same merge the other way round when the plugin's object is much larger
const mergeInto = function (model, plugin) {
  if (!isObject(model) || ownKeyCount(model) * 8 > ownKeyCount(plugin)) return mergeDeep(model, plugin)
  for (const key in model) {
    if (isUnsafeKey(key)) continue
    if (!Object.hasOwn(plugin, key)) plugin[key] = model[key]
    else if (isObject(plugin[key]) && model[key]) plugin[key] = mergeInto(model[key], plugin[key])
  }
  return plugin
}
// recursive merge of objects
`,
  ],
];

export const fastCompromiseMerge = {
  name: 'fast-compromise-merge',
  setup(build) {
    build.onLoad({ filter: EXTEND }, async (args) => {
      let contents = await readFile(args.path, 'utf8');
      for (const [from, to] of REWRITES) {
        if (!contents.includes(from))
          throw new Error(
            `${args.path} no longer contains "${from}": update scripts/package/fast-merge-compromise.mjs`,
          );
        contents = contents.replace(from, to);
      }
      return { contents, loader: 'js' };
    });
  },
};
