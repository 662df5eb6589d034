import { describe, expect, it } from 'vitest';
import { askFeatures } from './features';
import { tokenize } from './tokens';

const features = (
  text: string,
  extra: { listItem?: boolean; timeAhead?: boolean; deadline?: boolean } = {},
) =>
  askFeatures({ text, tokens: tokenize(text), listItem: false, timeAhead: false, deadline: false, ...extra });
const sees = (feature: string, text: string) => features(text).includes(feature);

describe('ask features: what each one sees', () => {
  it('imperative: a clause that opens on a base-form verb, whatever the verb', () => {
    for (const t of [
      'Ship it.',
      'Rebase onto main before lunch.',
      'Please wire $500 to the vendor.',
      'Sam, review the deck.',
      'ping me after',
      'Send the deck that is on the drive.',
      'Stop all deploys to prod right now.',
      'Beware of the wet floor near the dock.',
    ])
      expect(sees('imperative', t), t).toBe(true);
    for (const t of [
      'Review: done',
      'Search now supports quoted phrases.',
      'Travel costs for the sales team ran 22% over budget.',
      'Link in this page is going to 404.',
      'Release 4.18 is out.',
      'Thank you for the notes.',
      'Hope you are well.',
      'Do we keep the macros?',
      'See you there,',
      'see above, same problem as before.',
      'Trust this meets you well.',
      'Finance Ops',
      'Close of discovery: March 5, 2027',
      'Wed Dec 9, 09:30 — forklift recertification',
      'Review of the Q3 budget went well.',
    ])
      expect(sees('imperative', t), t).toBe(false);
  });

  it('imperative: a verb the lexicon knows only as a noun, told by the determiner after it', () => {
    for (const t of [
      'Nuke the cache and try again.',
      'Email the client.',
      'reset the password for the admin account',
    ])
      expect(sees('imperative', t), t).toBe(true);
    // A heading or a vocative before a clause of its own: a finite verb follows the phrase.
    for (const t of [
      'Team the launch went well.',
      'Reminder the office is closed Friday.',
      'FYI the build is red.',
      'reminder that the new folders are in the cupboard',
      'fyi the readings script now runs every 5 min.',
    ])
      expect(sees('imperative', t), t).toBe(false);
  });

  it('reads a form with its register: the same instruction in a chat, an email, a page and plain text', () => {
    const inRegister = (register: 'chat' | 'email' | 'page' | 'text') =>
      askFeatures({
        text: 'Ship it.',
        tokens: tokenize('Ship it.'),
        listItem: false,
        timeAhead: false,
        deadline: false,
        register,
      });
    expect(inRegister('chat')).toEqual(expect.arrayContaining(['in=chat', 'imperative&in=chat']));
    expect(inRegister('page')).toEqual(expect.arrayContaining(['in=page', 'imperative&in=page']));
    expect(features('Ship it.').some((f) => f.startsWith('in='))).toBe(false);
  });

  it('reads the act of a negative instruction after its negation, and a chat instruction begun in lower case', () => {
    expect(features("Don't merge until CI is green.")).toEqual(
      expect.arrayContaining(['negativeImperative', 'verb=merge']),
    );
    expect(features('Do not deploy on Friday.')).toEqual(
      expect.arrayContaining(['negativeImperative', 'verb=deploy']),
    );
    expect(sees('lowerStart&imperative', 'merge it')).toBe(true);
    expect(sees('lowerStart&imperative', 'Update the app icon')).toBe(false);
    expect(sees('verbThen=to', 'Remember to lock the door.')).toBe(true);
    // A quantifier opens the object's noun phrase as an article does.
    expect(sees('verbThen=determiner', 'Stop all deploys to prod.')).toBe(true);
    expect(sees('verbThen=determiner', 'Check every row of the export.')).toBe(true);
    // A phrasal verb's particle is part of the verb.
    expect(sees('verbThen=preposition', 'Follow up with Pinecrest about the invoice.')).toBe(true);
    // The question word after its preposition.
    expect(sees('whQuestion', 'in which room is the defence on friday')).toBe(true);
    expect(sees('whQuestion', 'In the meantime, the office is closed.')).toBe(false);
    expect(sees('wonder', "I'd appreciate it if you could send the slides.")).toBe(true);
    // lower case alone is no instruction
    expect(sees('lowerStart&imperative', 'owe you a coffee')).toBe(false);
  });

  it('imperativeClause: an instruction after a condition, a label or a vocative clause', () => {
    expect(sees('imperativeClause', 'Whoever has Looker access, grab the churn numbers.')).toBe(true);
    expect(sees('imperativeClause', 'If you have time, please review the deck.')).toBe(true);
    expect(sees('imperativeClause', 'Dietary needs: tell Mariana by Friday.')).toBe(true);
    expect(sees('imperativeClause', 'I reviewed the deck and it looks fine.')).toBe(false);
  });

  it('modalYou / modalSomeone: a modal put to the reader or to anyone', () => {
    expect(sees('politeQuestion', 'Any chance you could review the landing page?')).toBe(true);
    expect(sees('politeQuestion', "mind flipping the CNAME when you're in?")).toBe(true);
    expect(sees('modalYou', 'Can you send the numbers?')).toBe(true);
    expect(sees('modalSomeone', 'Could someone check the logs?')).toBe(true);
    expect(sees('modalYou', 'I could send the numbers.')).toBe(false);
  });

  it('auxInverted reads chat\'s "u" as the subject it is', () => {
    expect(sees('auxInverted', 'Can u send me the deck')).toBe(true);
  });

  it('questions: a question mark, subject-auxiliary inversion, a wh-question, not a wh-clause', () => {
    expect(sees('questionMark', 'Is the build green? :pray:')).toBe(true);
    expect(sees('auxInverted', 'Should I book the room for Thursday.')).toBe(true);
    expect(sees('whQuestion', 'What time does the train leave.')).toBe(true);
    expect(sees('whQuestion', 'What we need is a clearer plan.')).toBe(false);
  });

  it("needSomeone / needYou: a request for a person, not the writer's own need", () => {
    expect(sees('needSomeone', 'Need someone to rebase the branch onto main')).toBe(true);
    expect(sees('needYou', 'We need you to sign the contract by Friday!')).toBe(true);
    expect(sees('needSomeone', 'I need to leave early.')).toBe(false);
    expect(sees('needYou', 'We need a hand with the move on Friday.')).toBe(true);
    expect(sees('needYou', 'we need one more for Saturday')).toBe(true);
    expect(sees('needYou', 'need one name by monday noon')).toBe(false);
    // A thing's need is no request for a person.
    expect(sees('needYou', 'Our policy requires a current report for every vendor.')).toBe(false);
    // a third party's want, reported
    expect(sees('needYou', 'they also want a deposit of 40% up front')).toBe(false);
    // "looking for" and "could use" someone say the same in other words; a thing looked for is no request.
    expect(sees('needYou', 'looking for a volunteer to run the retro on Friday')).toBe(true);
    expect(sees('needSomeone', 'Looking for someone to cover the desk at noon.')).toBe(true);
    expect(sees('needYou', 'could use another pair of eyes on this PR')).toBe(true);
    expect(sees('needYou', "We're looking for a new vendor.")).toBe(false);
    expect(sees('needYou', 'Are you looking for help?')).toBe(false);
    expect(sees('needYou', 'we could use the old server')).toBe(false);
  });

  it('needThing: the writer wants a thing, not to do something', () => {
    expect(sees('needThing', 'I need the deck by Friday.')).toBe(true);
    expect(sees('needThing', "We'll need your sign-off on the budget.")).toBe(true);
    expect(sees('needThing', 'I need to leave early.')).toBe(false);
    expect(sees('needThing', 'The form needs a signature.')).toBe(false);
  });

  it('modalSomeone: an instruction whose subject is whoever is to do it', () => {
    expect(sees('modalSomeone', 'Someone grab the courier envelope from reception.')).toBe(true);
    expect(sees('requestToAct', 'Everyone submit your timesheets by 5pm.')).toBe(true);
    expect(sees('modalSomeone', 'Someone left the fridge open.')).toBe(false);
    expect(sees('modalSomeone', 'Everyone loves the new menu.')).toBe(false);
  });

  it('letUs in chat\'s spelling: "lets discuss" is "let\'s", "it lets you" is not', () => {
    expect(sees('letUs', 'lets discuss tomorrow')).toBe(true);
    expect(sees('letUs', 'It lets you export the table.')).toBe(false);
  });

  it('letUs, firstPersonFuture, offer, wonder, thanks', () => {
    expect(sees('letUs', "Let's review it together tomorrow.")).toBe(true);
    expect(sees('firstPersonFuture', "I'll send the deck Friday.")).toBe(true);
    expect(sees('offer', 'If you have any questions, let me know.')).toBe(true);
    expect(sees('wonder', 'Wondering if you could run the demo on Dec 9.')).toBe(true);
    expect(sees('thanks', 'Thanks for jumping on the call.')).toBe(true);
  });

  it('addressed: a vocative or @mention opening the sentence, a group or a person', () => {
    expect(sees('addressedPerson', '@priya can you take this?')).toBe(true);
    expect(sees('addressedGroup', 'Team, please fill in the form.')).toBe(true);
    expect(sees('addressedGroup', '@here the deploy is frozen.')).toBe(true);
    // After a fronted adverbial, as at the start; not a name listed after a later comma.
    expect(sees('addressedPerson', 'By end of next week, @Tess, we need the campaign brief.')).toBe(true);
    expect(sees('addressedPerson', 'If you can, Sam, send it today.')).toBe(true);
    // a name the lexicon does not know, set off before a verb; an opening adverb is none
    expect(sees('addressedPerson', 'Idris, revoke the access today.')).toBe(true);
    expect(sees('addressedPerson', 'Honestly, send it whenever.')).toBe(false);
    expect(sees('addressedPerson', 'After lunch, invite Ana, Bo, and Cy.')).toBe(false);
    expect(sees('addressedPerson', 'The report, Sam said, is late.')).toBe(false);
  });

  it('meetingProposal: a meeting put to the reader, not the news of one', () => {
    expect(sees('meetingProposal', 'Can we meet Thursday at 2?')).toBe(true);
    expect(sees('meetingProposal', 'The board meeting is Dec 10.')).toBe(false);
  });

  it('pastTense: a past auxiliary after its subject says what happened; asking about the past or politely does not', () => {
    for (const t of [
      'Call centre staff did not have a script until 09:00',
      'The valve map was out of date.',
      'The invoices were sent on Monday.',
      "We didn't get the PO in time.",
    ])
      expect(sees('pastTense', t), t).toBe(true);
    for (const t of [
      'Did you send the invoice?',
      'I was wondering if you could review the deck.',
      'We were hoping you could cover Friday.',
      'Send the invoice by Friday.',
    ])
      expect(sees('pastTense', t), t).toBe(false);
  });

  it('names its head word and the time the date pass found', () => {
    const f = features('Send the deck by Friday.', { timeAhead: true, deadline: true });
    expect(f).toEqual(
      expect.arrayContaining(['head=send', 'verb=send', 'timeAhead', 'deadline', 'timeAhead&imperative']),
    );
  });
});

