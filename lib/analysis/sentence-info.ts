import type { AskKind } from './facts/asks';
import type { TimeHit } from './facts/dates';
import type { Mention } from './facts/mentions';
import type { ReferenceHit } from './facts/references';
import type { ParsedSentence } from './parse';
import type { Sentence } from './text/sentences';
import type { Span } from './types';

/** What the engine knows of one sentence: built by buildContext (cached by its text), read by facts and rules. */
export interface SentenceInfo extends Sentence {
  parsed: ParsedSentence;
  /** The ask model's features for this sentence (see ask/features.ts); `npm run train` reads them too. */
  askFeatures: string[];
  ask: AskKind | null;
  /** Draft offsets from here on. */
  times: TimeHit[];
  vague: Span[];
  references: (ReferenceHit & { sentence: number })[];
  mentions: Mention[];
  hasLink: boolean;
  /**
   * Settled by the draft's structure to ask nothing, whatever its form: a page's list line that describes
   * (facts/document-lists.ts), or a line of an email's signature (facts/signature.ts).
   */
  describes?: true;
}
