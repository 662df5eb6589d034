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
  // `edited`: the user typed since the last reading. `latest`: the last reading of a page they edited.
  let edited = false;
  let latest: Unclocked | undefined;

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
      if (userActed()) edited = true;
    },
    { signal },
  );
  const view = box.editor.ownerDocument.defaultView;
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
      if (latest && latest.channel !== draft.channel) {
        record(latest);
        latest = undefined;
      }
      if (edited) latest = draft;
      edited = false;
    },
  };
}
