import { GREETING, GROUP_ADDRESS } from '../analysis/facts/small-talk';
import type { Finding } from '../analysis/types';
import { MOST_PEOPLE } from '../hosts/common';
import type { FixOption } from './types';

/** The words that ask nobody in particular: they become "you" once the ask is addressed ("Priya, can you send…"). */
const NOBODY_IN_PARTICULAR = /\b(?:someone|somebody|anyone|anybody)\b/i;
/** "I" and its contractions keep their capital when the name goes in front ("Priya, I need…"). */
const ALWAYS_CAPITAL = /^I(?:['’](?:m|ll|ve|d))?$/;

/**
 * "Priya Raman" → "Priya", "Raman, Priya" → "Priya" (the directory order some companies show); a name that is an
 * address (Gmail shows the address when it knows no name) gives none.
 */
export function firstName(shown: string): string | undefined {
  const name = shown.trim();
  if (!name || name.includes('@')) return undefined;
  const [last, first] = name.split(/\s*,\s*/);
  return (first || last)!.split(/\s+/)[0];
}

/** "Hi all," opening the ask greets the group: the name greets the one it is for instead ("Hi Priya, can you…"). */
const GROUP_GREETING = new RegExp(`^(${GREETING}\\s+)${GROUP_ADDRESS}\\b`, 'i');
/** The verb before "anyone" agrees with "you" once the name is said: "does anyone have" → "do you have". */
const FOR_YOU: Readonly<Record<string, string>> = { does: 'do', is: 'are', has: 'have', was: 'were' };

/**
 * An ask to a group that names nobody gets one button per person the message goes to ("Ask Priya"): each the page
 * gave, up to the five the adapters read (`MOST_PEOPLE`; a card is no address book, a mail to thirty shows five). The
 * name opens
 * the ask as the person it is for (or takes the group's place in its "Hi all,"), and "someone" / "anyone" becomes
 * "you": "Priya, can you send…", "Priya, do you have…", "Hi Priya, please update…" — the forms the engine reads as
 * addressed. One edit inside the ask, so one step
 * of the host's undo.
 */
export function ownerChoices(
  finding: Pick<Finding, 'start' | 'end'>,
  text: string,
  people: readonly string[],
): FixOption[] {
  const names = [...new Set(people.map(firstName).filter((n): n is string => !!n))].slice(0, MOST_PEOPLE);
  const ask = text.slice(finding.start, finding.end);
  const nobody = NOBODY_IN_PARTICULAR.exec(ask);
  // "Someone needs to…": the one asked is the subject; the name takes its place.
  if (nobody?.index === 0)
    return names.map((name) => ({
      label: `Ask ${name}`,
      edit: { start: finding.start, end: finding.start + nobody[0].length, text: name },
    }));
  const greeting = GROUP_GREETING.exec(ask);
  const firstWord = /^\S+/.exec(ask)?.[0].length ?? 0;
  const upTo = nobody ? nobody.index + nobody[0].length : greeting ? greeting[0].length : firstWord;
  const before = ask.slice(0, nobody ? nobody.index : upTo);
  const head = nobody
    ? `${before.replace(/\b(does|is|has|was)(\s+)$/i, (_, verb: string, space: string) => FOR_YOU[verb.toLowerCase()] + space)}you`
    : before;
  return names.map((name) => ({
    label: `Ask ${name}`,
    edit: {
      start: finding.start,
      end: finding.start + upTo,
      text: greeting ? head.replace(GROUP_GREETING, `$1${name}`) : `${name}, ${lowerOpening(head)}`,
    },
  }));
}

/** The ask's first word is no longer the sentence's first: lower-case it, unless it is "I" or looks like a name. */
function lowerOpening(words: string): string {
  const first = /^\S*/.exec(words)![0];
  if (ALWAYS_CAPITAL.test(first) || /\p{Lu}.*\p{Lu}/u.test(first)) return words;
  return words.charAt(0).toLowerCase() + words.slice(1);
}
