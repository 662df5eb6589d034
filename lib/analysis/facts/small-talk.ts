/**
 * The structural exceptions to ask detection, one list each: lines that carry no request whatever their grammar.
 * Kept tiny on purpose; everything else is the ask model's call.
 */

// The word lists every pattern that spots or skips a greeting is built from (regex sources, lower case; the
// patterns that read them are case-insensitive, or use `anyCase`).
/** Words that greet: "Hi", "Good morning", "Dear", and the greetings of other languages people keep in English chat. */
export const GREETING =
  '(?:hi|hey|hello|hiya|yo|morning|afternoon|evening|good (?:morning|afternoon|evening)|dear|greetings|hola|ciao|salut|bonjour|hallo|moin|servus|namaste|ola|olá|hej)';
/** Words that address everyone at once, after a greeting or alone: "Hi all", "Team,". */
export const GROUP_ADDRESS =
  "(?:all|team|everyone|everybody|folks|guys|both|y'all|there|friends|people|gang|crew)";
/** Words that thank, alone or before a name: "Thanks", "Thank you". */
export const THANKS = '(?:thanks|thank you|thx|ty|cheers)';
/** Words that open a line before anything is said: "So, …", "OK, …", "Also …", "FYI …". */
export const OPENER = '(?:ok|okay|so|also|and|but|ugh|fyi)';

/** A pattern source matching its letters in either case, for patterns that must stay case-sensitive elsewhere. */
export const anyCase = (source: string) => source.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);

/**
 * Who a greeting is put to: a name ("Priya", "Dr. Nwosu"), an @mention or a group word, up to three of them
 * ("Hi Sam and Jo"). Case-sensitive on purpose: "Hey, send them again." is a request after a greeting, and its
 * lower-case words are no addressee.
 */
const ADDRESSEE_WORD = String.raw`(?:@[\p{L}\d._-]+|\p{Lu}[\p{L}'’.-]*|${anyCase(GROUP_ADDRESS)}|and|&)`;
/**
 * A greeting alone on its line, that opens a message: "Hi Priya,", "Good morning team", chat's "hey sam", and
 * "@Ingrid hi!", "@Teodora Ilić hi", where chat puts the @mention first.
 */
const HELLO_LINE = new RegExp(
  String.raw`^(?:@[\p{L}\d._-]+(?:\s\p{Lu}[\p{L}'’-]*)?[\s,]+)?${anyCase(GREETING)}(?:(?:[\s,]+${ADDRESSEE_WORD}){0,3}|[\s,]+[\p{L}'’-]+)[\s,!.:]*$`,
  'u',
);
/** A line that closes a message: a thanks or a sign-off ("Thanks,", "Best, Leila"), or a name alone ("Marcus"). */
const CLOSING_LINES = [
  new RegExp(
    String.raw`^(?:many |big )?(?:${THANKS}|best|regards|best regards|kind regards|warm regards|all the best|talk soon|sincerely)(?: (?:so much|again|all|everyone|team|in advance))?[\s,!.]*(?:\p{L}+[\s,!.]*)?$`,
    'iu',
  ),
  /^\p{Lu}[\p{L}'’-]*[,.]?$/u,
];

/**
 * Small talk that opens a conversation rather than asking for anything: "how are you?", "got a sec?", "do you have
 * a few minutes this afternoon?" (a knock: it asks for the reader's time without saying for what).
 */
const PHATIC = new RegExp(
  String.raw`^(?:${GREETING}\b[\s,!-]*)?(?:@?[\p{L}'’-]+[,\s]+)?(?:(?:are )?you (?:around|there|free|busy|online|up)|(?:got|have|you have|do you have) (?:a (?:sec|second|minute|min|moment|quick (?:sec|minute|moment))|a few (?:minutes|mins))(?: (?:today|now|later|tomorrow|sometime|this (?:morning|afternoon|evening|week)))?|how (?:are|r) (?:you|u|things)|how(?:'s| is) (?:it going|everything|your \w+)|how was your \w+|what's up|sup|how have you been|hope (?:you|your|all|everyone|this|things)\b.*|quick (?:thing|question|q|one))\s*[?!.]*$`,
  'iu',
);

/** An open call for a reply with nothing to answer: `reply-wanted-no-ask` reports it, it is no ask itself. */
const OPEN_REPLY =
  /^(?:@\S+\s*)?(?:(?:any )?thoughts|any (?:update|updates|news|feedback|ideas|comments)|what do you (?:think|reckon)|(?:pls |please )?(?:let me know|lmk)(?: what you think)?|thoughts on this|ideas|feedback|please advise|wdyt)\s*[?.!]*$/i;

/**
 * "Can you believe it's December?", "who says webinars can't be fun?", "who reads them anyway?", "who needs sleep
 * when…?", "is there anything better than…?", "anyone wondering why…?" (the writer then tells): asked for effect.
 */
const RHETORICAL =
  /^(?:\S+,\s*)?(?:(?:can|could) you (?:believe|imagine|guess)\b|who needs [\p{L}\s]{1,20}\bwhen\b|(?:is there|what's|what is) anything (?:better|worse) than\b|(?:anyone|anybody|ever) wonder(?:ing|ed)? (?:why|how|what)\b|who (?:knew|doesn't|does not|hasn't|has not|cares|says|(?:would|'d) have (?:guessed|thought|known)|would've (?:guessed|thought|known))\b|(?:who|what|why)\b[^?]*\banyway\?)/iu;

/** Emoji shortcodes (":wave:") and emoji carry tone, not content. */
const plain = (text: string) =>
  text
    .replace(/:[a-z0-9_+-]+:|\p{Extended_Pictographic}/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** A greeting, a sign-off or a name alone on its line: "Hi Priya,", "Thanks,", "Best, Leila", "Marcus". */
export const isGreetingLine = (text: string) => {
  const line = plain(text);
  return HELLO_LINE.test(line) || CLOSING_LINES.some((g) => g.test(line));
};
/** "Thanks!", "Best, Leila", "Marcus": a line that closes a message (a greeting or small talk opens one). */
export const isSignOff = (text: string) => {
  const line = plain(text);
  return !HELLO_LINE.test(line) && CLOSING_LINES.some((g) => g.test(line));
};
/** "Kind regards,", "Thanks,", "Yours sincerely,": the words that close a letter, not a name alone. */
export const isClosingWords = (text: string) =>
  CLOSING_LINES[0]!.test(plain(text)) || SINCERELY.test(plain(text));
const SINCERELY =
  /^(?:yours (?:sincerely|faithfully|truly)|sincerely yours|with (?:kind |best )?regards|respectfully)[\s,.]*$/i;
export const isPhatic = (text: string) => PHATIC.test(plain(text));
/**
 * "here's my draft: <link> thoughts?": a link, masked to spaces before sentences are read (text/mask.ts), ends
 * what is shown; an open call for a reply after it is the sentence's whole ask.
 */
const AFTER_LINK = /\s{4,}(\S[\s\S]*)$/;
export const isOpenReply = (text: string) =>
  OPEN_REPLY.test(plain(text)) || OPEN_REPLY.test(plain(AFTER_LINK.exec(text)?.[1] ?? ''));
export const isSmallTalk = (text: string) =>
  isGreetingLine(text) || isPhatic(text) || RHETORICAL.test(plain(text));
