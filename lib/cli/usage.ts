// The usage lines, apart from the commands: `--help` and a bad argument print them without loading the engine
// (the commands are imported only when one runs; see main.ts).
export const CHECK_USAGE =
  'usage: clearsend check [--format text|json|sarif|github] [--min-score N] [--preset FILE] [--now ISO] FILE|GLOB...\n' +
  '       (- reads stdin; quote globs: "drafts/**/*.txt"; --json is --format json)';

export const REPORT_USAGE =
  'usage: clearsend report [--out DIR] [--by-author] [--show-examples] [--jobs N] EXPORT...\n' +
  '       (EXPORT: a Slack export .zip, an mbox file, or a folder of .eml files)';

export const USAGE = `${CHECK_USAGE}\n${REPORT_USAGE}\n       clearsend preset test FILE\n(clearsend FILE... is short for clearsend check FILE...)`;
