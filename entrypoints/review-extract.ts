import { extractPage } from '../lib/review/extract';

// Injected into the tab only when the user asks for a review (activeTab + scripting); its result is the
// value `scripting.executeScript` hands back to the background.
export default defineUnlistedScript(() => extractPage(document));
