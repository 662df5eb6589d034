// An esbuild plugin that makes compromise's plugin merge cheap. `nlp.plugin()` deep-merges each plugin's model
// into the world with `Object.assign(model, { [key]: value })`, one throw-away object per key; for the 24,000-word
// lexicon of compromise/two that was the largest single cost of the CLI's start-up (issue 13). A plain assignment
// does exactly what that Object.assign does (it sets one own property; the unsafe keys are skipped before it).
// The build fails if compromise's source no longer has the lines, so an upgrade cannot drop this silently.
import { readFile } from 'node:fs/promises';

const EXTEND = /compromise[\\/]src[\\/]API[\\/]extend\.js$/;
const REWRITES = [
  ['if (!model[key]) Object.assign(model, { [key]: {} })', 'if (!model[key]) model[key] = {}'],
  ['Object.assign(model, { [key]: plugin[key] })', 'model[key] = plugin[key]'],
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
