export type Theme = 'light' | 'dark';

const DARK_SCHEME = '(prefers-color-scheme: dark)';

/**
 * Light or dark to match the compose area, not the OS: Slack and Gmail have their own dark themes.
 * The first opaque background from the anchor upwards decides; the OS preference when there is none.
 */
export function themeFor(anchor: Element): Theme {
  const view = anchor.ownerDocument.defaultView;
  if (!view) return 'light';
  for (let node: Element | null = anchor; node; node = node.parentElement) {
    const rgb = parseColor(view.getComputedStyle(node).backgroundColor);
    if (rgb && rgb.alpha > 0.5)
      return (0.2126 * rgb.r + 0.7152 * rgb.g + 0.0722 * rgb.b) / 255 < 0.45 ? 'dark' : 'light';
  }
  return view.matchMedia?.(DARK_SCHEME).matches ? 'dark' : 'light';
}

/**
 * Calls `listener` each time the OS switches between light and dark, until `signal` aborts. The host's own media
 * queries repaint it at that moment, so what is on screen must follow then, not at the writer's next keystroke. Removed by hand: happy-dom's MediaQueryList ignores `signal`.
 */
export function onSchemeChange(view: Window | null, listener: () => void, signal: AbortSignal): void {
  const schemes = view?.matchMedia?.(DARK_SCHEME);
  if (!schemes || signal.aborted) return;
  schemes.addEventListener('change', listener);
  signal.addEventListener('abort', () => schemes.removeEventListener('change', listener), { once: true });
}

/** What a host changes on <html> or <body> to switch its own theme: a class, an inline style, a theme attribute. */
const THEME_ATTRIBUTES = ['class', 'style', 'data-theme', 'data-color-mode'];

/**
 * Calls `listener` each time the page may have switched its own theme (Slack's and Gmail's dark modes are the
 * page's, not the OS's), until `signal` aborts: the host repaints the compose area then, and what is on screen must
 * follow at once, as with `onSchemeChange`. Only those attributes of <html>, <body> and the site's own `holder` of
 * its theme (Notion's app element, named by its adapter) are watched, not the page.
 */
export function onHostThemeChange(
  doc: Document,
  listener: () => void,
  signal: AbortSignal,
  holder?: Element | null,
): void {
  if (signal.aborted || typeof MutationObserver !== 'function') return;
  const observer = new MutationObserver(listener);
  for (const element of [doc.documentElement, doc.body, holder])
    if (element) observer.observe(element, { attributes: true, attributeFilter: THEME_ATTRIBUTES });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}

function parseColor(value: string): { r: number; g: number; b: number; alpha: number } | null {
  const match = /rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+)(%?))?\s*\)/.exec(value);
  if (!match) return null;
  const [, r, g, b, a, percent] = match;
  const alpha = a === undefined ? 1 : Number(a) / (percent ? 100 : 1);
  return { r: Number(r), g: Number(g), b: Number(b), alpha };
}
