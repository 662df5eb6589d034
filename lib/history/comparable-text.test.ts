// @vitest-environment happy-dom
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { gmailReply } from '../../tests/fixtures/exports/generate';
import { loadFixture } from '../../tests/fixtures/load-fixture';
import { HOST_URLS } from '../../tests/fixtures/routes';
import { mailMessage } from '../exports/mail';
import type { ExportedMessage } from '../exports/message';
import { readSlackExport } from '../exports/slack';
import { gmailAdapter } from '../hosts/gmail';
import { slackAdapter } from '../hosts/slack';
import { adapterUnderTest } from '../hosts/testing';
import { comparableText } from './comparable-text';

// Each pair: the draft a site's adapter reads from the compose box as the message is sent, and the body the
// backfill reads for that same message from an export (quote and signature removed by the import's own parser).

const gmail = adapterUnderTest(gmailAdapter);
const slack = adapterUnderTest(slackAdapter);

/** The inline reply's live draft, written as `html` on its first line: above Gmail's signature and hidden quote. */
function gmailDraft(html: string): string {
  loadFixture(HOST_URLS.gmailInbox);
  const box = gmail.watchBoxes().find((b) => b.box.anchor.closest('.AO'))!.box;
  box.editor.firstElementChild!.innerHTML = html;
  return box.readDraft().draft.text;
}

/** The same reply as Gmail sends it (wrapped, its signature and quote below), read as the backfill reads it. */
async function gmailSent(body: string): Promise<string> {
  const message = await mailMessage(
    gmailReply({ body, at: Date.UTC(2025, 10, 25, 10), id: 'reply-1' }),
    'Sent',
  );
  return message!.draft.text;
}

const USERS = [{ id: 'U0PRIYA', name: 'priya', real_name: 'Priya Raman' }];

/** A Slack export holding one message whose mrkdwn is `text`, read as the backfill reads it. */
async function slackExported(text: string): Promise<string> {
  const zip = zipSync({
    'users.json': strToU8(JSON.stringify(USERS)),
    'launch/2025-11-25.json': strToU8(
      JSON.stringify([{ type: 'message', user: 'U0PRIYA', text, ts: '1764064800.000100' }]),
    ),
  });
  const read: ExportedMessage[] = [];
  for await (const m of readSlackExport(async function* () {
    yield zip;
  }, 'export.zip'))
    if (m) read.push(m);
  return read[0]!.draft.text;
}

describe('a sent message compared as the compose box read it and as an export holds it', () => {
  it('Gmail: the reply above the signature and quote, against its mbox body with both removed', async () => {
    const live = gmailDraft(
      'Priya, here is the final launch checklist: https://acme.example/launch. Can you sign it off by Thu 27 Nov 5pm CET?',
    );
    const sent = await gmailSent(
      'Priya, here is the final launch checklist: https://acme.example/launch. Can you\nsign it off by Thu 27 Nov 5pm CET?',
    );
    // The two texts differ (the line Gmail wrapped); what is compared does not.
    expect(sent).not.toBe(live);
    expect(comparableText(live)).toBe(comparableText(sent));
    expect(comparableText(live)).toBe(
      'priya here is the final launch checklist https acme example launch can you sign it off by thu 27 nov 5pm cet',
    );
  });

  it('Gmail: a link under a label, bold, a numbered list and lines, against Gmail’s text/plain rendering of them', async () => {
    const live = gmailDraft(
      'Hi Priya,<br>Please check <a href="https://acme.example/launch">the <b>launch</b> checklist</a>:' +
        '<ol><li>the venue</li><li>the caterer’s quote</li></ol>Thanks!',
    );
    const sent = await gmailSent(
      [
        'Hi Priya,',
        'Please check the *launch* checklist <https://acme.example/launch>:',
        '',
        '   1. the venue',
        "   2. the caterer's quote",
        '',
        'Thanks!',
      ].join('\n'),
    );
    expect(comparableText(live)).toBe(comparableText(sent));
    expect(comparableText(live)).toBe(
      'hi priya please check the launch checklist the venue the caterer s quote thanks',
    );
  });

  it('Slack: a mention, an emoji, a labelled link and a quote the composer skips, against the export’s mrkdwn', async () => {
    loadFixture(HOST_URLS.slackDraftChannel);
    const live = slack.watchBoxes()[0]!.box.readDraft().draft.text;
    expect(live).toBe('Hey @Priya Raman can you review the launch notes? :eyes:');
    const exported = await slackExported('Hey <@U0PRIYA> can you review the launch notes? :eyes:');
    expect(comparableText(live)).toBe(comparableText(exported));

    const withMarkup = await slackExported(
      '&gt; from the last retro\nHey <@U0PRIYA> can you review the <https://acme.example/notes|launch notes>? `npm run notes` :eyes:',
    );
    expect(comparableText(withMarkup)).toBe(comparableText(live));
  });

  it('tells different messages apart: another word, another date, another number', () => {
    const base = 'Can you sign it off by Thu 27 Nov 5pm CET?';
    expect(comparableText('Can you sign it off by Fri 27 Nov 5pm CET?')).not.toBe(comparableText(base));
    expect(comparableText('Can you sign it off by Thu 28 Nov 5pm CET?')).not.toBe(comparableText(base));
    expect(comparableText('Can you sign it off by Thu 27 Nov 5pm CET? Thanks')).not.toBe(
      comparableText(base),
    );
    expect(comparableText('CAN  you\nsign it off — by Thu 27 Nov, 5pm CET!')).toBe(comparableText(base));
  });

  it('leaves nothing of a message with no words (an emoji-only reply has its :name:, a "+1" its digit)', () => {
    expect(comparableText('> quoted only\n```code```')).toBe('');
    expect(comparableText('👍')).toBe('');
    expect(comparableText(':+1:')).toBe('1');
  });
});
