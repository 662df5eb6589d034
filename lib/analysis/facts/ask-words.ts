/** Verbs that, opening a sentence, make it an instruction to the reader ("Send me…", "Label anything…"). */
export const ACTION_VERBS = new Set(
  `add adjust answer approve arrange ask assign attend book bring buy call cancel change check choose circulate clarify
clean clear coordinate complete confirm contact create cut decide delete deploy describe document double-check draft
drop email escalate estimate explain file fill finish fix forward get give grab handle help hold include
install investigate join label list look make merge move note-down order organize pay pick ping plug post prepare
print prioritize process provide pull push put rate read reach reconcile register reply rerun respond restart
resend return review revise rsvp run schedule send set share sign sort start submit summarize swap take talk tell
test try update upload validate verify vote write`
    .split(/\s+/)
    .filter(Boolean),
);

/** After "could you", these verbs ask for an answer rather than a piece of work. */
export const ANSWER_VERBS = new Set(['tell', 'let', 'explain', 'clarify', 'remind', 'answer', 'say']);

/** Openers that carry no meaning for the ask and are skipped before looking for the verb. */
export const LEAD_WORDS = new Set(
  'please pls plz kindly and also so but then ok okay oh hey hi hello just now again quick quickly maybe'.split(
    ' ',
  ),
);

/** "Can you / could someone / would one of you …" */
export const REQUEST =
  /\b(?:can|could|would|will|won't|can't|couldn't)\s+(?:you(?: all| guys| both)?|u|y'all|someone|somebody|anyone|anybody|one of you|either of you|we get (?:someone|somebody|you) to)\s+(?:(?:please|kindly|also|just|quickly|maybe|still|all)\s+)*([a-z][a-z-]*)/i;

export const NEED_YOU =
  /\b(?:i|we)(?:'d| would)(?: \w+){0,2} appreciate\b|\bany (?:help|assistance|input|guidance|advice) (?:you can|you could)\b|^when you (?:get|have) (?:a )?(?:chance|minute|moment|sec|second|time)\b|\bit would be (?:\w+ )?(?:great|helpful|good|nice|useful) if you\b|\b(?:i|we)(?:'d| would)? (?:need|like|want|ask|asked)(?:ed)? (?:you|someone|somebody|one of you|each of you|everyone|all of you)(?: all)? to\b|\b(?:you|everyone|each of you) (?:will |)(?:need|needs|have|has|must|should) to\b|\bwhy don't you\b|\bif you could (?!not\b)[a-z]+|\b(?:would you mind|are you able to|(?:is it )?possible for you (?:guys |all )?to|is it possible to|do you have (?:time|a chance|bandwidth) to|it would be (?:great|helpful|good|nice) if you could|(?:i'd|i would|we'd|we would) (?:appreciate|be grateful) (?:it )?if you|if you could\b.*\b(?:great|appreciate|helpful|thanks))/i;

/** "Let me know what/when/which …": a question in the form of an instruction. */
export const LET_ME_KNOW =
  /(?<!\b(?:he|she|they|also|who|and) )\blet (?:me|us) know\b(?! that)|\b(?:tell me|(?:can|could) you confirm|advise|send me a note|keep me (?:posted|in the loop|updated))\b|\bplease advise\b|\bneed to know\b/i;

