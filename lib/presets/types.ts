import type {
  AnalysisConfig,
  Category,
  Draft,
  DraftKind,
  RuleSetting,
  Severity,
  Site,
} from '../analysis/types';

export type SeverityOrOff = Severity | 'off';

/** How a preset may write a rule: the short form is just the severity. */
export type PresetRuleValue = SeverityOrOff | RuleSetting;

/**
 * A per-site override. Keys are a site ("slack") or a site and a kind of message ("slack:dm");
 * the more specific key wins.
 */
export type SiteKey = Site | `${Site}:${DraftKind}`;

/** The part of a preset (and of the user's own changes) that becomes analysis settings. */
export interface PresetBody {
  rules?: Record<string, PresetRuleValue>;
  categories?: Partial<Record<Category, SeverityOrOff>>;
  glossary?: Record<string, string>;
  vagueTerms?: string[];
  phrases?: AnalysisConfig['phrases'];
  sites?: Partial<Record<SiteKey, SiteOverride>>;
  weights?: AnalysisConfig['weights'];
}

export interface SiteOverride {
  rules?: Record<string, PresetRuleValue>;
  categories?: Partial<Record<Category, SeverityOrOff>>;
}

export interface PresetExample {
  text: string;
  /** The rest of the Draft (site, kind, recipients, now …); site defaults to "text". */
  draft?: Partial<Omit<Draft, 'text'>>;
  /** What the author expects: these rules and/or categories among the findings, or no finding at all. */
  expect: { rules?: string[]; categories?: Category[]; none?: true };
}

export interface Preset extends PresetBody {
  /** Format version. */
  clearsend: 1;
  name: string;
  description?: string;
  author?: string;
  /** The preset's own version, chosen by its author (e.g. "1.2.0"). */
  version?: string;
  examples?: PresetExample[];
}

/** Where a preset in the library came from. */
export type PresetSource = 'builtin' | 'imported' | 'subscribed' | 'managed';
