// The public API of the `clearsend` npm package (`import { analyze } from 'clearsend'`): the engine the extension
// runs, and the preset reader a team's CI needs to apply its shared preset the way the extension does.
export { analyze } from '../analysis/analyze';
export { DEFAULT_WEIGHTS, scoreFindings } from '../analysis/score';
export type {
  AnalysisConfig,
  AskChecklist,
  AskFact,
  Category,
  DeadlineFact,
  Draft,
  DraftKind,
  Finding,
  OwnerKind,
  PhraseRule,
  Report,
  RuleSetting,
  ScoreWeights,
  Severity,
  Site,
  Span,
} from '../analysis/types';
export { CATEGORIES, SEVERITIES } from '../analysis/types';
export { parsePreset } from '../presets/parse';
export { presetConfigFor } from '../presets/to-config';
export type { Preset } from '../presets/types';
