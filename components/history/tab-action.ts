import type { JSX } from 'preact';
import type { SiteOrigin } from '../../lib/analysis/types';

/** What a popup action knows about the tab the popup was opened on. */
export interface TabContext {
  tabId?: number;
  url?: string;
  /** The sites the user turned Clearsend on for (null until read), and how to tell the popup one was added. */
  userSites?: readonly SiteOrigin[] | null;
  onUserSites?(sites: SiteOrigin[]): void;
}

/** One button about the current tab; a feature declares its own and `POPUP_ACTIONS` lists them. */
export interface PopupAction {
  id: string;
  render: (tab: TabContext) => JSX.Element | null;
}
