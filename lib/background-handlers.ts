import { createAnalysisHandlers } from './checker/analysis-service';
import { historyHandlers } from './history/background';
import { combineHandlers, type Handlers } from './messaging';
import { reviewHandlers } from './review/background';
import { settingsHandlers } from './settings/background';
import { userSiteHandlers } from './user-sites/background';

/** Every message the background answers, from one router: each part names the types it handles, once. */
export function backgroundHandlers(): Handlers {
  return combineHandlers(
    createAnalysisHandlers(),
    historyHandlers,
    reviewHandlers,
    settingsHandlers,
    userSiteHandlers,
  );
}
