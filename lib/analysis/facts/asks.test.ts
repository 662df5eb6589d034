import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { NOW } from '../test-helpers';

const channel = (text: string) => analyze({ text, site: 'slack', kind: 'channel', now: NOW });
const kinds = (text: string) =>
  analyze({ text, site: 'slack', kind: 'dm', now: NOW }).facts.asks.map((a) => a.kind);
const warnings = (text: string) =>
  channel(text)
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => f.rule);

// Issue 10's failing examples: every one of these went wrong under the phrase-list cascade.
describe('asks: read from the parse, not from phrase lists', () => {
  it.each([
    'Can you fix the checkout flow by Friday?',
    'Please wire $500 to the vendor by Friday.',
    'We need you to sign the contract by Friday!',
    'If you have time, please review the deck by Thursday.',
    'Can you update your password in the admin console by Friday?',
    'Please sign up for the offsite by Friday.',
    'Click through the shipping flow and file bugs by Friday.',
  ])('a compose box is the writer\'s own message: no newsletter filter drops "%s"', (text) => {
    expect(kinds(text)).toEqual(['task']);
  });

  it.each([
    'Need someone to rebase the branch onto main',
    'Any chance you could review the landing page?',
    "mind flipping the CNAME when you're in tomorrow morning?",
    'Whoever has Looker access, grab the churn numbers before the Thursday sync.',
    'Need the deck by Friday.',
    'Ship it.',
  ])('sees the ask in "%s"', (text) => {
    expect(kinds(text)).toEqual(['task']);
  });

  it.each(['Hey, send them again.', 'hi, ship it today', 'Hello, please review the deck.'])(
    'reads a request after a greeting as a request, not as the greeting\'s addressee: "%s"',
    (text) => {
      expect(kinds(text)).toEqual(['task']);
    },
  );

  it.each([
    'Hi Priya,',
    'hey sam',
    'Good morning team!',
    'Hi Sam and Jo,',
    'Dear Dr. Nwosu,',
    'Morning @sam',
  ])('a greeting with its addressee alone asks nothing: "%s"', (text) => {
    expect(kinds(text)).toEqual([]);
  });

  it.each(["Let's go team!", "You should see the new dashboard, it's great.", "I'll send the deck Friday."])(
    'finds no ask, and so no deadline or owner warning, in "%s"',
    (text) => {
      expect(kinds(text)).toEqual([]);
      expect(warnings(text)).toEqual([]);
    },
  );

  it('attaches the deadline in the ask, and names nobody for "whoever" or "need someone"', () => {
    const [ask] = channel('Whoever has Looker access, grab the churn numbers before the Thursday sync.').facts
      .asks;
    expect(ask).toMatchObject({ owner: 'unowned', deadline: { text: 'Thursday', date: '2026-11-26' } });
    const [cname] = channel("@maya mind flipping the CNAME when you're in tomorrow morning?").facts.asks;
    expect(cname).toMatchObject({
      owner: 'named',
      deadline: { text: 'tomorrow morning', date: '2026-11-26' },
    });
  });
});

