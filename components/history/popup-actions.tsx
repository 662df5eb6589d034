import { reviewPageAction } from '../review/review-page-action';
import { checkSiteAction } from '../user-sites/check-site-action';
import type { PopupAction, TabContext } from './tab-action';

/**
 * Buttons about the current tab, in order. Other features add theirs here (e.g. "Review this page");
 * the popup shows the list under the site status and hides it when empty.
 */
export const POPUP_ACTIONS: PopupAction[] = [checkSiteAction, reviewPageAction];

export function PopupActions({ tab, actions = POPUP_ACTIONS }: { tab: TabContext; actions?: PopupAction[] }) {
  const items = actions.map((action) => ({ id: action.id, node: action.render(tab) })).filter((a) => a.node);
  if (!items.length) return null;
  return (
    <ul class="popup-actions">
      {items.map((item) => (
        <li key={item.id}>{item.node}</li>
      ))}
    </ul>
  );
}
