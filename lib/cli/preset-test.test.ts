import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { BUILTIN_PRESETS } from '../presets/builtin';
import { presetToJson } from '../presets/export';
import { presetTestCommand } from './preset-test';

const dir = mkdtempSync(join(tmpdir(), 'clearsend-preset-test-'));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await presetTestCommand(args, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out, err };
}

describe('clearsend preset test FILE', () => {
  test.each(Object.keys(BUILTIN_PRESETS))('the built-in %s passes its own examples', async (id) => {
    const result = await run([file(`${id.replace(':', '-')}.json`, presetToJson(BUILTIN_PRESETS[id]!))]);
    expect(result.out.filter((line) => line.startsWith('FAIL'))).toEqual([]);
    expect(result.code).toBe(0);
  });

  test('prints pass or fail per example and exits 1 when one fails', async () => {
    const path = file(
      'team.json',
      JSON.stringify({
        clearsend: 1,
        name: 'Team',
        rules: { 'vague-deadline': 'off' },
        examples: [
          { text: 'Hi!', expect: { rules: ['greeting-only'] } },
          { text: 'Can you review the launch plan soon?', expect: { rules: ['vague-deadline'] } },
        ],
      }),
    );
    const result = await run([path]);
    expect(result.out[0]).toMatch(/^pass {2}example 1 \("Hi!"\)/);
    expect(result.out[1]).toMatch(/^FAIL {2}example 2 .*expected rule vague-deadline, not found/);
    expect(result.out.at(-1)).toBe('1 of 2 examples failed');
    expect(result.code).toBe(1);
  });

  test('exits 2 with a one-line reason naming the file when it is not a valid preset', async () => {
    const bad = file('bad.json', '{"clearsend":1,"name":"X","rules":{"no-owner":"loud"}}');
    const result = await run([bad]);
    expect(result.code).toBe(2);
    expect(result.err).toEqual([
      `${bad}: rules.no-owner: expected "off" | "info" | "warning" | "error" or { "severity", "options" }`,
    ]);
    const missing = await run([join(dir, 'nope.json')]);
    expect(missing).toMatchObject({
      code: 2,
      err: [expect.stringMatching(/nope\.json: cannot read \(ENOENT\)$/)],
    });
    expect((await run([])).code).toBe(2);
  });
});
