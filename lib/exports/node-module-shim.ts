// The extension's stand-in for node's `module` (wxt.config.ts aliases it here). email-reply-parser, which strips
// quoted replies and signatures for the backfill as for the CLI, loads the optional native `re2` through
// `createRequire`; a browser has neither, so this require fails the way a missing package does and the parser
// falls back to the platform's RegExp, as it does in node without re2.
export function createRequire(_from: string | URL): (id: string) => never {
  return (id) => {
    throw new Error(`Cannot find module '${id}'`);
  };
}
