import { browser } from 'wxt/browser';
import { diffPresets } from '../../lib/presets/diff';
import type { Catalog, Subscription } from '../../lib/presets/library';
import {
  acceptPendingVersion,
  checkSubscriptionUrl,
  fetchPreset,
  refreshSubscription,
  saveSubscription,
  unsubscribe,
} from '../../lib/presets/subscriptions';
import { activatePreset } from '../../lib/settings/import';
import { releasePresetGrant } from '../../lib/user-sites/grants';
import type { SubscribePorts } from './subscribe-panel';

/** The options page's side of subscribing: the permission prompt happens here, on the user's click. */
export function subscribePorts(currentPreset: () => Catalog[string]['preset']): SubscribePorts {
  return {
    async preview(text) {
      const checked = checkSubscriptionUrl(text);
      if (!checked.ok) return checked;
      // Asked first, while the click still counts as a user gesture; only this one origin.
      const granted = await browser.permissions.request({ origins: [checked.origin] }).catch(() => false);
      if (!granted)
        return { ok: false, error: `permission to read ${checked.origin.slice(0, -2)} was not given` };
      const fetched = await fetchPreset(checked.url, {});
      if (!fetched.ok) return fetched;
      return {
        ok: true,
        url: checked.url,
        preset: fetched.preset,
        changes: diffPresets(currentPreset(), fetched.preset),
      };
    },
    async confirm(url, preset) {
      await activatePreset(await saveSubscription(url, preset));
    },
    accept: acceptPendingVersion,
    refresh: async (id) => void (await refreshSubscription(id, {})),
    // Subscribing asked for the preset's host; unsubscribing gives it back unless a site the user turned on (or
    // another preset) there still needs it, so no access outlives what it was asked for.
    async remove(id) {
      const gone = await unsubscribe(id);
      if (gone) await releasePresetGrant(gone.url);
    },
    changesOf: (sub: Subscription) => (sub.pending ? diffPresets(sub.preset, sub.pending) : []),
  };
}
