export interface ObserveOptions {
  signal: AbortSignal;
  /** Where to look; the whole document when absent. */
  root?: ParentNode & Node;
  /**
   * Attributes whose changes can make an element start or stop matching (e.g. `contenteditable`). Off by default:
   * hosts restyle constantly and watching every attribute would cost on each keystroke.
   */
  attributes?: string[];
}

/**
 * Calls `callback` once for every element matching `selector` now and every one added later, with a signal that
 * aborts when that element leaves the DOM (or stops matching a watched attribute) or when `options.signal` aborts.
 * Driven by a MutationObserver: no polling. A throwing callback is contained so one bad element cannot stop the rest.
 */
export function observe(
  selector: string,
  callback: (element: Element, signal: AbortSignal) => void,
  options: ObserveOptions,
): void {
  const { signal } = options;
  if (signal.aborted) return;
  const root = options.root ?? document;
  const live = new Map<Element, AbortController>();

  const start = (element: Element) => {
    if (live.has(element) || !element.matches(selector)) return;
    const controller = new AbortController();
    live.set(element, controller);
    try {
      callback(element, controller.signal);
    } catch {
      // Stay out of the host's way: an element we cannot handle is simply left alone.
    }
  };
  const stop = (element: Element) => {
    live.get(element)?.abort();
    live.delete(element);
  };
  const scan = (node: Node) => {
    if (!isElement(node)) return;
    start(node);
    for (const element of node.querySelectorAll(selector)) start(element);
  };

  const observer = new MutationObserver((records) => {
    if (records.some((record) => record.removedNodes.length > 0)) {
      for (const element of [...live.keys()]) if (!root.contains(element)) stop(element);
    }
    for (const record of records) {
      if (record.type === 'attributes' && isElement(record.target)) {
        const element = record.target;
        if (live.has(element) && !element.matches(selector)) stop(element);
        else scan(element);
      }
      for (const node of record.addedNodes) if (root.contains(node)) scan(node);
    }
  });
  observer.observe(root, {
    childList: true,
    subtree: true,
    ...(options.attributes ? { attributes: true, attributeFilter: options.attributes } : {}),
  });
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      for (const element of [...live.keys()]) stop(element);
    },
    { once: true },
  );

  if (isElement(root)) scan(root);
  else for (const element of root.querySelectorAll(selector)) start(element);
}

// nodeType, not instanceof: nodes from another realm (an iframe, the content script's world) fail instanceof.
function isElement(node: Node): node is Element {
  return node.nodeType === 1;
}
