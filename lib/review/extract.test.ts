import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../tests/helpers/fixture-pages';
import { extractPage, MAX_CHARS } from './extract';
import type { Extraction } from './types';

const extract = (file: string, url: string) =>
  extractPage(loadFixture(file, url), new Date('2031-03-08T09:00:00Z'));

function extracted(file: string, url: string): Extraction {
  const result = extract(file, url);
  if (!result.ok) throw new Error(`expected text from ${file}: ${result.message}`);
  return result;
}

describe('extractPage on an article', () => {
  const article = extracted('status-update.html', 'https://docs.example.com/platform/status-week-12');

  it('keeps the article and drops the navigation, sidebar and footer', () => {
    const all = article.blocks.map((block) => block.text).join('\n');
    expect(all).toContain('Priya, please send the final load-test results');
    expect(all).not.toContain('Platform home');
    expect(all).not.toContain('Privacy');
  });

  it('keeps each heading and list item as its own block, so sentences never run together', () => {
    expect(article.blocks).toContainEqual({ kind: 'heading', text: 'Database' });
    expect(article.blocks).toContainEqual({ kind: 'heading', text: 'Next steps' });
    expect(article.blocks).toContainEqual({
      kind: 'item',
      text: 'Sam, please book the cutover rehearsal with the support team by March 28, 2031.',
    });
  });

  it('names the document and when it was read', () => {
    expect(article.title).toContain('Platform migration');
    expect(article.source).toBe('article');
    expect(article.extractedAt).toBe('2031-03-08T09:00:00.000Z');
    expect(article.url).toBe('https://docs.example.com/platform/status-week-12');
  });

  it('leaves the live page untouched (Readability works on a clone)', () => {
    const doc = loadFixture('status-update.html', 'https://docs.example.com/platform/status-week-12');
    const before = doc.body.innerHTML;
    extractPage(doc);
    expect(doc.body.innerHTML).toBe(before);
  });
});

describe('extractPage on a very long document', () => {
  it('keeps whole blocks up to the cap and says it was cut', () => {
    const doc = loadFixture('status-update.html', 'https://docs.example.com/platform/status-week-12');
    const section = doc.querySelector('section');
    const paragraph = 'The nightly consistency check passed again without a single mismatch in any table. ';
    for (let index = 0; index < 1400; index++) {
      const p = doc.createElement('p');
      p.textContent = paragraph.repeat(2);
      section?.append(p);
    }
    const result = extractPage(doc);
    if (!result.ok) throw new Error(result.message);
    const length = result.blocks.reduce((sum, block) => sum + block.text.length + 2, 0);
    expect(result.truncated).toBe(true);
    expect(length).toBeLessThanOrEqual(MAX_CHARS);
    expect(length).toBeGreaterThan(MAX_CHARS - 400);
  });

  it('does not mark an ordinary page as cut', () => {
    expect(
      extracted('spec.html', 'https://docs.example.com/specs/export-history-csv').truncated,
    ).toBeUndefined();
  });
});

describe('extractPage on pages without main text', () => {
  it('says plainly that there is no main text on an app shell', () => {
    const result = extract('app-shell.html', 'https://app.example.com/dashboard');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/couldn't find the main text on this page/);
  });
});

// What each host's reader reads is pinned next to it (lib/hosts/gmail.test.ts, notion.test.ts); here, that the
// host's page gets its host's reader and the user's message when that reader finds nothing.
describe('extractPage on Gmail and Notion', () => {
  it('reads an open Gmail thread with the Gmail reader, titled by its subject', () => {
    const thread = extracted('gmail-thread.html', 'https://mail.google.com/mail/u/0/#inbox/FMfcgz');
    expect(thread.source).toBe('gmail');
    expect(thread.title).toBe('Vendor shortlist for the offsite');
    expect(thread.blocks[0]).toEqual({ kind: 'heading', text: 'Message 1 from Ana Ruiz' });
  });

  it('tells the user to open a thread when Gmail shows only the inbox', () => {
    const result = extract('app-shell.html', 'https://mail.google.com/mail/u/0/#inbox');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/Open a conversation in Gmail/);
  });

  it('reads a Notion page with the Notion reader, code blocks left out', () => {
    const page = extracted('notion-page.html', 'https://www.notion.so/acme/Launch-checklist-1a2b');
    expect(page.source).toBe('notion');
    expect(page.title).toBe('Launch checklist');
    expect(page.blocks.map((block) => block.text).join(' ')).not.toContain('deploy --prod');
  });

  it('tells the user to open a page when Notion shows none', () => {
    const result = extract('app-shell.html', 'https://www.notion.so/acme');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/Open a Notion page/);
  });

  it('uses the host readers on their own hosts only', () => {
    // Too little prose for an article: elsewhere, the same markup is not read as a Notion page.
    const result = extract('notion-page.html', 'https://docs.example.com/launch');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/couldn't find the main text/);
  });
});

describe('extractPage on a spec', () => {
  it('keeps the spec’s sections, questions and table cells apart', () => {
    const spec = extracted('spec.html', 'https://docs.example.com/specs/export-history-csv');
    const texts = spec.blocks.map((block) => block.text);
    expect(texts).toContain('Open questions');
    expect(texts).toContain('Lee, should the export include entries the user deleted from the report view?');
    expect(texts).toContain('score');
    expect(texts).not.toContain('Product specs');
  });
});