describe('the verb a request asks for', () => {
  it('reads it in any word order: "can you …", "any chance you could …", "are you able to …"', () => {
    for (const t of [
      'Can you cover his shift?',
      'Any chance you could review the landing page?',
      'Are you able to cover his shift on Friday?',
      'Would you be able to send the invoice?',
    ])
      expect(sees('requestToAct', t), t).toBe(true);
    expect(sees('requestToTell', 'Any chance you could tell me the total?')).toBe(true);
    expect(sees('requestToAct', 'You were able to ship it, great.')).toBe(false);
    expect(sees('requestToAct', 'anyone able to swap into the Saturday brunch shift?')).toBe(true);
    expect(sees('modalSomeone', 'somebody should call the repair guy soon')).toBe(true);
    expect(sees('requestToAct', 'somebody should call the repair guy soon')).toBe(true);
    for (const t of [
      'Someone from the EU team should review the macro wording',
      'someone needs to fix the label printer soon',
      'Someone please look into it.',
    ])
      expect(sees('modalSomeone', t), t).toBe(true);
    expect(sees('modalSomeone', 'if anyone needs to reach me, call the desk')).toBe(false);
    // asking for advice wants an answer, not work
    expect(sees('requestToTell', 'Would you recommend them for oversized loads?')).toBe(true);
    expect(sees('requestToTell', 'Could you suggest a caterer?')).toBe(true);
  });
});
