import { CATEGORIES } from '../analysis/types';
import type { HistoryEntry } from './types';

const HEADER = ['key', 'time', 'site', 'kind', 'score', 'words', 'fixes', ...CATEGORIES, 'rules'];

/** Quotes a field only when it needs it (RFC 4180), and defuses spreadsheet formulas in text fields. */
function field(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One row per message; `rules` lists `rule-id:count` pairs separated by spaces. */
export function historyToCsv(entries: HistoryEntry[]): string {
  const rows = entries.map((e) =>
    [
      e.key,
      new Date(e.time).toISOString(),
      e.site,
      e.kind ?? '',
      e.score,
      e.words,
      e.fixes,
      ...CATEGORIES.map((c) => e.categories[c] ?? 0),
      Object.entries(e.rules)
        .map(([rule, n]) => `${rule}:${n}`)
        .join(' '),
    ]
      .map(field)
      .join(','),
  );
  return `${[HEADER.join(','), ...rows].join('\r\n')}\r\n`;
}