describe('asks: the language around a request', () => {
  it('asks when the condition is on the work, and only offers when it is on the reader needing help', () => {
    expect(kinds('If Sam is out on Friday, are you able to cover his shift?')).toEqual(['task']);
    expect(kinds('If not, could we push the review a day?')).toEqual(['question']);
    expect(kinds("Once the numbers are in, let's review them together.")).toEqual(['task']);
    expect(kinds('If you have any questions, please call me.')).toEqual([]);
    expect(kinds('If anyone needs the slides, just ask.')).toEqual([]);
    expect(kinds("If anything's unclear, don't hesitate.")).toEqual([]);
    // a courtesy closing an FYI is not an ask (the labelling convention of ../shared/corpus)
    expect(kinds('The new rota starts Monday. Let us know if you have any questions.')).toEqual([]);
    expect(kinds('Any questions, just let me know.')).toEqual([]);
    expect(kinds('Let us know which slot works for you.')).toEqual(['question']);
    // a condition on what the reader can do is no offer; one on what they want is
    expect(kinds('please restart the worker if you have access')).toEqual(['task']);
    expect(kinds("If anyone wants a walkthrough, I'm happy to do one on Friday.")).toEqual([]);
    // the word after "can someone" is the verb asked for, whatever the lexicon tags it
    expect(kinds('can someone look at ticket 48213?')).toEqual(['task']);
    // confirming is checking and committing, a task; being told is an answer
    expect(kinds('Can you confirm the caterer headcount by Friday?')).toEqual(['task']);
    expect(kinds('Could you tell me when the fix ships?')).toEqual(['question']);
  });

  it('reads wondering and reminders, about the writer only', () => {
    expect(kinds('I was wondering whether the launch is still on track.')).toEqual(['question']);
    expect(kinds('She was wondering about the launch.')).toEqual([]);
    expect(kinds('Just a reminder to submit your timesheet by Friday.')).toEqual(['task']);
    expect(kinds('This is a reminder that the office is closed on Monday.')).toEqual([]);
  });

  it('keeps statements, thanks, small talk and rhetorical questions out', () => {
    for (const text of [
      'What we need is a clearer plan.',
      'You may remember the old process.',
      'The new dashboard lets you filter by region.',
      'I appreciate all your help last week.',
      'Thanks for the quick turnaround!',
      'Let me know if you have any questions.',
      'Can you believe it is already December?',
      'Can you guess which team won?',
      "Who says B2B webinars can't be fun?",
      'honestly, who reads the release notes anyway?',
      'Who would have guessed the old printer would outlast us all?',
      "who needs sleep when there's a 9-round blitz tonight?",
      'is there anything better than fresh powder on a monday?',
      'Anyone wondering why the kiln schedule looks odd this week? Two kilns are being relined.',
      'Please find attached the signed agreement.',
      'Please note that the Denver office will be closed on Dec 24.',
      'Please join me in welcoming Amara, who starts Monday.',
      'Save the date: our staff Christmas night is Sunday 10 January.',
      "@Marek yes let's go with the timber option.",
      "agreed, let's keep the old intro music.",
      '@Emma yes, go ahead.',
      'For urgent matters about shipments, please contact Jana Horvat at jana@example.com.',
      'For more information, please visit our help centre.',
    ])
      expect(kinds(text), text).toEqual([]);
  });

  it('finds each ask once, with its own sentence', () => {
    const asks = channel('@sam can you send the invoice by Friday? @lee please review the PR by Monday.')
      .facts.asks;
    expect(asks.map((a) => [a.text, a.owner, a.deadline?.date])).toEqual([
      ['@sam can you send the invoice by Friday?', 'named', '2026-11-27'],
      ['@lee please review the PR by Monday.', 'named', '2026-11-30'],
    ]);
  });
});

