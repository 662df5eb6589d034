import type { PopupAction } from '../history/tab-action';
import { ReviewPageButton } from './review-page-button';

/** "Review this page" for the popup's list of tab actions (`POPUP_ACTIONS`). */
export const reviewPageAction: PopupAction = {
  id: 'review-page',
  render: (tab) => <ReviewPageButton tabId={tab.tabId} />,
};
