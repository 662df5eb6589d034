import { askFeatures } from './ask/features';
import { tokenizeAll } from './ask/tokens';
import { isGroupContext } from './draft-kind';
import { type AskInfo, buildAsks } from './facts/ask-info';
import { classifyAsk, readAskInput } from './facts/asks';
import { findTimes, namesTimezone, type Reference, readReference } from './facts/dates';
import { assignedAlongside, describesInDocument, handedOutByLead } from './facts/document-lists';
import { answeredHere } from './facts/faq';
import { instructionAloneAsks } from './facts/instruction-alone';
import { findAtMentions, findVocatives, type Mention, recipientNames } from './facts/mentions';
import { needAloneAsks } from './facts/need-alone';
import { findOpeningPronoun, findReferences, type ReferenceHit } from './facts/references';
import { signatureLines } from './facts/signature';
import { isGreetingLine } from './facts/small-talk';
import { MAYBE_TIME } from './facts/time-words';
import { findVague } from './facts/vague';
import { countLanguage, isMostlyNotEnglish } from './limits';
import { onClearParseCache, type ParsedSentence, parseSentence } from './parse';
import { registerOf } from './register';
import type { SentenceInfo } from './sentence-info';
import { Lru } from './text/lru';
import { maskProse } from './text/mask';
import { splitSentences } from './text/sentences';
import type { AnalysisConfig, AskFact, DeadlineFact, Draft, Span } from './types';

/** Everything a rule may read: built once per analysis, from per-sentence parses that are cached across analyses. */
export interface RuleContext {
  draft: Draft;
  config: AnalysisConfig;
  text: string;
  masked: string;
  sentences: SentenceInfo[];
  links: { start: number; end: number }[];
  mentions: Mention[];
  asks: AskInfo[];
  references: (ReferenceHit & { sentence: number })[];
  openingPronoun: Span | null;
  groupContext: boolean;
  reference: Reference | null;
  wordCount: number;
  /** The draft is mostly not English: the engine reports nothing rather than nonsense. */
  notEnglish: boolean;
}

const shift = <T extends { start: number; end: number }>(x: T, by: number): T => ({
  ...x,
  start: x.start + by,
  end: x.end + by,
});

/**
 * A cached sentence's memo holds a few keys per reference time (`draft.now`); a sentence sent again and again
 * ("Thanks!", a bot's template) at a new time each would grow it without end: 100,000 Slack messages kept
 * ~35 MB per report worker (issue 13). Past this many keys it starts over; it is only a cache.
 */
const MEMO_KEYS = 64;

function memo<T>(parsed: ParsedSentence, key: string, compute: () => T): T {
  if (parsed.memo.has(key)) return parsed.memo.get(key) as T;
  const value = compute();
  if (parsed.memo.size >= MEMO_KEYS) parsed.memo.clear();
  parsed.memo.set(key, value);
  return value;
}

/**
 * "the write-up" after "full write-up: https://…" earlier in the message is named: the reader has the link; and
 * "the spreadsheet" after "a spreadsheet" points back to what the message itself introduced.
 */
function dropLinkedElsewhere(sentences: SentenceInfo[], masked: string): SentenceInfo['references'] {
  const linked = sentences.filter((s) => s.hasLink).map((s) => s.parsed.lower);
  return sentences
    .flatMap((s) => s.references)
    .filter((r) => {
      if (r.kind !== 'artifact') return true;
      const noun = r.text.toLowerCase().split(/\s+/).pop() ?? '';
      if (linked.some((l) => l.includes(noun))) return false;
      // "…reads tax rates from a spreadsheet… the spreadsheet was updated late": introduced, then referred to.
      const introduced = new RegExp(
        `\\b(?:a|an|one|our|your|their|my|his|her)\\s+(?:[\\w-]+\\s+){0,2}${noun}\\b`,
        'i',
      );
      return !masked.slice(0, r.start).match(introduced);
    });
}

const infoCache = new Lru<string, SentenceInfo>(4000);

onClearParseCache(() => infoCache.clear());

