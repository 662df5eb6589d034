import { describe, expect, it } from 'vitest';
import { runCli } from '../test-run';
import type { CheckedDraft } from './checked';
import { formatGithub } from './github';

const NOW = '2026-11-25T10:00:00-08:00';

describe('clearsend check --format github', () => {
  it('prints one workflow annotation per finding, at the line of the file, with its severity', async () => {
    const r = await runCli(['check', '--format', 'github', '--now', NOW, 'tests/cli/group-email.txt']);
    const lines = r.out.split('\n');
    expect(
      lines.every((l) => /^::(?:error|warning|notice) file=[^,]+,line=\d+,endLine=\d+,col=\d+/.test(l)),
    ).toBe(true);
    expect(lines.find((l) => l.includes('title=clearsend no-owner'))).toMatch(
      /^::warning file=tests\/cli\/group-email\.txt,line=4,endLine=4,col=1,endColumn=\d+,title=clearsend no-owner::/,
    );
  });

  it('escapes what the runner would read as syntax: newlines in the message, commas and colons in the file', () => {
    const checked: CheckedDraft = {
      file: 'a,b:c.txt',
      index: 0,
      count: 1,
      firstLine: 1,
      draft: { text: 'x', site: 'text' },
      report: {
        score: 90,
        facts: { asks: [], deadlines: [], mentions: [], references: [] },
        findings: [
          { rule: 'r', category: 'style', severity: 'info', start: 0, end: 1, message: '50% done\nnext' },
        ],
        checklist: [],
      },
    };
    expect(formatGithub([checked])).toBe(
      '::notice file=a%2Cb%3Ac.txt,line=1,endLine=1,col=1,endColumn=2,title=clearsend r::50%25 done%0Anext',
    );
  });
});
