import { analysisHandlers } from '../lib/checker/analysis-service';
import { startPanelCommand } from '../lib/checker/panel-command';
import { handleMessages } from '../lib/messaging';
import { startReviewMenu } from '../lib/review/background';

export default defineBackground(() => {
  handleMessages(analysisHandlers);
  startPanelCommand();
  startReviewMenu();
});
