import { analysisHandlers } from '../lib/checker/analysis-service';
import { startPanelCommand } from '../lib/checker/panel-command';
import { handleMessages } from '../lib/messaging';
import { startPresetSubscriptions } from '../lib/presets/background';
import { startReviewMenu } from '../lib/review/background';

export default defineBackground(() => {
  handleMessages(analysisHandlers);
  startPanelCommand();
  startReviewMenu();
  startPresetSubscriptions();
});
