import nlp from 'compromise';

const MAX_TOKENS = 12;
const MAX_REPEAT = 10;
/**
 * A phrase rule is for a phrase: one that marks most of the words of an ordinary message (`.`, `*`, `#Word`)
 * would put a mark on everything and bury the real findings (issue 15: 10 such rules, 25,024 marks).
 */
const SAMPLE =
  'Hi team, thanks for the notes from yesterday. Can you send me the final launch numbers by Friday at noon? ' +
  'Priya owns the budget review and Sam will update the roadmap doc in the shared folder before the call.';
const MAX_SHARE = 0.5;

/**
 * A custom phrase rule must be plain compromise match syntax. compromise accepts almost any text without
 * complaint, so a typo would silently match nothing: refuse what is not a well-formed pattern, and refuse
 * `/…/` tokens outright, because those are user regular expressions (which could hang the page).
 * Returns the reason it is refused, or null when it is fine.
 */
export function checkPhraseMatch(match: string): string | null {
  if (!balanced(match)) return 'unbalanced brackets or parentheses';
  let tokens: ReturnType<typeof nlp.parseMatch>;
  try {
    tokens = nlp.parseMatch(match);
  } catch {
    return 'not valid compromise match syntax';
  }
  if (tokens.length === 0) return 'an empty pattern';
  if (tokens.length > MAX_TOKENS) return `at most ${MAX_TOKENS} words or tags`;
  for (const token of tokens as Record<string, unknown>[]) {
    if ('regex' in token) return 'regular expressions (/…/) are not allowed; use words, #Tags and (a|b)';
    const word = typeof token.word === 'string' ? token.word : '';
    if (/[()[\]{}<>|/\\]/.test(word)) return `"${word}" is not valid compromise match syntax`;
    if (typeof token.max === 'number' && token.max > MAX_REPEAT) return `repeat at most ${MAX_REPEAT} times`;
  }
  let share: number;
  try {
    const sample = nlp(SAMPLE);
    share = sample.match(match).terms().length / sample.terms().length;
  } catch {
    return 'not valid compromise match syntax';
  }
  if (share > MAX_SHARE)
    return `it matches almost every word (${Math.round(share * 100)}% of the words of an ordinary message); a phrase rule must name a phrase`;
  return null;
}

function balanced(text: string): boolean {
  const open: string[] = [];
  const pairs: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
  for (const ch of text) {
    if (ch === '(' || ch === '[' || ch === '{') open.push(ch);
    else if (ch in pairs && open.pop() !== pairs[ch]) return false;
  }
  return open.length === 0;
}
