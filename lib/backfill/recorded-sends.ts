import type { Site } from '../analysis/types';
import type { HistoryDb } from '../history/types';

/**
 * How far apart Clearsend's record of a send and the export's time for that message may be: the record is made on
 * the Send click, the export says when the server took the message (after Gmail's undo-send delay, a short
 * offline queue, a clock a few minutes off). A message scheduled for later, or queued for longer, counts twice.
 */
export const SAME_SEND_MS = 15 * 60_000;

/** A message read from an export, as it is matched against the sends Clearsend recorded live. */
export interface ImportedSend {
  site: Site;
  time: number;
  /** Its text's salted hash (lib/history/text-hash.ts); none for a text with no words. */
  textHash?: string;
}

interface LiveSend {
  site: Site;
  time: number;
  claimed: boolean;
}

/**
 * The sends Clearsend recorded as they were sent (the entries with a text hash), for one import: a message in the
 * export with the same text, on the same site, sent within `SAME_SEND_MS` of one of them is that send, already in
 * the history. Each recorded send stands for one imported message: two "Thanks!" sent five minutes apart and
 * recorded both leave both out of the import, and a third one in the export is added.
 */
export class RecordedSends {
  /** Each site's recorded send times, in order, to tell cheaply whether a message could be one of them. */
  private readonly times = new Map<Site, number[]>();

  private constructor(private readonly byHash: ReadonlyMap<string, LiveSend[]>) {
    for (const list of byHash.values())
      for (const live of list) {
        const times = this.times.get(live.site);
        if (times) times.push(live.time);
        else this.times.set(live.site, [live.time]);
      }
    for (const times of this.times.values()) times.sort((a, b) => a - b);
  }

  static async read(db: HistoryDb): Promise<RecordedSends> {
    const byHash = new Map<string, LiveSend[]>();
    // The index holds only entries with a hash: the live sends since history version 6, not every entry.
    for (const entry of await db.getAllFromIndex('entries', 'textHash')) {
      const list = byHash.get(entry.textHash!) ?? [];
      list.push({ site: entry.site, time: entry.time, claimed: false });
      byHash.set(entry.textHash!, list);
    }
    return new RecordedSends(byHash);
  }

  /**
   * Whether a message sent on `site` at `time` could be a recorded send: only then is its text worth hashing
   * (most of an export predates the install, and a hash per message is a round trip to WebCrypto).
   */
  near(site: Site, time: number): boolean {
    const times = this.times.get(site);
    if (!times) return false;
    // The first recorded time not before the window's start: the message is near one when that one is in it.
    let low = 0;
    let high = times.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (times[mid]! < time - SAME_SEND_MS) low = mid + 1;
      else high = mid;
    }
    return low < times.length && times[low]! <= time + SAME_SEND_MS;
  }

  /**
   * Which of `sends` (by index) are recorded sends, each matched to the nearest unclaimed one in time, closest
   * pairs first, so the order of an export does not decide which of two same-text messages is the recorded one.
   */
  claim(sends: readonly ImportedSend[]): Set<number> {
    const pairs: { at: number; live: LiveSend; apart: number }[] = [];
    for (const [at, send] of sends.entries()) {
      if (!send.textHash) continue;
      for (const live of this.byHash.get(send.textHash) ?? []) {
        const apart = Math.abs(live.time - send.time);
        if (!live.claimed && live.site === send.site && apart <= SAME_SEND_MS)
          pairs.push({ at, live, apart });
      }
    }
    const claimed = new Set<number>();
    for (const { at, live } of pairs.sort((a, b) => a.apart - b.apart)) {
      if (live.claimed || claimed.has(at)) continue;
      live.claimed = true;
      claimed.add(at);
    }
    return claimed;
  }
}
