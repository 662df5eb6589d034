import { afterAll, beforeAll, describe } from 'vitest';
import { type EditorUnderTest, editorSuite, launchWithSiteOn } from './editor-suite';
import { TWICE } from './harness';

// Each editor family on the page of a site the user turned on (tests/fixtures/editors/, README § editors).
// CLEARSEND_EDITORS=quill,slate runs only those.
const FAMILIES: EditorUnderTest[] = [
  { page: 'textarea', editor: '#new_comment_field', send: { key: 'Control+Enter' }, newline: 'Enter' },
  { page: 'contenteditable', editor: '.compose .body', send: { click: '.compose .send' }, newline: 'Enter' },
  { page: 'prosemirror', editor: '.ProseMirror', send: { click: 'form.reply .send' }, newline: 'Enter' },
  { page: 'lexical', editor: '[data-lexical-editor]', send: { key: 'Enter' }, newline: 'Shift+Enter' },
  { page: 'quill', editor: '.ql-editor', send: { key: 'Enter' }, newline: 'Shift+Enter' },
  {
    page: 'ckeditor5',
    editor: '.ck-editor__editable',
    // the form's own submit button: the toolbar's Bold button comes first in the form
    send: { click: 'form.post button[type="submit"]' },
    newline: 'Enter',
  },
  { page: 'slate', editor: '[data-slate-editor]', send: { key: 'Control+Enter' }, newline: 'Enter' },
  { page: 'draftjs', editor: '.public-DraftEditor-content', send: { key: 'Enter' }, newline: 'Shift+Enter' },
];

const only = process.env.CLEARSEND_EDITORS?.split(',');
for (const family of FAMILIES.filter((f) => !only || only.includes(f.page)))
  describe(`${family.page} on a site the user turned on (Chromium)`, TWICE, () => {
    let browser: Awaited<ReturnType<typeof launchWithSiteOn>>;
    beforeAll(async () => {
      browser = await launchWithSiteOn(family);
    });
    afterAll(() => browser?.close());
    editorSuite(family, () => browser);
  });
