import type { Severity } from '../../lib/analysis/types';

/** What each severity is called on the pages (the options' level menu, the review's findings). */
export const SEVERITY_WORD: Record<Severity, string> = {
  error: 'Problem',
  warning: 'Suggestion',
  info: 'Note',
};
