import { backgroundHandlers } from '../lib/background-handlers';
import { startPanelCommand } from '../lib/checker/panel-command';
import { startReinjection } from '../lib/checker/reinject';
import { startHistory } from '../lib/history/background';
import { handleMessages } from '../lib/messaging';
import { startPresetSubscriptions } from '../lib/presets/background';
import { startReviewMenu } from '../lib/review/background';
import { reconcileUserSiteScripts } from '../lib/user-sites/reconcile';

export default defineBackground(() => {
  handleMessages(backgroundHandlers());
  startPanelCommand();
  // After an update (which takes registered scripts away, not the grants): each site the user granted is
  // registered again with the script this release gives it, then the open tabs get theirs.
  startReinjection({ beforeReinject: reconcileUserSiteScripts });
  startHistory();
  startReviewMenu();
  startPresetSubscriptions();
});
