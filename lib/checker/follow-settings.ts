import { browser } from 'wxt/browser';
import { sendMessage } from '../messaging';
import type { Settings } from '../settings/item';
import { SETTINGS_KEY } from '../settings/key';

/**
 * The settings from the background, and again whenever they change (the options page, the popup's pause, a card's
 * "Turn off this rule"). The change event only says that they changed: the background reads them, migrated.
 */
export async function followSettings(
  onChange: (settings: Settings) => void,
  signal: AbortSignal,
): Promise<Settings> {
  let asked = 0;
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
    // Two changes in a row: only the answer to the last question counts.
    const mine = ++asked;
    void sendMessage('settings', {}).then(
      (settings) => {
        if (mine === asked && !signal.aborted) onChange(settings);
      },
      () => undefined,
    );
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
  return firstAnswer(signal);
}

/** A service worker just woken can miss the first question: ask again a few times before giving up. */
async function firstAnswer(signal: AbortSignal): Promise<Settings> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await sendMessage('settings', {});
    } catch (error) {
      if (attempt >= 5 || signal.aborted) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
    }
  }
}
