// Bench drafts built from varied, realistic work-message sentences (asks, updates, dates, links, lists).
const SENTENCES = [
  'Could you review the Brightline renewal by Friday, Nov 27?',
  'The redlined version from their legal team is here: https://docs.example.com/contracts/brightline-v3',
  'The only change from last year is the 4% price increase that Tom accepted on our Nov 18 call.',
  'Once you have signed, I will countersign and send it back to them on Monday.',
  '@dana can you look at the rate-limiter PR before the release cut at 3pm PT?',
  'Support received 64 tickets during the outage, and all of them are now closed.',
  'Can someone double-check these numbers against the November invoice export?',
  'As discussed, the pilot scope is changing, so engineering will re-estimate next week.',
  'Priya, what is the purchase order number for the laptop order from last week?',
  'We ramp to 50% on Monday if activation holds, and to 100% the week after.',
  '- Accounts payable: 94% of invoices matched, the remaining 11 wait on credit notes.',
  'Please make your 2027 benefits selections by Friday, Dec 11 - the portal closes at midnight.',
  'Their operations lead emailed this morning to say it was the clearest walkthrough they have had.',
  'Is the travel agency handling flights, or are we booking them ourselves?',
  'Sorry to bother you, but could you send me the login for the staging account when you get a chance?',
  'The new onboarding flow is live for 10% of signups, and the dashboard is at https://metrics.example.com/d/onboarding.',
  'I need the final copy for the newsletter by noon Monday so I can get it into the template.',
  'Rollback owner: Chen Wei. Customer communication owner: Sam Ortiz.',
  'The CSV export spike is the 10,000-row limit; engineering has a fix in review.',
  'Let me know if you have any questions about the new expense policy.',
];

const OPENERS = [
  '',
  'Also, ',
  'For context, ',
  'Separately, ',
  'Quick note: ',
  'On the finance side, ',
  'Heads up: ',
];
const TAILS = [
  '',
  ' This is for the Harbor Health account.',
  ' It affects the Q1 plan.',
  ' Details are in the thread.',
  ' Thanks again.',
];

/** A draft of about `words` words, in paragraphs of three to five sentences; `seed` varies the order. */
export function buildDraft(words: number, seed = 1): string {
  const out: string[] = [];
  let n = 0;
  let i = seed;
  let paragraph: string[] = [];
  while (n < words) {
    i++;
    // Sentence, opener and tail cycle at different lengths, so a 5,000-word draft repeats no sentence.
    const k = i % SENTENCES.length;
    const s = `${OPENERS[i % OPENERS.length]}${SENTENCES[k]}${TAILS[Math.floor(i / SENTENCES.length) % TAILS.length]}`;
    paragraph.push(s);
    n += s.split(/\s+/).length;
    if (paragraph.length >= 3 + (i % 3)) {
      out.push(paragraph.join(' '));
      paragraph = [];
    }
  }
  if (paragraph.length) out.push(paragraph.join(' '));
  return `Hi Priya,\n\n${out.join('\n\n')}\n\nThanks,\nMarcus`;
}

/** The same draft with one keystroke typed into its middle sentence (a new letter each call). */
export function typeOneKey(draft: string, n: number): string {
  const at = draft.indexOf('.', Math.floor(draft.length / 2));
  const letter = String.fromCharCode(97 + (n % 26));
  return `${draft.slice(0, at)} ${letter}${n}${draft.slice(at)}`;
}
