// An esbuild plugin that computes compromise/two's tag set at build time. Registering the pre-tagger plugin runs
// `nlp.addTags(tags)`: 88 tags validated and filled down a graph (grad-school), ~5 ms of every 'clearsend check'
// (issue 13) for the same result each time. The build computes it once, on compromise's own code, and the plugin
// takes the result where that call would have put it: the world's tag set, still empty at that point. Should the
// world hold tags by then, the plugin computes as compromise does. tests/unit/package-install.test.ts proves the
// bundled engine reports exactly what the source engine reports.
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';

const PLUGIN = /compromise[\\/]src[\\/]2-two[\\/]preTagger[\\/]plugin\.js$/;
const ORIGINAL = `import model from './model/index.js'
import methods from './methods/index.js'
import compute from './compute/index.js'
import tags from './tagSet/index.js'

export default {
  compute,
  methods,
  model,
  tags,
  hooks: ['preTagger'],
}
`;

/** JavaScript source for a value of plain objects, arrays and primitives, undefined-valued properties included. */
function toSource(value) {
  if (value === undefined) return 'undefined';
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(toSource).join(',')}]`;
  if (Object.getPrototypeOf(value) !== Object.prototype) throw new Error(`cannot bake ${value}`);
  const entries = Object.entries(value).map(([key, v]) => {
    if (key === '__proto__') throw new Error('cannot bake a __proto__ key');
    return `${JSON.stringify(key)}:${toSource(v)}`;
  });
  return `{${entries.join(',')}}`;
}

export const bakeCompromiseTags = {
  name: 'bake-compromise-tags',
  setup(build) {
    build.onLoad({ filter: PLUGIN }, async (args) => {
      if ((await readFile(args.path, 'utf8')) !== ORIGINAL)
        throw new Error(`${args.path} has changed: update scripts/package/bake-compromise-tags.mjs`);
      const src = new URL('../../', pathToFileURL(args.path));
      const { default: addTags } = await import(new URL('1-one/tag/methods/addTags/index.js', src).href);
      const { default: tags } = await import(new URL('2-two/preTagger/tagSet/index.js', src).href);
      // addTags fills in its input: compute on a copy, so the module's own object stays as compromise made it.
      const tagSet = addTags(structuredClone(tags), {});
      const source = toSource(tagSet);
      if (!isDeepStrictEqual(new Function(`return ${source}`)(), tagSet))
        throw new Error('the baked tag set does not read back as the computed one');
      const contents = `import model from './model/index.js'
import methods from './methods/index.js'
import compute from './compute/index.js'
import tags from './tagSet/index.js'

export default {
  compute,
  methods,
  model,
  hooks: ['preTagger'],
  // What extend() did with \`tags\` (nlp.addTags), computed by the build for the world's empty tag set.
  mutate(world) {
    const { one } = world.model
    one.tagSet = Object.keys(one.tagSet).length === 0 ? ${source} : world.methods.one.addTags(tags, one.tagSet)
  },
}
`;
      return { contents, loader: 'js' };
    });
  },
};
