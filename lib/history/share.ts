import { isoDate } from './calendar';
import { changeSentence, checkedSentence, type WeekSummary } from './summary';
import { ruleLabel } from './tips';

/** A weekly summary a user may choose to post to their team: score, trend, one habit. No message content. */
export function weekMarkdown(summary: WeekSummary, timeZone: string): string {
  const week = isoDate(summary.weekStart, timeZone);
  const lines = [`### My week in Clearsend (week of ${week})`, ''];
  if (summary.average === null) {
    lines.push('- No messages checked yet this week.');
  } else {
    lines.push(`- Clarity score: **${summary.average}/100** (${changeSentence(summary.change)})`);
    lines.push(
      `- ${checkedSentence(summary.count)}, ${summary.fixes} ${summary.fixes === 1 ? 'fix' : 'fixes'} applied before sending`,
    );
    const scored = summary.trend.filter((w) => w.average !== null);
    if (scored.length > 1)
      lines.push(`- Last ${scored.length} weeks: ${scored.map((w) => w.average).join(' → ')}`);
    const habit = summary.problems[0];
    lines.push(
      habit
        ? `- The habit I'm working on: **${ruleLabel(habit.rule)}**: ${habit.tip}`
        : '- No recurring problem this week.',
    );
  }
  return `${lines.join('\n')}\n`;
}
