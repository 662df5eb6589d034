import { readFileSync } from 'node:fs';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { runCli } from '../test-run';

// The SARIF 2.1.0 JSON schema as Microsoft's SARIF SDK ships it (draft-04, hence ajv-draft-04; its patterns are
// written for non-unicode regular expressions).
const schema = JSON.parse(
  readFileSync('node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json', 'utf8'),
) as object;
const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
addFormats(ajv); // uri, uri-reference, date-time: an artifact's uri must be a valid URI reference
const validate = ajv.compile(schema);
const NOW = '2026-11-25T10:00:00-08:00';

interface Sarif {
  version: string;
  runs: {
    tool: { driver: { name: string; rules: { id: string }[] } };
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      locations: {
        physicalLocation: {
          artifactLocation: { uri: string };
          region?: { startLine: number; startColumn: number };
        };
      }[];
    }[];
  }[];
}

describe('clearsend check --format sarif', () => {
  it('validates against the SARIF 2.1.0 schema, with findings from several files and a .json array', async () => {
    const r = await runCli([
      'check',
      '--format',
      'sarif',
      '--now',
      NOW,
      'tests/cli/group-email.txt',
      'tests/cli/no-recipients.txt',
      'tests/cli/drafts.json',
    ]);
    const log = JSON.parse(r.out) as Sarif;
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0]!.results.length).toBeGreaterThan(3);
    expect(r.code).toBe(1);
  });

  it('places a finding on the line and column of the file, past the mail headers, and names its rule', async () => {
    const log = JSON.parse(
      (await runCli(['check', '--format', 'sarif', '--now', NOW, 'tests/cli/group-email.txt'])).out,
    ) as Sarif;
    const [run] = log.runs;
    const owner = run!.results.find((x) => x.ruleId === 'no-owner')!;
    expect(owner.level).toBe('warning');
    expect(run!.tool.driver.rules[owner.ruleIndex]!.id).toBe('no-owner');
    // Line 4 of the file is the body's first line, "Can someone review the renewal by Friday?".
    expect(owner.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'tests/cli/group-email.txt' },
      region: expect.objectContaining({ startLine: 4, startColumn: 1 }),
    });
  });

  it('a run without findings is still a valid log with an empty result list', async () => {
    const log = JSON.parse((await runCli(['check', '--format', 'sarif', 'tests/cli/fyi.txt'])).out) as Sarif;
    expect(validate(log)).toBe(true);
    expect(log.runs[0]!.results).toEqual([]);
  });
});
