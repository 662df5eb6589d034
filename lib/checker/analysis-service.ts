import { browser } from 'wxt/browser';
import { analyze } from '../analysis/analyze';
import type { AnalysisConfig, Draft } from '../analysis/types';
import type { Handlers } from '../messaging';
import { activeConfigFor } from '../settings';

/**
 * The background half of checking: compose boxes send their drafts here, so the NLP work runs in the extension's
 * own context and never on the host page's thread. The settings a draft is analysed with are resolved once per
 * site and kind, and again only when stored settings, presets or the policy change — not on every pause in typing.
 */
export function createAnalysisHandlers(): Handlers {
  const configs = new Map<string, Promise<AnalysisConfig>>();
  browser.storage.onChanged.addListener(() => configs.clear());
  const configFor = ({ site, kind }: Draft): Promise<AnalysisConfig> => {
    const key = `${site}:${kind ?? ''}`;
    let config = configs.get(key);
    if (!config) {
      config = activeConfigFor({ site, kind });
      configs.set(key, config);
      config.catch(() => configs.delete(key));
    }
    return config;
  };
  return {
    analyze: async ({ draft }) => {
      const config = await configFor(draft);
      return { ...analyze(draft, config), ...(config.weights ? { weights: config.weights } : {}) };
    },
    // Receiving it is the point: a sleeping worker starts (and loads the engine) while the writer types.
    wake: () => ({ awake: true }),
  };
}
