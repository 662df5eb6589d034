import type { Draft } from '../analysis/types';
import type { ComposeBox } from '../hosts/types';

type Unclocked = Omit<Draft, 'now'>;

export interface LeaveWatch {
  /** Each fresh reading of the box: a new page title means the user moved on from the one before. */
  seen(draft: Unclocked): void;
}

/**
 * Where there is no send (a Notion page), a page the user edited is recorded when they leave it: another
 * page opens in the same editor, the editor goes away, the tab is hidden or closed. Only the user's own typing
 * counts as an edit (`userActed`: the event being handled is trusted), so a page editing itself records
 * nothing. History keeps one entry per page per day (`entryKey`), rewritten by each later visit.
 */
export function recordOnLeave(
  box: ComposeBox,
  record: (draft: Unclocked) => void,
  userActed: () => boolean,
  signal: AbortSignal,
): LeaveWatch {
  // `edited`: the user typed since the last reading, at address `editedAt`. `latest`: the last reading of a
  // page they edited. `lastSeen`: the last reading of any page, and the address it was read at.
  let edited = false;
  let editedAt = '';
  let latest: Unclocked | undefined;
  let lastSeen: { draft: Unclocked; at: string } | undefined;
  const view = box.editor.ownerDocument.defaultView;
  const address = () => view?.location.href ?? '';

  const flush = () => {
    if (latest) record(latest);
    edited = false;
    latest = undefined;
  };
  const leave = () => {
    if (edited && box.editor.isConnected) latest = box.readDraft().draft;
    flush();
  };

  box.editor.addEventListener(
    'input',
    () => {
      if (userActed()) {
        edited = true;
        editedAt = address();
      }
    },
    { signal },
  );
  view?.addEventListener('pagehide', leave, { signal });
  box.editor.ownerDocument.addEventListener(
    'visibilitychange',
    () => {
      if (box.editor.ownerDocument.visibilityState === 'hidden') leave();
    },
    { signal },
  );
  // The box went away (the editor was replaced): what it last showed is the page the user left.
  signal.addEventListener('abort', flush, { once: true });

  return {
    seen(draft) {
      if (lastSeen && lastSeen.draft.channel !== draft.channel) {
        // The user moved on. Typing they did before opening this page (a click away within the idle pause,
        // before any reading of it) belongs to the page they left; its last reading stands in for it.
        if (edited && editedAt === lastSeen.at) {
          latest ??= lastSeen.draft;
          edited = false;
        }
        if (latest) record(latest);
        latest = undefined;
      }
      if (edited) latest = draft;
      edited = false;
      lastSeen = { draft, at: address() };
    },
  };
}
