import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { mbox, START, slackExport } from '../../tests/fixtures/exports/generate';
import { analyze } from '../analysis/analyze';
import type { ReportJson } from '../report/aggregate';
import { runCli } from './test-run';

const dir = mkdtempSync(join(tmpdir(), 'clearsend-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, data: string | Uint8Array) => {
  writeFileSync(join(dir, name), data);
  return join(dir, name);
};
const readReport = (out: string) => JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as ReportJson;

// The fixture's texts as Slack shows them (mentions by name), to score independently of the report.
const SHOWN = [
  'Can someone look at the doc ASAP?',
  '@Ben Okafor can you send the Q3 numbers by Friday 3pm CET?',
  'FYI: the deploy finished at 14:00 UTC, nothing to do.',
  'hey @channel quick one, any thoughts on the thing from yesterday?',
];

describe('clearsend report', () => {
  it('a Slack export: weekly count and average score per channel, the join message skipped', async () => {
    const zip = write('slack.zip', slackExport(40));
    const out = mkdtempSync(join(dir, 'out-'));
    const r = await runCli(['report', '--out', out, zip]);
    expect(r).toMatchObject({ code: 0, err: '' });
    const report = readReport(out);
    expect(report).toMatchObject({ messages: 40, skipped: 1 });
    // 4 messages a day over 10 days from Mon 2 Nov: 28 in that week, 12 in the next, split evenly by channel.
    const expected = (channel: string, parity: number) =>
      [
        [0, 28],
        [28, 40],
      ].map(([from, to], w) => {
        const scores: number[] = [];
        for (let i = from!; i < to!; i++) {
          if (i % 2 !== parity) continue;
          const now = new Date(START + Math.floor(i / 4) * 86_400_000 + (i % 4) * 60_000).toISOString();
          scores.push(
            analyze({ text: SHOWN[i % 4]!, site: 'slack', kind: 'channel', channel, isReply: false, now })
              .score,
          );
        }
        const average = Math.round(scores.reduce((a, b) => a + b, 0) / scores.length);
        return { week: w ? '2026-11-09' : '2026-11-02', messages: scores.length, score: average };
      });
    expect(report.sources).toEqual([
      { source: '#eng', messages: 20, weeks: expected('eng', 1) },
      { source: '#general', messages: 20, weeks: expected('general', 0) },
    ]);
    expect(report.problems[0]!.messages).toBeGreaterThan(0);
    expect(report.problems.every((p) => p.tip.length > 0 && p.examples === undefined)).toBe(true);
    expect(report.authors).toBeUndefined();
    // Scores and counts only: no message text in either file.
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    for (const text of [JSON.stringify(report), html]) expect(text).not.toContain('Q3 numbers');
    expect(html).toContain('<svg');
    expect(html).not.toMatch(/\b(?:src|href)=|<script|@import|url\(/);
  });

  it('--by-author splits per author, --show-examples adds quoted text to the problems', async () => {
    const zip = write('slack-authors.zip', slackExport(8));
    const out = mkdtempSync(join(dir, 'out-'));
    expect((await runCli(['report', '--by-author', '--show-examples', '--out', out, zip])).code).toBe(0);
    const report = readReport(out);
    expect(report.authors!.map((a) => [a.author, a.messages])).toEqual([
      ['Alma Ortiz', 4],
      ['Ben Okafor', 4],
    ]);
    expect(report.problems.some((p) => (p.examples ?? []).length > 0)).toBe(true);
  });

  it('an mbox: one message each, quoted replies and signatures stripped before checking', async () => {
    const file = write('sent.mbox', mbox(6));
    const out = mkdtempSync(join(dir, 'out-'));
    expect((await runCli(['report', '--out', out, file])).code).toBe(0);
    const report = readReport(out);
    expect(report.messages).toBe(6);
    expect(report.sources.map((s) => [s.source, s.messages])).toEqual([['sent', 6]]);
    // "as discussed" and "the doc" appear only in the quoted reply and the signature.
    expect(report.problems.map((p) => p.rule)).not.toContain('dangling-reference');
  });

  it('refuses a file that is no export with one line naming it, and writes nothing', async () => {
    const bad = write('notes.txt', 'just some notes\n');
    const corrupt = write('broken.zip', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8, 9]));
    for (const file of [bad, corrupt, join(dir, 'missing.mbox')]) {
      const out = mkdtempSync(join(dir, 'out-'));
      const r = await runCli(['report', '--out', out, file]);
      expect(r.code).toBe(2);
      expect(r.err.split('\n')).toHaveLength(1);
      expect(r.err.startsWith(`${file}: `)).toBe(true);
      expect(existsSync(join(out, 'report.json'))).toBe(false);
    }
  });
});