describe('asks: structure the grammar settles on its own', () => {
  it('reads a polite word before a verb as a request, but not a letter formula', () => {
    expect(kinds('pls rebase feature/sso-scim on develop.')).toEqual(['task']);
    expect(kinds('Sales, please review the tier descriptions by Friday and leave comments inline.')).toEqual([
      'task',
    ]);
    expect(kinds('Please find attached the November invoice.')).toEqual([]);
  });

  it('takes the sooner of two deadlines, and a time in the reason only when the ask names none', () => {
    const due = (text: string) => channel(text).facts.asks.map((a) => a.deadline?.text);
    expect(due('Kenji, please order the drives today so they arrive before the Monday ingest.')).toEqual([
      'today',
    ]);
    expect(due('Please book the certifier for a date before Dec 11 and tell me the slot by Dec 2.')).toEqual([
      'Dec 2',
    ]);
    expect(due('Can you send the figures so we can close before Friday?')).toEqual(['Friday']);
  });

  it("reads a range that has begun as due at its end: 'the last three months till 30th November'", () => {
    const [ask] = channel('@Sunita kindly prepare stock reports of the last three months till 30th November.')
      .facts.asks;
    expect(ask?.deadline).toMatchObject({ text: '30th November', date: '2026-11-30' });
  });

  it("lets a list's lead line give its items their deadline, and is not an ask itself", () => {
    const r = channel(
      'Everything below by noon Monday, please:\n- @grace: accruals for Lisbon\n- @tunde: reconcile the payouts',
    );
    expect(r.facts.asks.map((a) => [a.owner, a.deadline?.date])).toEqual([
      ['named', '2026-11-30'],
      ['named', '2026-11-30'],
    ]);
    // a report's lead line gives its items no deadline: its time is when things happened
    const shipped = channel(
      "Here's what shipped this month:\n- Recurring invoices: set it once and forget it",
    );
    expect(shipped.facts.asks.map((a) => a.deadline ?? null)).not.toContainEqual(
      expect.objectContaining({ text: 'this month' }),
    );
  });

  it.each([
    ['Maya, can you send the numbers by Friday?', 'named'],
    ['Finance, please approve the PO by Thursday.', 'named'],
    ['Also, can you send the numbers by Friday?', 'unowned'],
    ['Sure, can you send it by Friday?', 'unowned'],
    ['Reminder, please submit your timesheet by Friday.', 'unowned'],
    ['Look, can you just send it by Friday?', 'unowned'],
    ['Team, can you send the numbers by Friday?', 'unowned'],
  ])(
    'in a channel, a word put before the comma of a request addresses it unless it opens a line: "%s" is %s',
    (text, owner) => {
      expect(channel(text).facts.asks.map((a) => a.owner)).toEqual([owner]);
    },
  );

  it.each([
    ['when you get a sec can you send me the Q3 invoices?', 'when you get a sec'],
    ['Could you send me the lab results in the next days?', 'in the next days'],
    ['pls send the scorecards whenever you can, the hiring committee meets on the 3rd', 'whenever you can'],
  ])(
    'reads a time inside a vague phrase, or a date in a later clause, as no deadline: "%s"',
    (text, vague) => {
      const [ask] = analyze({ text, site: 'slack', kind: 'dm', now: NOW }).facts.asks;
      expect(ask?.deadline).toMatchObject({ text: vague, vague: true });
    },
  );

  it('keeps a date that holds a vague word, and a "by" date after a vague one', () => {
    const due = (text: string) =>
      analyze({ text, site: 'slack', kind: 'dm', now: NOW }).facts.asks[0]?.deadline;
    expect(due('Please send it by end of next week.')).toMatchObject({ vague: false, date: '2026-12-04' });
    expect(due('Send it soon, by Friday at the latest.')).toMatchObject({ vague: false, date: '2026-11-27' });
  });
  it('reads a hedged day and "in due course" as vague', () => {
    const due = (text: string) =>
      analyze({ text, site: 'slack', kind: 'dm', now: NOW }).facts.asks[0]?.deadline;
    expect(due('Could you send me the draft budget around the 10th?')).toMatchObject({
      vague: true,
      text: 'around the 10th',
    });
    expect(due('Could you provide the two references in due course?')).toMatchObject({ vague: true });
    // "are you around" is the reader, there: no hedge on the time after it
    expect(due('are you around tomorrow at 11 to go through the buffet?')).toMatchObject({
      vague: false,
      date: '2026-11-26',
    });
  });

  it('reads a line handed to a name with a deadline as an assignment, a heading with one as no name', () => {
    const r = channel(
      'Setup for the market:\n\nMilo: stalls and gazebos delivered by 8am on Dec 5\nPriyasha: hookups tested by 4pm on Dec 4',
    );
    expect(r.facts.asks.map((a) => [a.kind, a.owner])).toEqual([
      ['task', 'named'],
      ['task', 'named'],
    ]);
    expect(channel('Status: shipped by Friday').facts.asks).toEqual([]);
    expect(channel('Info: the forklift in hall 3 is in repair until Monday.').facts.asks).toEqual([]);
    // A title of address before the name: the line is still handed to that person.
    expect(channel('Coach Bev: book the erg room by 10 Dec').facts.asks.map((a) => a.owner)).toEqual([
      'named',
    ]);
    // Handed to a name, a question still asks for an answer; a request put as a question is still a task.
    const open = channel(
      'Open points\n- @Lena: confirm the rating by 2 Dec\n- @Ravi: which load cell do we use?\n- @Jo: can you book the rig?',
    );
    expect(open.facts.asks.map((a) => a.kind)).toEqual(['task', 'question', 'task']);
  });

  it('reads lines handed to names as parallel: an instruction is a task, and so is a name given only the thing', () => {
    const page = (text: string) => analyze({ text, site: 'notion', kind: 'page', now: NOW }).facts.asks;
    expect(
      page(
        "What's left:\n\nOdile: send the letters soon\nKwame: archive the copies by Dec 18\nSunniva: budget reconciliation in December",
      ).map((a) => a.owner),
    ).toEqual(['named', 'named', 'named']);
    expect(
      channel(
        'Close checklist, all by noon Monday, please:\n- Grace: accruals for Lisbon\n- Tunde: reconcile the payouts\n- Me: the commentary',
      ).facts.asks.map((a) => a.text),
    ).toEqual(['Grace: accruals for Lisbon', 'Tunde: reconcile the payouts']);
    // Beside one request, a name given a state is a report.
    expect(
      channel('Desk today:\nPriya: out sick\nTom: back Monday\nSam: please cover the desk').facts.asks.map(
        (a) => a.text,
      ),
    ).toEqual(['Sam: please cover the desk']);
  });

  it('puts an ask to the @mentions on the line after it, and lets a colon lead in lines handed to names', () => {
    expect(channel('did anyone fix the login bug? @Jun').facts.asks.map((a) => a.owner)).toEqual(['named']);
    const lead = channel(
      'Kindly complete your items as below:\n\nPrakash: printers configured by 30th Nov\nSwati: training by 2nd Dec',
    );
    expect(lead.facts.asks.map((a) => a.text)).toEqual([
      'Prakash: printers configured by 30th Nov',
      'Swati: training by 2nd Dec',
    ]);
    // a colon before a link introduces the link: that ask stays
    const link = channel(
      'Please read the memo before the meeting: https://drive.example.com/m\nAna: bring the numbers by Dec 3',
    );
    expect(link.facts.asks).toHaveLength(2);
  });

  it('reads "please do…" as the instruction it is, after a clause too', () => {
    expect(kinds('Regarding Hallam Dental, please do the needful at the earliest.')).toEqual(['task']);
  });

  it('reads "please find the … attached" as presenting, not asking', () => {
    expect(kinds('Please find the earlier version attached for reference.')).toEqual([]);
  });

  it('reads a confidentiality notice as the footer it is, under a signature or not', () => {
    expect(
      kinds('If you are not the intended recipient, please notify the sender and delete this message.'),
    ).toEqual([]);
  });

  it('reads an open to-do box as a task and a ticked one as done', () => {
    const r = channel(
      'Offsite prep:\n- [x] Venue booked\n- [ ] Order 300 branded cups\n- [ ] Find a food truck',
    );
    expect(r.facts.asks.map((a) => a.text)).toEqual(['[ ] Order 300 branded cups', '[ ] Find a food truck']);
    // A page's to-do blocks without a bullet keep their box too: a ticked instruction is done, an open one to do.
    const page = analyze({
      text: 'Offsite prep\n[x] Book the venue\n[ ] Order the van',
      site: 'notion',
      kind: 'page',
      now: NOW,
    });
    expect(page.facts.asks.map((a) => a.text)).toEqual(['[ ] Order the van']);
  });

  it('hands an open to-do box to the name after it, as a plain list line is', () => {
    const r = analyze({
      text: 'Carol concert\n- [ ] Magda: ask the church about the heating by Friday\n- Piotr: make the posters by Monday',
      site: 'notion',
      kind: 'page',
      now: NOW,
    });
    expect(r.facts.asks.map((a) => a.owner)).toEqual(['named', 'named']);
  });

  it('takes no deadline from the next sentence when that sentence is an ask of its own', () => {
    const r = analyze({
      text: 'Anton, please take the club clocks to the repair shop. Maria, can you write the report by Sunday?',
      site: 'gmail',
      kind: 'email',
      recipients: ['anton@club.org', 'maria@club.org'],
      now: NOW,
    });
    expect(r.facts.asks.map((a) => a.deadline?.date ?? null)).toEqual([null, '2026-11-29']);
  });

  it('reads asking a person for an act as a request wherever its clause sits, and the good it would do as one', () => {
    expect(kinds("whenever you're free can you send me the updated price list")).toEqual(['task']);
    expect(kinds('It would be good if someone could look at the fuel contract soon.')).toEqual(['task']);
    expect(kinds("it'd really help if you could send the rota by Friday")).toEqual(['task']);
    expect(kinds('Would be great if you could join the kickoff on Tuesday at 10am.')).toEqual(['task']);
    expect(kinds('It would be good to have the new rota.')).toEqual([]);
    expect(kinds("I'd be grateful if you could send the police report number by Tuesday.")).toEqual(['task']);
    expect(
      kinds('We would like to ask you to send the fabric sample to our Osaka office by December 7.'),
    ).toEqual(['task']);
    expect(kinds('I asked you to send it last week, and it came.')).toEqual([]);
  });

  it('reads a time proposed for doing something with the reader as a meeting to hold, due then', () => {
    for (const [text, date] of [
      ['@Nkechi can we go through the validation results together on Monday at 11am?', '2026-11-30'],
      ['Are you free Tuesday at 2 to walk through the concepts?', '2026-12-01'],
      ['Could we move the panel with Rafael to Monday at 1pm instead?', '2026-11-30'],
    ]) {
      const [ask] = analyze({ text: text!, site: 'slack', kind: 'dm', now: NOW }).facts.asks;
      expect([ask?.kind, ask?.deadline?.date?.slice(0, 10)], text).toEqual(['task', date]);
    }
    expect(kinds('Can we keep the old pricing page?')).toEqual(['question']);
    for (const [text, date] of [
      ['Would Thursday Dec 3 at 11:00 a.m. PT work for the contract walkthrough?', '2026-12-03'],
      ['@Lin quick sync at 2pm today about the encoder?', '2026-11-25'],
    ]) {
      const [ask] = analyze({ text: text!, site: 'slack', kind: 'dm', now: NOW }).facts.asks;
      expect([ask?.kind, ask?.deadline?.date?.slice(0, 10)], text).toEqual(['task', date]);
    }
    expect(kinds('Does the new build work?')).toEqual(['question']);
  });

  it('names the person a thread reply opens on as the owner of its asks; a DM reader owns them as "you"', () => {
    const owners = (kind: 'thread' | 'dm') =>
      analyze({
        text: '@Raj thanks! can you also update the runbook by 5pm today?',
        site: 'slack',
        kind,
        now: NOW,
      }).facts.asks.map((a) => a.owner);
    expect(owners('thread')).toEqual(['named']);
    expect(owners('dm')).toEqual(['you']);
  });

  it('reads a person wanted with "need" left out as a request', () => {
    expect(kinds('someone to book the van')).toEqual(['task']);
    expect(kinds('Someone to cover Friday?')).toHaveLength(1);
    expect(kinds('I asked someone to book the van')).toEqual([]);
  });

  it('reads "any update on…" as a question for news, with or without its question mark', () => {
    expect(kinds('Any update on invoice INV-3381 from October.')).toEqual(['question']);
    expect(kinds('any news from the council about the permit')).toEqual(['question']);
    expect(kinds('Any update: the permit came through.')).toEqual([]);
  });

  it('reads which thing a weekday or a clock time names, and the need stated after a reason', () => {
    const due = (text: string) =>
      analyze({ text, site: 'slack', kind: 'dm', now: NOW }).facts.asks.map((a) => a.deadline?.date ?? null);
    // "my tuesday flight" is which flight, "the 7:40" which departure: neither is when the move is due.
    expect(due('can you help me move my tuesday flight to the 7:40 out of Lagos?')).toEqual([null]);
    expect(
      due(
        'can you help me move my tuesday flight? the meeting was brought forward. I need it booked by tonight',
      ),
    ).toEqual(['2026-11-25']);
    expect(due('can you send the deck by Tuesday?')).toEqual(['2026-12-01']);
  });

  it('reads a task named with its status after it as a report, not an ask', () => {
    expect(kinds('Backfill the events_daily table: done ✅')).toEqual([]);
    expect(kinds('Rotate the staging keys — finished this morning.')).toEqual([]);
    expect(kinds('Reorder navy wool crepe: 120 m arrived on Tuesday.')).toEqual([]);
    expect(kinds('Prepare the lookbook shoot: booked for Dec 9 at Studio Nove.')).toEqual([]);
    expect(kinds('Book the venue: confirm it with Anna by Friday.')).toEqual(['task']);
    // A hyphen inside a word is no dash before a state.
    expect(kinds('Is the pre-money valuation fixed or still open?')).toEqual(['question']);
    expect(kinds('Rotate the staging keys by Friday.')).toEqual(['task']);
    // A state word after an article qualifies a noun; after a person's name the colon hands a task over.
    expect(kinds('Please upload the plan: the signed copy is in the drive')).toEqual(['task']);
    expect(kinds('@Hyun-woo: upload the fixed asset register by Dec 2')).toEqual(['task']);
    expect(kinds('Marta: send the approved budget to finance')).toEqual(['task']);
  });

  it('gives the one reader of a DM the ask they are greeted in; a name put to the ask names its owner', () => {
    const dm = (text: string) =>
      analyze({ text, site: 'slack', kind: 'dm', now: NOW }).facts.asks.map((a) => a.owner);
    expect(dm('Hello Olumide, how many seats did we sell for the Lagos workshop?')).toEqual(['you']);
    expect(dm('Ingrid, could you cover my 8am class on Friday?')).toEqual(['named']);
    expect(channel('Hi Sam, can you send the deck by Fri 27 Nov?').facts.asks.map((a) => a.owner)).toEqual([
      'named',
    ]);
  });

  it('knows a recipient by name even where the word is also a month or a verb ("Jun,", "May,", "Will,")', () => {
    const owners = (text: string, recipients: string[]) =>
      analyze({ text, site: 'gmail', kind: 'email', recipients, now: NOW }).facts.asks.map((a) => a.owner);
    const team = ['jun.takahashi@fairview.org', 'may-lin@fairview.org', 'will_ortiz@fairview.org'];
    expect(owners('Jun, could you book the hall for Friday 27 Nov?', team)).toEqual(['named']);
    expect(owners('Thanks May, please send the rota by Fri 27 Nov.', team)).toEqual(['named']);
    expect(owners('Will, can you print the flyers by Fri 27 Nov?', team)).toEqual(['named']);
    // A group mailbox names nobody, and no recipient called Jun makes "Jun," a name.
    expect(
      owners('Team, please send the rota by Fri 27 Nov.', ['team@fairview.org', 'ops@fairview.org']),
    ).toEqual(['unowned']);
    expect(owners('Jun, could you book the hall for Friday 27 Nov?', ['ana@x.org', 'bo@x.org'])).toEqual([
      'unowned',
    ]);
  });

  it('names nobody in an emergency call for hands, and still asks for an owner otherwise', () => {
    expect(warnings('@here checkout is down: need someone with DBA access on the bridge right now')).toEqual(
      [],
    );
    expect(warnings('Can someone look at the export errors by Friday?')).toContain('no-owner');
  });
});

