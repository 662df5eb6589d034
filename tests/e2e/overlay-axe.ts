import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, NodeResult, Result } from 'axe-core';
import type { Page } from 'playwright-core';
import { inClosedRoots } from './closed-roots';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** What axe-core made of Clearsend's overlay on a page, and how the overlay was drawn. */
export interface OverlayAxe {
  /** One line per serious or critical violation: rule, impact, the node, and axe's own summary of the failure. */
  serious: string[];
  /** axe's results, every node in them inside one of our closed shadow roots. */
  results: Pick<AxeResults, 'passes' | 'violations' | 'incomplete'>;
  /** The open panel's overlay: its `data-theme` and the panel's background colour as drawn. */
  panel: { theme: string; background: string } | null;
}

/**
 * axe-core over the overlay the content scripts draw, in its closed shadow roots (reached as `closed-roots.ts`
 * reaches them): for the length of one axe run each root's host answers `shadowRoot` in the page's world, so axe's
 * flattened tree and its hit tests (colour contrast) descend into it. The property is removed before the call
 * returns; the product is not changed.
 */
export async function axeOverlay(page: Page): Promise<OverlayAxe> {
  await page.evaluate(AXE);
  const value = await inClosedRoots<Omit<OverlayAxe, 'serious'>>(page, RUN_AXE).catch((error: Error) => {
    throw new Error(`axe-core did not run: ${error.message}`);
  });
  return { ...value, serious: value.results.violations.filter(isSerious).flatMap(describeViolation) };
}

// Runs in the page's world with each closed root as an argument (a string: it is sent over the protocol). The
// panel scrolls, and axe leaves out what its scrollport clips, so colour contrast is run again at each scroll
// position until the panel's end has been in view; a node seen at several positions is counted once.
const RUN_AXE = `async function (...closed) {
  const roots = closed.filter((root) => [...root.children].some((child) => child.classList.contains('cs')));
  if (roots.length === 0) throw new Error('none of the closed shadow roots is an overlay');
  const hosts = roots.map((root) => root.host);
  for (const root of roots) Object.defineProperty(root.host, 'shadowRoot', { value: root, configurable: true });
  const panel = roots.map((root) => root.querySelector('.panel')).find(Boolean);
  const theme = panel?.closest('.cs')?.dataset.theme ?? '';
  const scrolledFrom = panel?.scrollTop ?? 0;
  const merged = { violations: new Map(), passes: new Map(), incomplete: new Map() };
  const keep = (into, { id, impact, help, nodes }) => {
    const rule = into.get(id) ?? { id, impact, help, nodes: [] };
    for (const { html, target, impact, failureSummary, any } of nodes) {
      if (rule.nodes.some((seen) => JSON.stringify(seen.target) === JSON.stringify(target))) continue;
      rule.nodes.push({ html, target, impact, failureSummary, any: any.map(({ id, data }) => ({ id, data })) });
    }
    into.set(id, rule);
  };
  try {
    const options = { resultTypes: ['violations', 'passes', 'incomplete'] };
    const step = panel ? Math.max(1, panel.clientHeight - 32) : 0;
    for (let top = 0, first = true; ; top += step, first = false) {
      if (panel) panel.scrollTop = top;
      const results = await axe.run({ include: hosts }, first ? options : { ...options, runOnly: ['color-contrast'] });
      for (const type of ['violations', 'passes', 'incomplete']) for (const rule of results[type]) keep(merged[type], rule);
      if (!panel || top >= panel.scrollHeight - panel.clientHeight) break;
    }
    // A node axe could not decide at one position but did at another (clipped at the scrollport's edge) is decided.
    for (const rule of merged.incomplete.values()) {
      const decided = [merged.passes.get(rule.id), merged.violations.get(rule.id)].flatMap((r) => r?.nodes ?? []);
      rule.nodes = rule.nodes.filter((node) => !decided.some((d) => JSON.stringify(d.target) === JSON.stringify(node.target)));
      if (rule.nodes.length === 0) merged.incomplete.delete(rule.id);
    }
    const list = (type) => [...merged[type].values()];
    return {
      results: { violations: list('violations'), passes: list('passes'), incomplete: list('incomplete') },
      panel: panel ? { theme, background: getComputedStyle(panel).backgroundColor } : null,
    };
  } finally {
    if (panel) panel.scrollTop = scrolledFrom;
    for (const host of hosts) delete host.shadowRoot;
  }
}`;

const isSerious = (v: Result) => v.impact === 'serious' || v.impact === 'critical';

/** `color-contrast (serious) on <p class="meta">Suggestion · …</p>: #c4c9ce on #ffffff, 1.66:1 (needs 4.5:1)` */
function describeViolation(v: Result): string[] {
  return v.nodes.map((node) => {
    const contrast = node.any.find((check) => check.id === 'color-contrast')?.data as
      | { fgColor?: string; bgColor?: string; contrastRatio?: number; expectedContrastRatio?: string }
      | undefined;
    const detail = contrast?.fgColor
      ? `${contrast.fgColor} on ${contrast.bgColor}, ${contrast.contrastRatio}:1 (needs ${contrast.expectedContrastRatio})`
      : (node.failureSummary ?? '').split('\n').slice(1).join(' ').trim();
    return `${v.id} (${v.impact}) on ${node.html.replace(/\s+/g, ' ').slice(0, 100)}: ${detail}`;
  });
}

/** Whether axe's answer for `rule` covers a node whose HTML matches `html`: a pass or a violation, not "can't tell". */
export function examined(results: OverlayAxe['results'], rule: string, html: RegExp): boolean {
  return [...results.passes, ...results.violations]
    .filter((r) => r.id === rule)
    .some((r) => r.nodes.some((node: NodeResult) => html.test(node.html)));
}
