import { HIGHLIGHT_CSS } from '../../overlay/marks';
import { mountHost, originOf } from '../../overlay/mount';

// The CSS Highlight API marks text in the DOM, and a textarea's or a text field's text is not in the DOM. So the
// text is copied into a mirror with the field's own metrics, laid exactly over it inside our closed shadow root
// (never in the page's DOM), transparent and click-through: its ranges are where the field's words are drawn, and
// the marks painted on them show over the field's text. The same trick as textarea-caret-position / Grammarly's.
// The mirror is sized from the field's border box, so it is border-box whatever the field's own box-sizing.
const COPIED = [
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

export interface FieldMirror {
  /** The mirror's range for [start, end) of the field's current value; null when `value` is no longer it. */
  rangeFor(value: string, start: number, end: number): Range | null;
}

type Field = HTMLTextAreaElement | HTMLInputElement;

export function createFieldMirror(field: Field, signal: AbortSignal): FieldMirror {
  const doc = field.ownerDocument;
  const { host, root, reattach } = mountHost(field);
  // A text field is one line that scrolls sideways: its text never wraps, and sits in the middle of its height.
  const oneLine = field instanceof HTMLInputElement;
  const style = doc.createElement('style');
  // ::highlight() rules reach only text in the tree the sheet belongs to: the mirror's text is in ours.
  style.textContent = `${HIGHLIGHT_CSS}\n.mirror { position: absolute; box-sizing: border-box; margin: 0; overflow: hidden; color: transparent; white-space: ${oneLine ? 'pre' : 'pre-wrap'}; overflow-wrap: ${oneLine ? 'normal' : 'break-word'}; border-style: solid; border-color: transparent; pointer-events: none; }`;
  const mirror = doc.createElement('div');
  mirror.className = 'mirror';
  mirror.setAttribute('aria-hidden', 'true');
  const text = doc.createTextNode('');
  mirror.append(text);
  root.append(style, mirror);

  const place = () => {
    reattach();
    const computed = doc.defaultView?.getComputedStyle(field);
    if (!computed) return;
    for (const property of COPIED) mirror.style[property] = computed[property];
    const rect = field.getBoundingClientRect();
    const origin = originOf(host);
    // The one line's box fills the field's content height, so its text is centred as the field centres its own.
    if (oneLine) mirror.style.lineHeight = `${Math.max(0, field.clientHeight - paddings(computed))}px`;
    // A scrollbar takes width from the text: the mirror wraps where the textarea does.
    const scrollbar = field.offsetWidth - field.clientWidth - borders(computed);
    mirror.style.paddingRight = `${Number.parseFloat(computed.paddingRight) + Math.max(0, scrollbar)}px`;
    Object.assign(mirror.style, {
      left: `${rect.left - origin.x}px`,
      top: `${rect.top - origin.y}px`,
      width: `${rect.width}px`,
      height: `${rect.height}px`,
    });
    mirror.scrollTop = field.scrollTop;
    mirror.scrollLeft = field.scrollLeft;
  };
  let frame = 0;
  const schedule = () => {
    if (frame || signal.aborted) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      place();
    });
  };
  field.addEventListener('scroll', schedule, { passive: true, signal });
  // A text field scrolls its line to keep the caret in view as it is typed in, with no scroll event in some engines.
  if (oneLine) field.addEventListener('input', schedule, { signal });
  doc.addEventListener('scroll', schedule, { capture: true, passive: true, signal });
  doc.defaultView?.addEventListener('resize', schedule, { signal });
  const resizes = typeof ResizeObserver === 'function' ? new ResizeObserver(schedule) : null;
  resizes?.observe(field);
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
      if (signal.aborted || field.value !== value || start < 0 || end < start || end > value.length)
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

function paddings(computed: CSSStyleDeclaration): number {
  return Number.parseFloat(computed.paddingTop) + Number.parseFloat(computed.paddingBottom);
}
