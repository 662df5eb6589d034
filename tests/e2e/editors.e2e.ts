import { afterAll, beforeAll, describe } from 'vitest';
import { type EditorUnderTest, editorSuite, launchWithSiteOn } from './editor-suite';
import { TWICE } from './harness';

// Each editor family on the page of a site the user turned on (tests/fixtures/editors/, README § editors).
const FAMILIES: EditorUnderTest[] = [
  { page: 'textarea', editor: '#new_comment_field', send: { key: 'Control+Enter' }, newline: 'Enter' },
  { page: 'contenteditable', editor: '.compose .body', send: { click: '.compose .send' }, newline: 'Enter' },
  { page: 'prosemirror', editor: '.ProseMirror', send: { click: 'form.reply .send' }, newline: 'Enter' },
];

for (const family of FAMILIES)
  describe(`${family.page} on a site the user turned on (Chromium)`, TWICE, () => {
    let browser: Awaited<ReturnType<typeof launchWithSiteOn>>;
    beforeAll(async () => {
      browser = await launchWithSiteOn(family);
    });
    afterAll(() => browser?.close());
    editorSuite(family, () => browser);
  });
