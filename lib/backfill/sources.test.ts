import { describe, expect, it } from 'vitest';
import { mbox, slackExport } from '../../tests/fixtures/exports/generate';
import { sourcesOf } from './sources';

/** A file as the directory picker gives it, with its path inside the chosen folder. */
const inFolder = (body: string, path: string) =>
  Object.defineProperty(new File([body], path.split('/').pop()!), 'webkitRelativePath', { value: path });

const eml = (i: number) =>
  mbox(1)
    .replace(/^From [^\n]*\n/, '')
    .replace('<m0@', `<e${i}@`);

describe('the picked files, told apart', () => {
  it('by their first bytes: a zip is a Slack export, "From " an mbox', async () => {
    const sources = await sourcesOf([
      new File([slackExport(2) as BlobPart], 'export'),
      new File([mbox(2)], 'Sent mail'),
    ]);
    // In name order, whatever order they were picked in.
    expect(sources.map((s) => [s.name, s.kind])).toEqual([
      ['export', 'slack'],
      ['Sent mail', 'mail'],
    ]);
  });

  it('.eml files of one folder are one source, imported together; other files in the folder are passed over', async () => {
    const sources = await sourcesOf([
      inFolder(eml(1), 'Sent/2026/a.eml'),
      inFolder('not mail', 'Sent/2026/.DS_Store'),
      inFolder(eml(2), 'Sent/2026/b.eml'),
      inFolder(eml(3), 'Sent/2025/c.eml'),
    ]);
    expect(sources.map((s) => s.name)).toEqual(['Sent/2025', 'Sent/2026']);
    const ids: string[] = [];
    for await (const m of sources[1]!.read()) if (m) ids.push(m.id);
    expect(ids).toEqual(['mail:<e1@example.com>', 'mail:<e2@example.com>']);
  });

  it('an empty file is named and called empty', async () => {
    await expect(sourcesOf([new File([], 'Sent.mbox')])).rejects.toThrow(
      'Sent.mbox is not a Slack export (.zip), an mbox file or an .eml message (it is empty).',
    );
  });
});
