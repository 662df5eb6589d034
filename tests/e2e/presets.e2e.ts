import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { strictAsync } from '../../lib/presets/builtin/strict-async';
import { presetToJson } from '../../lib/presets/export';
import { HOST_URLS } from '../fixtures/routes';
import { launchWithExtension, REPEATS, type Session, typeLikeUser } from './harness';
import { markCounts, openPanel, waitForBadge } from './overlay';
import { openPopupFor } from './popup';

const require = createRequire(import.meta.url);

interface AxeResults {
  violations: { id: string; impact?: string | null; nodes: { html: string }[] }[];
}

const EDITOR = '[role="dialog"] [g_editable="true"]';
// An owner and a named date, but a time with no timezone: Balanced lets it pass, Strict async does not.
const TIMED_ASK = 'Priya, can you send me the launch numbers by 4 December 2026 at 3pm?';
// Longer than the checker's idle pause, so the badge shows the verdict on the whole draft.
const SETTLE_MS = 1200;

async function typeTimedAsk(session: Session): Promise<Page> {
  const page = await session.openHost(HOST_URLS.gmailInbox);
  await typeLikeUser(page, EDITOR, TIMED_ASK);
  await page.waitForTimeout(SETTLE_MS);
  return page;
}

/** Chooses Balanced in the options page, as a user would, so each test starts from the default. */
async function useBalanced(session: Session): Promise<Page> {
  const options = await session.extensionPage('options.html');
  await options.getByRole('radio', { name: 'Balanced' }).check();
  await expect.poll(() => activeName(options)).toBe('Balanced');
  return options;
}

async function activeName(options: Page): Promise<string> {
  return (await options.locator('.active-name').textContent()) ?? '';
}

describe('presets in the options page', REPEATS, () => {
  let session: Session;
  let dir: string;
  beforeAll(async () => {
    session = await launchWithExtension();
    dir = mkdtempSync(join(tmpdir(), 'clearsend-presets-e2e-'));
  });
  afterAll(() => session?.close());

  it('a bad preset is refused with the path of the bad field, and nothing changes', async () => {
    const options = await useBalanced(session);
    await expect.poll(() => activeName(options)).toBe('Balanced');
    await options
      .getByLabel("Or paste a share code or the preset's JSON")
      .fill('{"clearsend":1,"name":"Team","rules":{"no-owner":"loud"}}');
    await options.getByRole('button', { name: 'Import pasted preset' }).click();
    await expect
      .poll(() => options.getByRole('alert').first().textContent())
      .toMatch(
        /Not imported, nothing changed\. rules\.no-owner: expected "off" \| "info" \| "warning" \| "error"/,
      );
    expect(await activeName(options)).toBe('Balanced');
    await options.close();
  });

  it('importing "Strict async" turns the Gmail note about a time with no timezone into a warning; the popup names it', async () => {
    await (await useBalanced(session)).close();
    const before = await typeTimedAsk(session);
    // Balanced only notes it (a dotted info mark); nothing asks the writer to fix it.
    await expect.poll(() => markCounts(before)).toEqual({ 'clearsend-info': 1 });
    await before.close();

    const file = join(dir, 'strict-async.json');
    writeFileSync(file, presetToJson(strictAsync));
    const options = await session.extensionPage('options.html');
    await options.getByLabel('Import a preset file (.json), or drop one here').setInputFiles(file);
    await expect
      .poll(() => options.getByRole('status').first().textContent())
      .toContain('“Strict async” imported and now active.');
    await expect.poll(() => activeName(options)).toBe('Strict async');
    await options.close();

    const after = await typeTimedAsk(session);
    const badge = await waitForBadge(after, /^Clearsend: 1 suggestion,/);
    await expect.poll(() => markCounts(after)).toEqual({ 'clearsend-warning': 1 });
    expect((await openPanel(after, badge)).join('\n')).toMatch(/no timezone/i);
    await after.keyboard.press('Escape');

    const popup = await openPopupFor(session, after);
    await expect.poll(() => popup.locator('.preset').textContent()).toBe('Preset: Strict async');
    await popup.close();
    await after.close();
  });

  it('the options page has no serious accessibility problems (axe-core)', async () => {
    const options = await useBalanced(session);
    await options.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
    const violations = await options.evaluate(async () => {
      const axe = (globalThis as unknown as { axe: { run(c: Document): Promise<AxeResults> } }).axe;
      const results = await axe.run(document);
      return results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(', ')}`);
    });
    expect(violations).toEqual([]);
    await options.close();
  });

  it('exports the active preset as a file and a share code that import back', async () => {
    const options = await session.extensionPage('options.html');
    const active = options.locator('.preset.active');
    const download = options.waitForEvent('download');
    await active.getByRole('button', { name: /^Export file: / }).click();
    const saved = await (await download).path();
    const exported = JSON.parse(readFileSync(saved, 'utf8'));
    expect(exported).toMatchObject({ clearsend: 1, name: await activeName(options) });

    await options
      .locator('.preset[data-preset="builtin:exec-brief"]')
      .getByRole('button', { name: /^Copy share code/ })
      .click();
    const code = await options.locator('.share-code textarea').inputValue();
    expect(code).toMatch(/^clearsend1:[A-Za-z0-9_-]+$/);
    await options.getByLabel("Or paste a share code or the preset's JSON").fill(code);
    await options.getByRole('button', { name: 'Import pasted preset' }).click();
    await expect.poll(() => activeName(options)).toBe('Exec brief');
    expect(session.offHostRequests).toEqual([]);
    await options.close();
  });
});
