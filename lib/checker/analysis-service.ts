import { analyze } from '../analysis/analyze';
import type { Handlers } from '../messaging';
import { activeConfigFor } from '../settings';

/**
 * The background half of checking: compose boxes send their drafts here, so the NLP work runs in the extension's
 * own context and never on the host page's thread.
 */
export const analysisHandlers: Handlers = {
  analyze: async ({ draft }) => analyze(draft, await activeConfigFor({ site: draft.site, kind: draft.kind })),
  // Receiving it is the point: a sleeping worker starts (and loads the engine) while the writer types.
  wake: () => ({ awake: true }),
};