describe('the sentence after an ask', () => {
  const dm = (text: string) => analyze({ text, site: 'slack', kind: 'dm', now: NOW }).facts.asks;
  it("is the ask's deadline when it states the writer's need, not a second ask", () => {
    const asks = dm(
      'Which currency should the November orders use? We close our books on Dec 4, so we need an answer by Tuesday, December 1.',
    );
    expect(asks).toHaveLength(1);
    expect(asks[0]).toMatchObject({ kind: 'question', deadline: { date: '2026-12-01', vague: false } });
  });
  it("takes the writer's plan or need after a question as when its answer is wanted", () => {
    const [seats] = dm(
      "how many seats did we end up with? I'm sending the final count to the venue tomorrow morning",
    );
    expect(seats?.deadline).toMatchObject({ text: 'tomorrow morning', date: '2026-11-26' });
    const [copy] = dm("what's the end date of the event? i need it for the store copy in the next 2 hours");
    expect(copy?.deadline?.date).toBe('2026-11-25');
  });
  it('reads a clock time without am or pm in working hours: "at 3" is this afternoon', () => {
    const [sign] = dm('Can you sign the forms? I send them back at 3.');
    expect(sign?.deadline).toMatchObject({ date: '2026-11-25' });
  });
  it("gives a question no deadline from a past statement's vague time", () => {
    const asks = dm("any update on the Saltmarsh invoice? they've asked finance about it twice this week");
    expect(asks).toHaveLength(1);
    expect(asks[0]?.deadline).toBeUndefined();
  });
  it('is the ask\'s deadline when it only says when to answer ("Let me know by Friday.")', () => {
    const asks = dm(
      'Which room do you want for the workshop? Please let me know by Friday, as I book on Monday.',
    );
    expect(asks).toHaveLength(1);
    expect(asks[0]).toMatchObject({ kind: 'question', deadline: { date: '2026-11-27' } });
  });
  it('is the deadline of the question before it, past a sentence of context too', () => {
    const asks = dm(
      "did Mr Kowalski's payment come in? He says he sent it on Monday. Let me know by 2pm, I'm ordering the searches.",
    );
    expect(asks).toHaveLength(1);
    expect(asks[0]).toMatchObject({ kind: 'question', deadline: { date: '2026-11-25' } });
  });
  it('stays an ask of its own when it puts something to the reader', () => {
    expect(dm('Can you check the invoice? We need you to sign it by Friday.')).toHaveLength(2);
  });
});

