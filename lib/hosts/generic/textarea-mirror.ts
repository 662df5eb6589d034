import { HIGHLIGHT_CSS } from '../../overlay/marks';
import { mountHost, originOf } from '../../overlay/mount';

// The CSS Highlight API marks text in the DOM, and a textarea's text is not in the DOM. So the text is copied
// into a mirror with the textarea's own metrics, laid exactly over it inside our closed shadow root (never in the
// page's DOM), transparent and click-through: its ranges are where the textarea's words are drawn, and the marks
// painted on them show over the textarea's text. The same trick as textarea-caret-position / Grammarly's.
const COPIED = [
  'boxSizing',
  'fontFamily',
  'fontSize',
  'fontStyle',
  'fontVariant',
  'fontWeight',
  'fontStretch',
  'letterSpacing',
  'lineHeight',
  'textAlign',
  'textIndent',
  'textTransform',
  'wordSpacing',
  'tabSize',
  'direction',
  'paddingTop',
  'paddingRight',
  'paddingBottom',
  'paddingLeft',
  'borderTopWidth',
  'borderRightWidth',
  'borderBottomWidth',
  'borderLeftWidth',
] as const;

export interface TextareaMirror {
  /** The mirror's range for [start, end) of the textarea's current value; null when `value` is no longer it. */
  rangeFor(value: string, start: number, end: number): Range | null;
}

export function createTextareaMirror(textarea: HTMLTextAreaElement, signal: AbortSignal): TextareaMirror {
  const doc = textarea.ownerDocument;
  const { host, root, reattach } = mountHost(textarea);
  const style = doc.createElement('style');
  // ::highlight() rules reach only text in the tree the sheet belongs to: the mirror's text is in ours.
  style.textContent = `${HIGHLIGHT_CSS}\n.mirror { position: absolute; margin: 0; overflow: hidden; color: transparent; white-space: pre-wrap; overflow-wrap: break-word; border-style: solid; border-color: transparent; pointer-events: none; }`;
  const mirror = doc.createElement('div');
  mirror.className = 'mirror';
  mirror.setAttribute('aria-hidden', 'true');
  const text = doc.createTextNode('');
  mirror.append(text);
  root.append(style, mirror);

  const place = () => {
    reattach();
    const computed = doc.defaultView?.getComputedStyle(textarea);
    if (!computed) return;
    for (const property of COPIED) mirror.style[property] = computed[property];
    const rect = textarea.getBoundingClientRect();
    const origin = originOf(host);
    // A scrollbar takes width from the text: the mirror wraps where the textarea does.
    const scrollbar = textarea.offsetWidth - textarea.clientWidth - borders(computed);
    mirror.style.paddingRight = `${Number.parseFloat(computed.paddingRight) + Math.max(0, scrollbar)}px`;
    Object.assign(mirror.style, {
      left: `${rect.left - origin.x}px`,
      top: `${rect.top - origin.y}px`,
      width: `${rect.width}px`,
      height: `${rect.height}px`,
    });
    mirror.scrollTop = textarea.scrollTop;
    mirror.scrollLeft = textarea.scrollLeft;
  };
  let frame = 0;
  const schedule = () => {
    if (frame || signal.aborted) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      place();
    });
  };
  textarea.addEventListener('scroll', schedule, { passive: true, signal });
  doc.addEventListener('scroll', schedule, { capture: true, passive: true, signal });
  doc.defaultView?.addEventListener('resize', schedule, { signal });
  const resizes = typeof ResizeObserver === 'function' ? new ResizeObserver(schedule) : null;
  resizes?.observe(textarea);
  signal.addEventListener(
    'abort',
    () => {
      if (frame) cancelAnimationFrame(frame);
      resizes?.disconnect();
      host.remove();
    },
    { once: true },
  );

  return {
    rangeFor(value, start, end) {
      if (signal.aborted || textarea.value !== value || start < 0 || end < start || end > value.length)
        return null;
      // A trailing newline has no line box of its own in a div unless something follows it.
      const shown = `${value}\u200b`;
      if (text.data !== shown) text.data = shown;
      place();
      const range = doc.createRange();
      range.setStart(text, start);
      range.setEnd(text, end);
      return range;
    },
  };
}

function borders(computed: CSSStyleDeclaration): number {
  return Number.parseFloat(computed.borderLeftWidth) + Number.parseFloat(computed.borderRightWidth);
}
