import { createAnalysisHandlers } from '../lib/checker/analysis-service';
import { startPanelCommand } from '../lib/checker/panel-command';
import { startReinjection } from '../lib/checker/reinject';
import { historyHandlers, startHistory } from '../lib/history/background';
import { handleMessages } from '../lib/messaging';
import { startPresetSubscriptions } from '../lib/presets/background';
import { startReviewMenu } from '../lib/review/background';

export default defineBackground(() => {
  handleMessages(createAnalysisHandlers());
  startPanelCommand();
  startReinjection();
  handleMessages(historyHandlers);
  startHistory();
  startReviewMenu();
  startPresetSubscriptions();
});
