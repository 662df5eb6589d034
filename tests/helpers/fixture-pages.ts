import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Window } from 'happy-dom';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/article');

/** `file` is relative to tests/fixtures/article (e.g. '../gmail/inbox.html' for a host fixture). */

/** A committed fixture page loaded as a document at the URL it is served from (tests only). */
export function loadFixture(file: string, url: string): Document {
  const window = new Window({ url });
  window.document.write(readFileSync(resolve(FIXTURES, file), 'utf8'));
  return window.document as unknown as Document;
}
