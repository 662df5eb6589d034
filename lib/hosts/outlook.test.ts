// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { loadFixture } from '../../tests/fixtures/load-fixture';
import { HOST_URLS } from '../../tests/fixtures/routes';
import { genericAdapter } from './generic';
import { outlookAdapter } from './outlook';
import { adapterUnderTest, flush } from './testing';
import type { ComposeBox, SiteAdapter } from './types';

const page = adapterUnderTest(outlookAdapter('https://outlook.office.com'));

/** Types on the first line of the body, above the signature and the thread, where Outlook puts the caret. */
function type(box: ComposeBox, text: string) {
  box.editor.firstElementChild!.textContent = text;
  box.editor.dispatchEvent(new Event('input', { bubbles: true }));
}
const only = () => {
  const boxes = page.watchBoxes();
  expect(boxes).toHaveLength(1);
  return boxes[0]!;
};
const sent = () => (window as unknown as { __sent: string[] }).__sent;

describe('Outlook adapter on the Outlook fixture', () => {
  test('takes only the body for a box; the generic adapter would take the To and Cc wells too', () => {
    loadFixture(HOST_URLS.outlookReply);
    const count = (adapter: SiteAdapter) => {
      let boxes = 0;
      adapter.watch(document, () => boxes++, page.signal);
      return boxes;
    };
    expect(count(outlookAdapter('https://outlook.live.com'))).toBe(1);
    expect(count(genericAdapter('https://outlook.office.com'))).toBe(3);
  });

  test('finds the body in its editorParent_ wrapper, not the To and Cc wells, the subject or the search box', () => {
    loadFixture(HOST_URLS.outlookReply);
    const { box } = only();
    expect(box.editor.parentElement?.id).toMatch(/^editorParent_/);
    expect(box.anchor.querySelector('[role=group][id$=_TO]')).not.toBeNull();
    expect(box.recipientField?.()?.closest('[role=group]')?.id).toMatch(/_TO$/);
  });

  test('a reply: the writer’s part only (no signature, no quoted thread), To + Cc addresses, the names shown', () => {
    loadFixture(HOST_URLS.outlookReply);
    const { box } = only();
    type(box, 'Priya, can you send Jordan the final deck by Friday?');
    const snapshot = box.readDraft();
    expect(snapshot.draft).toEqual({
      text: 'Priya, can you send Jordan the final deck by Friday?',
      site: 'https://outlook.office.com',
      kind: 'email',
      recipients: ['jordan.lee@acme.example', 'priya.raman@acme.example'],
      isReply: true,
    });
    expect(snapshot.people).toEqual(['Jordan Lee', 'Priya Raman']);
    expect(box.editor.querySelector('#divRplyFwdMsg')?.textContent).toContain('From:');
    expect(box.editor.textContent).toContain('Can someone send me the final deck ASAP?');
  });

  test('the newer layout: the reference message in one container, after the writer’s own note', () => {
    loadFixture(HOST_URLS.outlookReply);
    const { box } = only();
    box.editor.innerHTML =
      '<div class="elementToProof">Forwarding: Sam, can you check the numbers?</div>' +
      '<div id="mail-editor-reference-message-container"><hr tabindex="-1"><div id="divRplyFwdMsg"><b>From:</b> Jordan</div><div>Can someone send the deck?</div></div>';
    expect(box.readDraft().draft.text).toBe('Forwarding: Sam, can you check the numbers?');
    expect(box.readDraft().draft.isReply).toBe(true);
  });

  test('the thread inside a wrapper: only what follows the marker is left out, at every level', () => {
    loadFixture(HOST_URLS.outlookReply);
    const { box } = only();
    box.editor.innerHTML =
      '<div id="divtagdefaultwrapper"><div>Own words.</div><div id="appendonsend"></div><hr><div id="divRplyFwdMsg">From: Jordan</div><div>Quoted.</div></div><div>Also quoted.</div>';
    expect(box.readDraft().draft.text).toBe('Own words.');
  });

  test('a new message from the deeplink: both To chips, not a reply; with nobody in To, recipients is []', () => {
    loadFixture(HOST_URLS.outlookNew);
    const withTo = only().box.readDraft();
    expect(withTo.draft.recipients).toEqual(['jordan.lee@acme.example', 'priya.raman@acme.example']);
    expect(withTo.draft.isReply).toBe(false);
    loadFixture(HOST_URLS.outlookNoRecipient.replace('office.com', 'live.com').replace('/mail/', '/mail/0/'));
    const box = page.watchBoxes().at(-1)!.box;
    expect(box.readDraft().draft.recipients).toEqual([]);
    expect(box.readDraft().draft.site).toBe('https://outlook.office.com');
  });

  test('a chip removed with its × leaves the recipients; a typed address not yet a chip still counts', () => {
    loadFixture(HOST_URLS.outlookReply);
    const { box } = only();
    (box.anchor.querySelector('[id$=_CC] ._EType_RECIPIENT_ENTITY .remove') as HTMLElement).click();
    expect(box.readDraft().draft.recipients).toEqual(['jordan.lee@acme.example']);
    box.anchor.querySelector('[id$=_CC] [contenteditable]')!.append('dana@acme.example');
    expect(box.readDraft().draft.recipients).toEqual(['jordan.lee@acme.example', 'dana@acme.example']);
  });

  test('reads the same with every label gone: no selector leans on Outlook’s translated words', () => {
    loadFixture(HOST_URLS.outlookReply);
    for (const element of document.querySelectorAll('[aria-label]:not(._EType_RECIPIENT_ENTITY), [title]')) {
      element.removeAttribute('aria-label');
      element.removeAttribute('title');
    }
    const { box } = only();
    expect(box.readDraft().draft.recipients).toHaveLength(2);
  });

  test('Send is the split button’s primary part and Ctrl+Enter, seen before Outlook removes the compose', async () => {
    for (const how of ['click', 'shortcut', 'menu'] as const) {
      loadFixture(HOST_URLS.outlookReply);
      const { box, signal } = only();
      type(box, 'Jordan, can you send the deck by Friday?');
      const seen: string[] = [];
      box.onSend(() => seen.push(box.readDraft().draft.text), signal);
      if (how === 'click') (box.anchor.querySelector('[id$=__primaryActionButton]') as HTMLElement).click();
      if (how === 'menu') (box.anchor.querySelector('[id$=__menuButton]') as HTMLElement).click();
      if (how === 'shortcut')
        box.editor.dispatchEvent(
          new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true }),
        );
      await flush();
      if (how === 'menu') {
        expect(seen).toEqual([]);
        continue;
      }
      expect(seen).toEqual(['Jordan, can you send the deck by Friday?']);
      expect(sent()).toEqual(['Jordan, can you send the deck by Friday?']);
      expect(signal.aborted).toBe(true);
    }
  });

  test('a plain Enter is a new line, not a send', () => {
    loadFixture(HOST_URLS.outlookNew);
    const { box, signal } = only();
    const seen: number[] = [];
    box.onSend(() => seen.push(1), signal);
    box.editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(seen).toEqual([]);
  });
});
