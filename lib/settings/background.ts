import type { Handlers } from '../messaging';
import { settingsItem } from './item';

/**
 * The content scripts' view of the settings: they ask here rather than read storage themselves, so the storage
 * library and its migrations stay out of every page's bundle, and only extension code writes settings.
 */
export const settingsHandlers: Handlers = {
  settings: () => settingsItem.getValue(),
  setRuleOff: async ({ ruleId, off }) => {
    const current = await settingsItem.getValue();
    const others = current.disabledRules.filter((id) => id !== ruleId);
    const disabledRules = off ? [...others, ruleId] : others;
    await settingsItem.setValue({ ...current, disabledRules });
    return { disabledRules };
  },
};
