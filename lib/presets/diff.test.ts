import { expect, test } from 'vitest';
import { BUILTIN_PRESETS } from './builtin';
import { diffPresets } from './diff';

test('says in plain words what a preset changes compared with Balanced', () => {
  const lines = diffPresets(BUILTIN_PRESETS['builtin:balanced'], BUILTIN_PRESETS['builtin:strict-async']!);
  expect(lines).toContain('No deadline: default → Problem');
  expect(lines).toContain('Time without a timezone: default → Suggestion');
  const chat = diffPresets(BUILTIN_PRESETS['builtin:balanced'], BUILTIN_PRESETS['builtin:chat-light']!);
  expect(chat).toContain('on slack:dm: Relative date: default → Off');
  expect(chat).toContain('on slack: category style: default → Off');
});

test('lists option, glossary and phrase changes, and nothing when nothing changed', () => {
  const before = {
    rules: { 'buried-ask': { options: { maxWordsBefore: 80 } } },
    glossary: { SLA: 'service level' },
  };
  const after = {
    rules: { 'buried-ask': { options: { maxWordsBefore: 30 } } },
    glossary: { SLA: 'service level', OKR: 'objectives' },
    phrases: [
      {
        id: 'per-call',
        match: 'per our call',
        category: 'context' as const,
        severity: 'info' as const,
        message: 'm',
      },
    ],
  };
  expect(diffPresets(before, after)).toEqual([
    'Ask buried: default, maxWordsBefore 80 → default, maxWordsBefore 30',
    'glossary OKR: (none) → objectives',
    'phrase rule added: per-call',
  ]);
  expect(diffPresets(after, after)).toEqual([]);
});
