import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_CATEGORIES } from '../presets/rule-ids';
import { listRules, RULES } from './registry';
import { RULE_TEXT, ruleName, ruleTip } from './rule-text';
import { CATEGORIES, SEVERITIES } from './types';

const dir = join(__dirname, 'rules');
const ruleFiles = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));

describe('rule registry', () => {
  it('agrees with the engine-free table of ids and categories that presets and locks read', () => {
    expect(RULE_CATEGORIES).toEqual(Object.fromEntries(RULES.map((r) => [r.id, r.category])));
  });

  it('registers every rule file, under its file name', () => {
    expect(RULES.map((r) => `${r.id}.ts`).sort()).toEqual(ruleFiles.sort());
  });

  it.each(ruleFiles)(
    '%s is described, has an example, and has its own test with both kinds of case',
    (file) => {
      const rule = RULES.find((r) => `${r.id}.ts` === file)!;
      expect(rule.description.length).toBeGreaterThan(20);
      expect(CATEGORIES).toContain(rule.category);
      expect(SEVERITIES).toContain(rule.defaults.severity);
      expect(rule.example.bad).not.toBe(rule.example.good);
      const test = join(dir, file.replace(/\.ts$/, '.test.ts'));
      expect(existsSync(test)).toBe(true);
      const source = readFileSync(test, 'utf8');
      expect(source).toMatch(/toHaveLength\(1\)|toBe\(|toMatch|toMatchObject/);
      expect(source).toMatch(/toEqual\(\[\]\)/);
    },
  );

  it('names every registered rule and gives it a tip, and names no rule that does not exist', () => {
    expect(Object.keys(RULE_TEXT).sort()).toEqual(RULES.map((r) => r.id).sort());
    for (const { id } of RULES) {
      expect(ruleName(id)).toMatch(/^[A-Z"@]/);
      expect(ruleName(id)).not.toContain('-');
      expect(ruleTip(id)?.length).toBeGreaterThan(15);
    }
    expect(new Set(RULES.map((r) => ruleName(r.id))).size).toBe(RULES.length);
  });

  it('reads an id it does not know, and a team phrase, as words', () => {
    expect(ruleName('phrase:per-my-email')).toBe('Team phrase: per my email');
    expect(ruleName('some-new-rule')).toBe('Some new rule');
    expect(ruleTip('some-new-rule')).toBeUndefined();
  });

  it('listRules gives the options page copies it cannot use to change the engine', () => {
    const listed = listRules();
    expect(listed.map((r) => r.id)).toEqual(RULES.map((r) => r.id));
    listed[0]!.example.bad = 'changed';
    expect(RULES[0]!.example.bad).not.toBe('changed');
    expect(listed.find((r) => r.id === 'buried-ask')?.defaults.options).toEqual({ maxWordsBefore: 80 });
  });
});
