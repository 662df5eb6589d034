// The host element carries no id, class, data or text: only our tag name (which the controller's mutation
// observer uses to ignore our own insertions) and positioning. Everything else is behind the closed root.
const HOST_STYLE: Record<string, string> = {
  all: 'initial',
  display: 'block',
  position: 'fixed',
  top: '0',
  left: '0',
  width: '0',
  height: '0',
  overflow: 'visible',
  'z-index': '2147483647',
  'pointer-events': 'none',
};

/**
 * Our element goes right after the editor (outside every contenteditable, so typing can never reach it),
 * with a closed shadow root the host page's scripts cannot open.
 */
export function mountHost(editor: HTMLElement): { host: HTMLElement; root: ShadowRoot; reattach(): void } {
  const host = editor.ownerDocument.createElement('clearsend-overlay');
  for (const [property, value] of Object.entries(HOST_STYLE))
    host.style.setProperty(property, value, 'important');
  const root = host.attachShadow({ mode: 'closed' });
  const reattach = () => {
    if (host.isConnected || !editor.isConnected) return;
    let outer = editor;
    while (outer.parentElement?.isContentEditable) outer = outer.parentElement;
    if (outer.parentElement) outer.after(host);
    else editor.ownerDocument.body.append(host);
  };
  reattach();
  return { host, root, reattach };
}

/** Where our fixed, zero-size host really sits: not (0, 0) when a transformed ancestor contains it. */
export function originOf(host: HTMLElement): { x: number; y: number } {
  const rect = host.getBoundingClientRect();
  return { x: rect.left, y: rect.top };
}
