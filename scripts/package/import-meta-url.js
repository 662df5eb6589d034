// esbuild's recipe for import.meta.url in a CommonJS bundle (build.mjs defines it as this, injected): the bundled
// libraries that resolve files beside themselves (createRequire(import.meta.url)) and the engine's model file
// (bake-compromise.mjs) then find them beside dist/cli-script.cjs.
export const importMetaUrl = require('node:url').pathToFileURL(__filename).href;