/** Questions that open a conversation or are asked for effect, not to be answered. */
export const PHATIC =
  /^(?:(?:hey|hi|hello|yo)\b[\s,!-]*)?(?:\w+[,\s]+)?(?:(?:are )?you (?:around|there|free|busy|online|up)|got a (?:sec|second|minute|min|moment)|(?:do you )?have a (?:sec|second|minute|min|moment)|how are (?:you|things)|how(?:'s| is) (?:it going|everything|your \w+)|how was your \w+|what's up|how have you been)\b/i;

/** Asked for effect, not for an answer. */
export const RHETORICAL =
  /^(?:who says|who knew|guess what|why not|what could go wrong|who doesn't love)\b|\bcan you (?:believe|guess|name the|imagine|spot the|afford|beat|solve|rise)\b|\bwhat if you could\b/i;

/** Asks for nothing concrete: the rule `reply-wanted-no-ask` handles these. */
export const VAGUE_REPLY =
  /^(?:(?:any )?thoughts|any (?:update|updates|news|feedback|ideas)|what do you (?:think|reckon)|let me know( what you think)?|thoughts on this|ideas|feedback|please advise)\s*[?.!]*$/i;

export const LIST_ITEM = /^\s*(?:[-•*▪◦]|\d{1,2}[.)])\s+/;

/** Advertising and service mail talk to "you" in the imperative without asking a colleague for anything. */
export const MARKETING =
  /\$link|^\w+ now\b|\b(?:(?:call|chat with|contact|email|e-mail|tweet|text|help|rate|follow) us|join us (?:as|in|online|today|now)|give us a (?:call|try)|now (?:and|to) (?:view|get|receive|claim|start|save|see)|check (?:it |this |these |this one )?out|linkedin|facebook|twitter|youtube|instagram|pinterest|click|unsubscribe|subscribe[ds]?|subscription|\$link|promo(?:tion)?|discount|% off|free (?:shipping|trial|gift)|order now|(?:try|download|install|receive) our|for free|free of charge|(?:this|special|our) offer|early access|before purchasing|available for purchase|join the (?:event|webinar|conversation|fun|community|movement)|add us to|send us an? (?:e-?mail|message|note)|tell us (?:a little|about yourself|what you think)|let us know how we|shopping|shop (?:now|online|our|the)|on sale|special offer|exclusive|coupon|our (?:website|site|store|app|customers?|products?|services?|newsletter|community|privacy|terms|partners|members)|privacy policy|cookies|opt[ -]?out|mailing list|e-?mail list|sign up|app store|google play|sweepstakes|prize|winners?|members? only|limited time|today only|shipping|checkout|cart|download (?:the|our)|follow us|like us|address book|safe[- ]?sender|white ?list|inbox|link below|(?:this|the following) link|copy and paste|e-?mail address|your (?:account|registration|password|browser|device|iphone|ipad|phone|order|profile)|do not (?:reply|respond) to this|(?:this|the) (?:e-?mail|message) (?:is|was|contains)|to learn more|to find out (?:more|how)|activate|registration|customer service|support representative|before printing|1-8\d\d)\b/i;

/** Courtesies that invite a reply without needing one, wherever they sit in the sentence. */
export const COURTESY_ANYWHERE =
  /\b(?:(?:please )?(?:do not|don't) hesitate\b|feel free to|(?:attached|below|enclosed),? please find|please find (?:attached|enclosed|below|my|the attached)|please see (?:attached|below|the attached)|if you (?:have|need) (?:any )?(?:questions|comments|further|more|assistance|help|anything)|if (?:there is|there's) anything (?:else )?(?:i|we) can|please (?:accept|be advised|note)|for (?:more|further|full) (?:information|info|details))\b/i;

/**
 * "If you need anything, please call": offered in case the reader needs it, not asked. A condition on the work
 * ("If the numbers look right, please sign") still asks, and so does "If you could …".
 */
export const CONDITIONAL =
  /^(?:(?:also|and|but|so|hi|ok)[,\s]+)?if (?:you|your|any(?:one| of you)?|someone|there)\b(?! (?:could|can|would|get a chance|have a (?:minute|moment|chance)))/i;

/** A phone number or an address to write to: contact details, not a request. */
export const CONTACT_DETAILS =
  /\(?\b\d{3}\)?[-. /]\d{3}[-. ]\d{4}\b|\b\d{1,3}[-/]\d{4}\b|[\w.+-]+@[\w-]+\.[\w.]+/;

/** Proposing to meet or talk: the reader has to answer it. */
export const PROPOSAL =
  /\b(?:let's|lets(?! (?:you|him|her|them|me|us|it)\b)) (?!see\b|hope\b|say\b|face\b)|\byou(?:'re| are) (?:available|free)\b|\b(?:we|us|you)(?: \w+){0,2} need to (?:get together|meet|sit down|talk|discuss)\b|\byou (?:may|might|will|'ll) (?:also )?need to\b|\byou (?:can|could|might|may) (?:also |always |just )?(?:check|ask|call|contact|give me|send me|set|talk|try|email|reach out|forward|follow up)\b|\b(?:want|like|need|love) to (?:discuss|talk|sit down|meet|chat|catch up) with you\b|\byou(?:'re| are) (?:welcome|invited) to\b|\bwe(?:'ll| will)? need (?:the|some|a|an|your|more)\b|\b(?:would|will) be (?:useful|much appreciated|appreciated|helpful|great) (?:to|if)\b|\byou (?:should|ought to|might want to|may want to|'ll want to|will want to|must)\b|\b(?:don't|do not) forget to\b|\b(?:remember|be sure|make sure) to\b|\b(?:i|we) (?:would |'d )?(?:suggest|recommend|propose)\b|\bmy (?:suggestion|recommendation) is\b|\b(?:i|we) (?:would|'d) (?:like|love) to (?:talk|discuss|meet|visit|chat|get together|go|invite|catch up|sit down)\b|\bwe (?:can|could|should|shall|need to|must) (?:\w+ )?(?:meet|discuss|talk|get together|arrange|schedule|set up|chat|catch up|go over)\b|\b(?:let us|shall we|should we|can we|could we|why don't we|how about|maybe we (?:can|could)|we (?:can|could|should) (?:meet|discuss|talk|get together|have|grab|set up|schedule|go over)|(?:are|would) you (?:be )?(?:available|free|around|interested)|(?:join|meet) (?:us|me) (?:for|at|on)|(?:give|send) me a (?:call|ring|shout)|call me|(?:set|setting) up (?:a|an) (?:call|meeting)|(?:would|will) (?:work|be good|be great|be helpful) for (?:me|us)|(?:would|will) be (?:helpful|appreciated|great)|wants to know (?:if|whether)|i need to know|we need (?:to|your|you)|i need (?:you|your)|go ahead and)\b/i;

/** "Did you send…", "Are we still on…" — a yes/no question even without its question mark. */
export const AUX_QUESTION =
  /^(?:(?:did|do|does|have|has|are|is|will|would|can|could|were|was)\s+(?:you|we|they|he|she)|(?:should|shall|may|can|could) (?:i|we))\b|^(?:what|when|where|which|who|how)(?:'s| (?:is|are|do|does|did|time|much|many|long|fast|about|should|would|can|could|will))\b/i;

/** "I was wondering if …", "I wanted to know whether …": a question put as a statement. */
export const WONDERING =
  /\b(?:i|we)(?: was| were|'m| am|'re| are)?(?: just| also)? wonder(?:ing)? (?:if|whether|when|what|how|who)\b|\b(?:i|we)(?: just| also)? want(?:ed)? to (?:know|ask|check|see) (?:if|whether|when|what|how)\b/i;

/** Account and newsletter mail: surveys, "please log in", "to view this email …". */
export const SERVICE_MAIL =
  /\b(?:survey|take a (?:moment|minute|few (?:moments|minutes))|please (?:visit|browse|log ?(?:on|in|into)|go here|open (?:it|this) with|read on|retain|save this|keep this (?:e-?mail|message|information))|for (?:your|future) (?:records|reference)|keep in mind|spread the word|tell your friends|do not reply|post-only)\b|^to (?:view|see|read|learn|know|find|access|manage|opt|stop|verify)\b[^,]*, please\b/i;