export function buildContext(draft: Draft, config: AnalysisConfig, text: string): RuleContext {
  const { text: masked, links } = maskProse(text);
  const reference = readReference(draft.now, config.timezone);
  const zoneNamed = namesTimezone(masked);
  const vagueExtra = config.vagueTerms ?? [];
  const vagueKey = vagueExtra.join('\u0000');
  const timesKey = `t|${draft.now}|${config.timezone ?? ''}|${zoneNamed}`;
  const register = registerOf(draft);
  const names = recipientNames(draft.recipients);
  const namesKey = [...names].join(' ');
  const raw = splitSentences(masked);
  // Tag every sentence not tagged before in one compromise call (the ask features read these tokens).
  tokenizeAll(raw.map((s) => s.text));
  const read: SentenceInfo[] = raw.map((s, i) => {
    const next = raw[i + 1];
    const linkEnd = next && next.paragraph === s.paragraph ? next.end : s.end;
    const hasLink = links.some((l) => l.start >= s.start && l.start <= linkEnd);
    const ownLink = links.some((l) => l.start >= s.start && l.start < (next?.start ?? masked.length));
    // Sentences before the one being typed in keep their place: reuse them whole.
    const key = `${register}|${s.start}|${s.paragraph}|${i}|${s.lineEnd}|${s.listItem}|${hasLink}|${ownLink}|${timesKey}|${vagueKey}|${namesKey}|${s.text}`;
    const known = infoCache.get(key);
    if (known) return known;
    const parsed = parseSentence(s.text);
    const times = reference
      ? memo(parsed, timesKey, () => (MAYBE_TIME.test(s.text) ? findTimes(s.text, reference, zoneNamed) : []))
      : [];
    const vague = memo(parsed, `v|${vagueKey}`, () => findVague(parsed.lower, vagueExtra));
    const features = memo(parsed, `f|${timesKey}|${vagueKey}|${s.listItem}|${register}`, () =>
      askFeatures(
        readAskInput(
          s.text,
          s.listItem,
          times.length > 0 || vague.length > 0,
          times.some((t) => t.prefixed),
          register,
        ),
      ),
    );
    const info: SentenceInfo = {
      ...s,
      parsed,
      askFeatures: features,
      ask: memo(parsed, `a|${features.join(' ')}`, () => classifyAsk(s.text, features)),
      times: times.map((t) => shift(t, s.start)),
      vague: vague.map((v) => ({
        ...shift(v, s.start),
        text: text.slice(v.start + s.start, v.end + s.start),
      })),
      references: memo(parsed, `r|${hasLink}`, () => findReferences(s.text, hasLink)).map((r) => ({
        ...shift(r, s.start),
        sentence: i,
      })),
      mentions: memo(parsed, `m|${namesKey}`, () => [
        ...findAtMentions(s.text, 0),
        ...findVocatives(s.text, 0, names),
      ]).map((m) => shift(m, s.start)),
      // A link that ends the sentence sits after its trimmed end: it belongs here until the next sentence starts.
      hasLink: ownLink,
    };
    infoCache.set(key, info);
    return info;
  });
  // Settled on the whole draft, after each sentence: a page's list line reads differently by what leads its list.
  const signature = signatureLines(read, draft.kind);
  const faq = answeredHere(read);
  const settled = read.map((s, i) =>
    signature[i] || faq[i] || describesInDocument(read, i, draft.kind)
      ? { ...s, ask: null, describes: true as const }
      : s,
  );
  const assigned = settled.map((s, i) =>
    assignedAlongside(settled, i) || handedOutByLead(settled, i) ? { ...s, ask: 'task' as const } : s,
  );
  const needAlone = needAloneAsks(assigned);
  const needs = assigned.map((s, i) => (needAlone[i] ? { ...s, ask: 'task' as const } : s));
  const alone = instructionAloneAsks(needs);
  const sentences = needs.map((s, i) => (alone[i] ? { ...s, ask: alone[i] } : s));
  const first = sentences.find((s) => !isGreetingLine(s.text));
  const pronoun = first ? findOpeningPronoun(first.text) : null;
  const mentions = sentences.flatMap((s) => s.mentions);
  return {
    draft,
    config,
    text,
    masked,
    sentences,
    links,
    mentions,
    asks: buildAsks(sentences, draft, text),
    references: dropLinkedElsewhere(sentences, masked),
    openingPronoun: pronoun && first ? shift(pronoun, first.start) : null,
    groupContext: isGroupContext(draft),
    reference,
    wordCount: sentences.reduce((n, s) => n + s.parsed.words.length, 0),
    notEnglish: isMostlyNotEnglish(sentences.map((s) => memo(s.parsed, 'lang', () => countLanguage(s.text)))),
  };
}

export type { AskFact, AskInfo, DeadlineFact };
