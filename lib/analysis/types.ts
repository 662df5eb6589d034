// The contract every part of Clearsend shares (see ../shared/design.md). Keep it in step with the design.

/**
 * The sites Clearsend knows by name; "text" is anywhere else (the CLI, a pasted text). Schemas and pickers read
 * this list. Every other site is named by its origin (`SiteOrigin`): one the user turned Clearsend on for.
 */
export const SITES = ['gmail', 'slack', 'notion', 'text'] as const;
/** What kind of message a draft is; the schemas read this list. */
export const DRAFT_KINDS = ['email', 'channel', 'dm', 'thread', 'page', 'comment'] as const;

export type BuiltinSite = (typeof SITES)[number];
/** A site the user turned Clearsend on for, named by its https origin ("https://github.com"; no path, no slash). */
export type SiteOrigin = `https://${string}`;
export type Site = BuiltinSite | SiteOrigin;
export type DraftKind = (typeof DRAFT_KINDS)[number];
export type Category = 'ask' | 'deadline' | 'recipient' | 'context' | 'style';
export type Severity = 'info' | 'warning' | 'error';

export const CATEGORIES: readonly Category[] = ['ask', 'deadline', 'recipient', 'context', 'style'];
export const SEVERITIES: readonly Severity[] = ['info', 'warning', 'error'];

export interface Draft {
  /** The body as plain text; quoted reply text and signatures removed. */
  text: string;
  site: Site;
  kind?: DraftKind;
  /** Gmail To+Cc, Slack DM members; absent = unknown, [] = none yet. */
  recipients?: string[];
  /** Slack channel name, Notion page title. */
  channel?: string;
  subject?: string;
  /** Written inside an existing thread. */
  isReply?: boolean;
  /** ISO date-time used to resolve "Friday", "tomorrow"; defaults to the clock (read by the caller, never the engine). */
  now?: string;
}

export interface Span {
  start: number;
  end: number;
  text: string;
}

/** Who is to act on an ask: a named person, "you" when the message has one reader, or nobody in particular. */
export type OwnerKind = 'named' | 'you' | 'unowned';

export interface AskFact extends Span {
  kind: 'task' | 'question';
  /** What is asked for, from its verb: "review the PR by Friday". */
  action: string;
  owner: OwnerKind;
  /** The deadline attached to this ask: in its clause, or the next sentence. */
  deadline?: DeadlineFact;
}

export interface DeadlineFact extends Span {
  vague: boolean;
  /** ISO date (YYYY-MM-DD) or date-time, when the expression resolves to one. */
  date?: string;
  /** True when the deadline depends on a timezone ("EOD", "by 3pm") and the draft names none. */
  timezoneAmbiguous?: boolean;
}

export interface Finding {
  /** Stable kebab-case id: the rule's file name, or `phrase:<id>` for a preset's custom phrase rule. */
  rule: string;
  category: Category;
  severity: Severity;
  /** UTF-16 offsets into Draft.text. */
  start: number;
  end: number;
  /** One sentence, plain words. */
  message: string;
  /** Why it matters to the reader, one sentence (shown on the card). */
  why?: string;
  /** The replacement text for [start, end), where the fix is mechanical. */
  suggestion?: string;
}

/** What / Who / When / Why for one task ask. */
export interface AskChecklist {
  ask: AskFact;
  /** The name or @mention of the owner, when the message names one. */
  who: Span | null;
  when: DeadlineFact | null;
  why: Span | null;
}

export interface Report {
  score: number;
  facts: {
    asks: AskFact[];
    deadlines: DeadlineFact[];
    mentions: Span[];
    references: Span[];
  };
  findings: Finding[];
  checklist: AskChecklist[];
  /** Set when part of the draft was not analysed, with the reason in plain words. */
  limits?: { notEnglish?: boolean; truncatedAt?: number; findingsCapped?: number; message: string };
}

/** A preset's custom phrase rule: `compromise` match syntax, never a user regular expression. */
export interface PhraseRule {
  id: string;
  match: string;
  category: Category;
  severity: Severity;
  message: string;
  suggestion?: string;
}

export interface RuleSetting {
  /** 'off' disables the rule. */
  severity?: Severity | 'off';
  options?: Record<string, number | string | boolean | string[]>;
}

export type ScoreWeights = Record<Severity, number> & { categories?: Partial<Record<Category, number>> };

/** Everything `analyze` needs besides the draft; presets and settings resolve into this. All fields optional. */
export interface AnalysisConfig {
  rules?: Record<string, RuleSetting>;
  /** A rule's own setting wins over its category's. */
  categories?: Partial<Record<Category, Severity | 'off'>>;
  weights?: Partial<ScoreWeights>;
  /** Team glossary: acronym -> meaning. */
  glossary?: Record<string, string>;
  /** Extra phrases that count as a vague deadline. */
  vagueTerms?: string[];
  phrases?: PhraseRule[];
  /** The writer's IANA timezone, used to say which timezone a bare "3pm" means. */
  timezone?: string;
}
