import { backgroundHandlers } from '../lib/background-handlers';
import { startPanelCommand } from '../lib/checker/panel-command';
import { startReinjection } from '../lib/checker/reinject';
import { startHistory } from '../lib/history/background';
import { handleMessages } from '../lib/messaging';
import { startPresetSubscriptions } from '../lib/presets/background';
import { startReviewMenu } from '../lib/review/background';

export default defineBackground(() => {
  handleMessages(backgroundHandlers());
  startPanelCommand();
  startReinjection();
  startHistory();
  startReviewMenu();
  startPresetSubscriptions();
});
