/**
 * Something that cannot wait: an outage, an incident, failing systems, a security problem. Broadcasting it is
 * right then (design: "a true emergency broadcast" gets no recipient finding).
 */
const URGENT =
  /\b(?:outage|(?:is|are|went|goes) down|incident|emergency|urgent|sev ?[0-2]|p[0-1]|5\d\ds?|errors?|failing|broken|breach|security|hold (?:all |off )?deploys?|do not (?:deploy|merge)|rollback|rolled back|evacuat\w*|fire|alarms?|leak(?:s|ing)?)\b/i;

/**
 * An emergency call for hands: an incident declared, or help wanted right now. Errors and broken builds are
 * urgent enough to broadcast, but an ask about them still needs an owner.
 */
const ALL_HANDS = /\b(?:outage|incident|emergency|sev ?[0-2]|(?:is|are|went) down|right now|immediately)\b/i;
/** Urgent: something broken or dangerous, or hands wanted this minute ("please get on site right now"). */
export const isUrgent = (masked: string) => URGENT.test(masked) || ALL_HANDS.test(masked);

export const needsAllHands = (masked: string) => ALL_HANDS.test(masked);
