// The host element carries no id, class, data or text: only positioning. Everything else is behind the closed root.
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

// Our own insertions, known by identity: a name or attribute the page can read, the page can also copy.
const ours = new WeakSet<Node>();

/** Whether `node` is an element we put in the page (the controller's mutation observer skips those). */
export function isOurs(node: Node): boolean {
  return ours.has(node);
}

/**
 * Our element goes right after the editor (outside every contenteditable, so typing can never reach it),
 * with a closed shadow root the host page's scripts cannot open. It is a plain `div`: a custom element name
 * would let a page that defined that name first run its own constructor on our element and take the closed
 * root through `attachInternals()` (issue 15). No page can upgrade a `div`.
 */
export function mountHost(editor: HTMLElement): { host: HTMLElement; root: ShadowRoot; reattach(): void } {
  const host = editor.ownerDocument.createElement('div');
  ours.add(host);
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
