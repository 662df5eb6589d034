import type { Severity } from './types';

/** What each severity is called wherever a person reads it (cards, options, review, a preset's changes). */
export const SEVERITY_WORD: Record<Severity, string> = {
  error: 'Problem',
  warning: 'Suggestion',
  info: 'Note',
};

/** A rule's level as the options page offers it: a severity, or off. */
export const LEVEL_WORD: Record<Severity | 'off', string> = { off: 'Off', ...SEVERITY_WORD };