describe("the writer's need in a message that asks nothing else", () => {
  const asksIn = (text: string, kind: 'dm' | 'page' = 'dm') =>
    analyze({ text, site: kind === 'dm' ? 'slack' : 'notion', kind, now: NOW }).facts.asks;
  it('is the ask, due when the need is', () => {
    const asks = asksIn('Luca, I need the corrected customs declaration within 48 hours.');
    expect(asks).toHaveLength(1);
    expect(asks[0]).toMatchObject({ kind: 'task', deadline: { date: '2026-11-27' } });
    expect(asksIn('I need the deck by Friday.')).toHaveLength(1);
  });
  it('is no ask on a page, nor as a condition', () => {
    expect(asksIn('We need the signed lease by Friday.', 'page')).toHaveLength(0);
    expect(asksIn('If I need the deck by Friday, I will tell you.')).toHaveLength(0);
  });
});

describe('the one plain instruction of a message to someone', () => {
  const asksIn = (text: string, kind: 'dm' | 'channel' | 'page' = 'dm') =>
    analyze({ text, site: kind === 'page' ? 'notion' : 'slack', kind, now: NOW }).facts.asks.map(
      (a) => a.text,
    );
  it('is put to the reader, capitalised or not, after a report or before thanks', () => {
    expect(asksIn('Send the deck. Thanks!')).toEqual(['Send the deck.']);
    expect(asksIn('Grab the keys from reception.')).toEqual(['Grab the keys from reception.']);
    expect(
      asksIn(
        '@Marcus the billing migration is good to go: tests are green and Priya signed off. ship it.',
        'channel',
      ),
    ).toEqual(['ship it.']);
  });
  it('takes the need stated after it as its deadline, not as the ask', () => {
    const asks = analyze({ text: 'Send the deck. Need it by Thursday.', site: 'slack', kind: 'dm', now: NOW })
      .facts.asks;
    expect(asks.map((a) => [a.text, a.deadline?.date])).toEqual([['Send the deck.', '2026-11-26']]);
  });
  it('is no ask as a changelog line, a cheer or a page step', () => {
    expect(asksIn('Release notes 4.2\n- Fix the crash on login\n- Add the dark theme', 'channel')).toEqual(
      [],
    );
    expect(asksIn('Keep up the good work!')).toEqual([]);
    expect(asksIn('Send the deck.', 'page')).toEqual([]);
  });
});

