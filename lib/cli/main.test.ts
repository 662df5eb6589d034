import { describe, expect, it } from 'vitest';
import { runCli } from './test-run';

const NOW = '2026-11-25T10:00:00-08:00';
const fixture = (name: string) => `tests/cli/${name}`;

const run = runCli;

describe('clearsend command line', () => {
  it('reads mail headers into the draft: two recipients make "can someone" a no-owner warning', async () => {
    const r = await run(['--now', NOW, fixture('group-email.txt')]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('no-owner');
    expect(r.out).toContain('Fri 27 Nov');
  });

  it('exits 1 when an error-severity finding is reported (an email with no recipient)', async () => {
    const r = await run(['--now', NOW, fixture('no-recipients.txt')]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('no-recipients');
  });

  it('prints one JSON row per draft of a .json array, with file and index', async () => {
    const r = await run(['--json', '--now', NOW, fixture('drafts.json')]);
    const rows = JSON.parse(r.out) as {
      file: string;
      index: number;
      score: number;
      findings: { rule: string; severity: string }[];
    }[];
    expect(rows.map((x) => x.index)).toEqual([0, 1]);
    expect(rows[0]!.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(rows[1]!.findings.map((f) => f.rule)).toEqual(
      expect.arrayContaining(['no-owner', 'vague-deadline', 'unnamed-artifact']),
    );
    expect(rows[1]!.score).toBeLessThan(rows[0]!.score);
  });

  it('reads stdin for "-"', async () => {
    const r = await run(['--json', '-'], 'hey, you around?');
    expect(JSON.parse(r.out)[0].findings[0].rule).toBe('greeting-only');
  });

  it('reports a clean FYI as clean', async () => {
    const r = await run([fixture('fyi.txt')]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('no findings');
  });

  it('exits 2 with a one-line reason naming the file on bad input', async () => {
    const bad = await run([fixture('bad-site.json')]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^tests\/cli\/bad-site\.json: site: /);
    expect(bad.err.split('\n')).toHaveLength(1);
    const missing = await run(['nope.txt']);
    expect(missing).toMatchObject({ code: 2, err: 'nope.txt: cannot read (ENOENT)' });
    expect((await run(['--now', 'yesterday', 'x.txt'])).code).toBe(2);
  });

  it('expands quoted globs, sorted, and refuses one that matches nothing (exit 2)', async () => {
    const r = await run(['check', '--json', '--now', NOW, 'tests/cli/*-email.txt', 'tests/cli/f*.txt']);
    expect(JSON.parse(r.out).map((x: { file: string }) => x.file)).toEqual([
      'tests/cli/group-email.txt',
      'tests/cli/fyi.txt',
    ]);
    const none = await run(['check', 'tests/cli/*.nothing']);
    expect(none).toMatchObject({ code: 2, err: 'clearsend: tests/cli/*.nothing: matches no files', out: '' });
  });

  it('--min-score N exits 1 when a draft scores below N and says which, 0 when all reach it', async () => {
    const scores = JSON.parse((await run(['--json', '--now', NOW, fixture('drafts.json')])).out).map(
      (x: { score: number }) => x.score,
    ) as number[];
    const low = Math.min(...scores);
    const gate = await run(['check', '--min-score', String(low + 1), '--now', NOW, fixture('drafts.json')]);
    expect(gate.code).toBe(1);
    expect(gate.err).toBe(
      `clearsend: 1 of 2 drafts scored below --min-score ${low + 1}: tests/cli/drafts.json[1] (${low})`,
    );
    expect(
      (await run(['check', '--min-score', String(low), '--now', NOW, fixture('drafts.json')])).code,
    ).toBe(0);
  });

  it('exits 2 with one reason for a bad --format or --min-score', async () => {
    const format = await run(['check', '--format', 'xml', fixture('fyi.txt')]);
    expect(format.code).toBe(2);
    expect(format.err.split('\n')[0]).toBe(
      'clearsend: --format: "xml" is not one of text, json, sarif, github',
    );
    for (const bad of ['101', '-5', 'high', '7.5']) {
      const r = await run(['check', `--min-score=${bad}`, fixture('fyi.txt')]);
      expect(r.code).toBe(2);
      expect(r.err.split('\n')[0]).toBe(
        `clearsend: --min-score: "${bad}" is not a whole number from 0 to 100`,
      );
    }
  });

  it('"check FILE" is the same command as a bare "FILE"', async () => {
    const bare = await run(['--json', '--now', NOW, fixture('group-email.txt')]);
    const check = await run(['check', '--json', '--now', NOW, fixture('group-email.txt')]);
    expect(check).toEqual(bare);
    expect(check.code).toBe(0);
  });

  it('exits 2 with the reason and the usage for an unknown option or a missing value', async () => {
    const unknown = await run(['check', '--frobnicate', fixture('fyi.txt')]);
    expect(unknown.code).toBe(2);
    expect(unknown.err.split('\n')[0]).toBe("clearsend: Unknown option '--frobnicate'");
    expect(unknown.err).toContain('usage: clearsend check');
    const missing = await run(['check', fixture('fyi.txt'), '--preset']);
    expect(missing.code).toBe(2);
    expect(missing.err.split('\n')[0]).toBe("clearsend: Option '--preset <value>' argument missing");
    expect(await run([])).toMatchObject({ code: 2, out: '' });
  });

  it('applies a preset: its severities change the findings and the exit code', async () => {
    const r = await run([
      '--json',
      '--now',
      NOW,
      '--preset',
      fixture('strict-owner-preset.json'),
      fixture('group-email.txt'),
    ]);
    const rules = JSON.parse(r.out)[0].findings.map(
      (f: { rule: string; severity: string }) => `${f.rule}:${f.severity}`,
    );
    expect(rules).toContain('no-owner:error');
    expect(rules.some((x: string) => x.startsWith('relative-date'))).toBe(false);
    expect(r.code).toBe(1);
  });

  it('dispatches "preset test FILE" to the preset examples runner', async () => {
    const r = await run(['preset', 'test', fixture('team-preset.json')]);
    expect(r.out).toContain('2 examples passed');
    expect(r.code).toBe(0);
  });

  it('refuses a malformed preset with the path of the bad field', async () => {
    const r = await run(['--preset', fixture('bad-preset.json'), fixture('fyi.txt')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('bad-preset.json');
    expect(r.err).toContain('relative-date');
  });

  it('exits 2 with one line for a preset whose phrase rule matches every word (issue 15.5)', async () => {
    const r = await run(['--preset', fixture('every-word-preset.json'), '--now', NOW, fixture('fyi.txt')]);
    expect(r.code).toBe(2);
    expect(r.err.split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/every-word-preset\.json: phrases\[0\]\.match: it matches almost every word/);
    expect(r.out).toBe('');
  });

  it("--preset applies the preset's site overrides, as the extension does (issue 15.8)", async () => {
    // The preset makes no-owner info everywhere but an error on Gmail; group-email.txt is a Gmail draft.
    const r = await run([
      '--json',
      '--preset',
      fixture('site-override-preset.json'),
      '--now',
      NOW,
      fixture('group-email.txt'),
    ]);
    const [row] = JSON.parse(r.out) as { findings: { rule: string; severity: string }[] }[];
    expect(row!.findings.find((f) => f.rule === 'no-owner')?.severity).toBe('error');
    expect(r.code).toBe(1);
  });
});
