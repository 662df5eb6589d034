import { RULE_TEXT } from '../analysis/rule-text';
import { CATEGORIES, type Category } from '../analysis/types';
import type { MessageScore } from './score-message';

/** Monday (UTC) of the week an instant falls in, as YYYY-MM-DD: the report's week key. */
export function weekOf(iso: string): string {
  const d = new Date(iso);
  const monday = new Date(
    Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - ((d.getUTCDay() + 6) % 7)),
  );
  return monday.toISOString().slice(0, 10);
}

interface Tally {
  count: number;
  scoreSum: number;
}

export interface ReportJson {
  messages: number;
  skipped: number;
  from?: string;
  to?: string;
  /** Weekly average score (rounded) and count per channel or mailbox ("#general", "Sent"), weeks ascending. */
  sources: { source: string; messages: number; weeks: { week: string; messages: number; score: number }[] }[];
  /** Only with --by-author: the same per author. */
  authors?: {
    author: string;
    messages: number;
    weeks: { week: string; messages: number; score: number }[];
  }[];
  /** Messages with at least one problem of each category. */
  categories: Record<Category, number>;
  /** Rules by the number of messages they flagged, most first, with the tip to act on. */
  problems: {
    rule: string;
    name: string;
    category: Category;
    messages: number;
    tip: string;
    examples?: string[];
  }[];
}

const EXAMPLES_PER_RULE = 3;

/** Folds message scores into the report's numbers; keeps counts, never text unless examples were asked for. */
export class ReportAggregate {
  private readonly bySource = new Map<string, Map<string, Tally>>();
  private readonly byAuthor = new Map<string, Map<string, Tally>>();
  private readonly categories = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  private readonly rules = new Map<string, { category: Category; messages: number; examples: string[] }>();
  private messages = 0;
  skipped = 0;
  private first?: string;
  private last?: string;

  constructor(private readonly byAuthors: boolean) {}

  add(s: MessageScore): void {
    this.messages++;
    if (!this.first || s.sentAt < this.first) this.first = s.sentAt;
    if (!this.last || s.sentAt > this.last) this.last = s.sentAt;
    const week = weekOf(s.sentAt);
    tally(this.bySource, s.source, week, s.score);
    if (this.byAuthors) tally(this.byAuthor, s.author, week, s.score);
    for (const category of new Set(s.problems.map((p) => p.category))) this.categories[category]++;
    for (const p of s.problems) {
      const rule = this.rules.get(p.rule) ?? { category: p.category, messages: 0, examples: [] };
      rule.messages++;
      if (p.quote && rule.examples.length < EXAMPLES_PER_RULE) rule.examples.push(p.quote);
      this.rules.set(p.rule, rule);
    }
  }

  toJson(withExamples: boolean): ReportJson {
    const rows = (map: Map<string, Map<string, Tally>>) =>
      [...map].map(([key, weeks]) => ({
        key,
        messages: [...weeks.values()].reduce((n, t) => n + t.count, 0),
        weeks: [...weeks]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([week, t]) => ({ week, messages: t.count, score: Math.round(t.scoreSum / t.count) })),
      }));
    const sources = rows(this.bySource)
      .map(({ key, ...r }) => ({ source: key, ...r }))
      .sort((a, b) => b.messages - a.messages || a.source.localeCompare(b.source));
    const json: ReportJson = {
      messages: this.messages,
      skipped: this.skipped,
      ...(this.first ? { from: this.first, to: this.last } : {}),
      sources,
      categories: { ...this.categories },
      problems: [...this.rules]
        .map(([rule, r]) => ({
          rule,
          name: RULE_TEXT[rule]?.name ?? rule,
          category: r.category,
          messages: r.messages,
          tip: RULE_TEXT[rule]?.tip ?? '',
          ...(withExamples ? { examples: r.examples } : {}),
        }))
        .sort((a, b) => b.messages - a.messages || a.rule.localeCompare(b.rule)),
    };
    if (this.byAuthors)
      json.authors = rows(this.byAuthor)
        .map(({ key, ...r }) => ({ author: key, ...r }))
        .sort((a, b) => b.messages - a.messages || a.author.localeCompare(b.author));
    return json;
  }
}

function tally(map: Map<string, Map<string, Tally>>, key: string, week: string, score: number): void {
  const weeks = map.get(key) ?? new Map<string, Tally>();
  const t = weeks.get(week) ?? { count: 0, scoreSum: 0 };
  t.count++;
  t.scoreSum += score;
  weeks.set(week, t);
  map.set(key, weeks);
}
