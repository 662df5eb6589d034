import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';

/**
 * wxt's fake browser delivers runtime.sendMessage with an empty sender, which handleMessages rightly ignores (it
 * answers this extension only): deliver them as the browser does, from this extension's id.
 */
export function deliverOwnMessages(): void {
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) =>
    (await fakeBrowser.runtime.onMessage.trigger(message, { id: fakeBrowser.runtime.id })).find(Boolean),
  );
}
