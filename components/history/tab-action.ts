import type { JSX } from 'preact';

/** What a popup action knows about the tab the popup was opened on. */
export interface TabContext {
  tabId?: number;
  url?: string;
}

/** One button about the current tab; a feature declares its own and `POPUP_ACTIONS` lists them. */
export interface PopupAction {
  id: string;
  render: (tab: TabContext) => JSX.Element | null;
}
