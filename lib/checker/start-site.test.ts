// @vitest-environment happy-dom

import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { deliverOwnMessages } from '../../tests/helpers/own-messages';
import type { ComposeBox, SiteAdapter } from '../hosts/types';
import { handleMessages } from '../messaging';
import { settingsHandlers } from '../settings/background';
import { DEFAULT_SETTINGS, settingsItem } from '../settings/item';
import { startChecker } from './start-site';

const opened: string[] = [];
vi.mock('../overlay', () => ({
  createOverlay: (box: { editor: HTMLElement }) => ({
    update() {},
    openPanel: () => opened.push(box.editor.id),
    togglePanel() {},
  }),
}));

function composeBox(id: string, optedOut = false): ComposeBox {
  const editor = document.createElement('div');
  editor.id = id;
  editor.contentEditable = 'true';
  editor.tabIndex = 0;
  document.body.append(editor);
  return {
    editor,
    anchor: document.body,
    readDraft: () => ({ draft: { text: editor.textContent ?? '', site: 'gmail' }, rangeFor: () => null }),
    onSend: () => {},
    optedOut: () => optedOut,
    protect: '',
    focus: () => editor.focus(),
  };
}

const adapterOf = (boxes: ComposeBox[]): SiteAdapter => ({
  site: 'gmail',
  watch: (_doc, onBox, signal) => {
    for (const box of boxes) onBox(box, signal);
  },
});

describe('a content script on its host', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    (fakeBrowser.runtime as { id: string }).id = 'clearsend-id';
    document.body.replaceChildren();
    opened.length = 0;
    await settingsItem.setValue(DEFAULT_SETTINGS);
    // The content script reads its settings from the background.
    handleMessages(settingsHandlers);
    deliverOwnMessages();
  });

  it('opens the panel of the compose box that has focus when the keyboard command arrives', async () => {
    const controller = new AbortController();
    const boxes = [composeBox('first'), composeBox('second')];
    await startChecker(adapterOf(boxes), controller.signal);
    // The settings arrive from the background a moment later; until then a box shows nothing.
    await new Promise((resolve) => setTimeout(resolve, 20));
    boxes[1]!.editor.focus();
    const answers = await fakeBrowser.runtime.onMessage.trigger(
      { clearsend: 1, type: 'openPanel', payload: {} },
      { id: 'clearsend-id' },
    );
    expect(answers).toContainEqual({ ok: true, value: { opened: true } });
    expect(opened).toEqual(['second']);
    endContentScript(controller);
  });

  it('leaves alone a box whose page opted out of writing checkers', async () => {
    const controller = new AbortController();
    const box = composeBox('secret', true);
    await startChecker(adapterOf([box]), controller.signal);
    box.editor.focus();
    const answers = await fakeBrowser.runtime.onMessage.trigger(
      { clearsend: 1, type: 'openPanel', payload: {} },
      { id: 'clearsend-id' },
    );
    expect(answers).toContainEqual({ ok: true, value: { opened: false } });
    expect(opened).toEqual([]);
    endContentScript(controller);
  });
  it("answers the popup's status question: boxes it checks, none missed", async () => {
    const controller = new AbortController();
    await startChecker(
      adapterOf([composeBox('one'), composeBox('two'), composeBox('off', true)]),
      controller.signal,
    );
    const answers = await fakeBrowser.runtime.onMessage.trigger(
      { clearsend: 1, type: 'tabStatus', payload: {} },
      { id: 'clearsend-id' },
    );
    expect(answers).toContainEqual({ ok: true, value: { boxes: 2, missedEditor: false } });
    endContentScript(controller);
  });

  it('says it found no compose box once the writer focused a text field on a page with none', async () => {
    const controller = new AbortController();
    await startChecker(adapterOf([]), controller.signal);
    const field = document.createElement('div');
    field.contentEditable = 'true';
    document.body.append(field);
    field.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    const answers = await fakeBrowser.runtime.onMessage.trigger(
      { clearsend: 1, type: 'tabStatus', payload: {} },
      { id: 'clearsend-id' },
    );
    expect(answers).toContainEqual({ ok: true, value: { boxes: 0, missedEditor: true } });
    endContentScript(controller);
  });
});

/** The extension goes away: WXT's context aborts, and the runtime confirms it (a page's abort alone is ignored). */
function endContentScript(controller: AbortController): void {
  (fakeBrowser.runtime as { id?: string }).id = undefined;
  controller.abort();
}
