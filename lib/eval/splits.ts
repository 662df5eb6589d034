import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Draft } from '../analysis/types';
import type { CorpusRow } from './corpus';

export type Split = 'train' | 'dev' | 'test';
export type EnronFold = 'train' | 'dev' | 'heldout';

/** FNV-1a: a stable hash, so a row's split never depends on file order or on the machine. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

const SEED = 'clearsend-2026';
const bucket = (key: string) => fnv1a(`${SEED}:${key}`) % 10;

/** Messages split by id: 60% train, 20% dev, 20% test. Every sentence of a message stays with it. */
export const splitOf = (id: string): Split => {
  const b = bucket(id);
  return b < 6 ? 'train' : b < 8 ? 'dev' : 'test';
};

/** Enron sentences split by their text: 60% train, 20% dev, and a 20% fold never trained or tuned on. */
export const enronFoldOf = (sentence: string): EnronFold => {
  const b = bucket(`enron:${sentence}`);
  return b < 6 ? 'train' : b < 8 ? 'dev' : 'heldout';
};

/** One labelled ask: the sentence that asks, quoted from the draft, with its structure. */
export interface LabelledAsk {
  text: string;
  kind: 'task' | 'question';
  owner: 'named' | 'you' | 'unowned';
  deadline: { text: string; vague: boolean; date?: string } | null;
  why: string | null;
}

export interface LabelledMessage extends CorpusRow {
  register: string;
  asks: LabelledAsk[];
}

export const DATA_DIR = join(process.cwd(), 'data', 'labelled');

const jsonl = <T>(path: string): T[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      try {
        return JSON.parse(l) as T;
      } catch {
        throw new Error(`${path}:${i + 1}: not JSON`);
      }
    });

/** One labelled file as it is, no split: `npm run eval -- --file` scores a new set before it joins the others. */
export const loadLabelledFile = (path: string): LabelledMessage[] => jsonl<LabelledMessage>(path);

/**
 * A file named dev-*.jsonl was written to tune one part of the engine on (its misses were read and fixed): all of
 * it is dev, so none of it can stand in the test split as unseen.
 */
const DEV_ONLY = /^dev-/;

/** The team's own labelled messages (data/labelled/*.jsonl), each with the split its id falls in. */
export function loadMessages(dir = DATA_DIR): (LabelledMessage & { split: Split })[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) =>
      jsonl<LabelledMessage>(join(dir, f)).map((m) => ({
        ...m,
        split: DEV_ONLY.test(f) ? ('dev' as const) : splitOf(m.id),
      })),
    );
}

export interface EnronSentence {
  text: string;
  positive: boolean;
  fold: EnronFold;
}

export function loadEnron(dir: string): EnronSentence[] {
  const read = (file: string, positive: boolean) =>
    readFileSync(join(dir, file), 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
      .map((text) => ({ text, positive, fold: enronFoldOf(text) }));
  return [...read('intent_pos', true), ...read('intent_neg', false)];
}

export const ENRON_NOW = '2001-05-01T09:00:00-07:00';
export const enronDraft = (text: string): Draft => ({ text, site: 'text', now: ENRON_NOW });