describe('owners among several readers', () => {
  const email = (text: string) =>
    analyze({
      text,
      site: 'gmail',
      kind: 'email',
      recipients: ['akira.sato@example.jp', 'mei.tanaka@example.jp'],
      now: NOW,
    }).facts.asks.map((a) => a.owner);
  it('gives "each of you" to the readers the greeting names, and to nobody under "Hi all,"', () => {
    expect(email('Dear Akira and Mei,\n\nCould each of you confirm your attendance by Friday?')).toEqual([
      'named',
    ]);
    expect(email('Hi all,\n\nCould each of you confirm your attendance by Friday?')).toEqual(['unowned']);
  });
  it('reads a volunteer wanted as nobody in particular, and "the volunteer schedule" as a thing', () => {
    expect(email('Hi Akira,\n\nCould you send the volunteer schedule by Friday?')).toEqual(['named']);
    expect(email('Hi Akira,\n\nWe need two volunteers to staff the desk on Saturday.')).toEqual(['unowned']);
  });
});

describe('a page of questions the writer answers', () => {
  const page = (text: string) => analyze({ text, site: 'notion', kind: 'page', now: NOW }).facts.asks;
  it('asks nothing: each question is answered on the line after it', () => {
    expect(
      page(
        'Can children visit?\nYes, at any time, with an adult.\n\nCan pets visit?\nSmall dogs can, in the garden room.',
      ),
    ).toEqual([]);
  });
  it('still asks a question whose next line is its context, when it is the only one', () => {
    expect(page('Can you review the floor plan by Friday?\nThe builder starts on Monday.')).toHaveLength(1);
  });
});
