import { useState } from 'preact/hooks';
import type { Site } from '../../lib/analysis/types';
import { siteLabel } from '../../lib/history/sites';
import { HOST_SITES } from '../../lib/hosts/origins';
import type { Settings } from '../../lib/settings/item';
import { isKnownTimezone } from '../../lib/settings/timezone';

interface Props {
  settings: Settings;
  onChange: (next: Settings) => void;
}

/** Switches that decide what Clearsend shows and where it runs. */
export function PrivacySettings({ settings, onChange }: Props) {
  const [zoneError, setZoneError] = useState('');
  const set = (change: Partial<Settings>) => onChange({ ...settings, ...change });
  const setZone = (name: string) => {
    if (!isKnownTimezone(name))
      return setZoneError(`"${name}" is not a timezone name; use one such as Europe/Berlin.`);
    setZoneError('');
    set({ timezone: name });
  };
  const toggleSite = (site: Site, paused: boolean) =>
    set({
      pausedSites: paused ? [...settings.pausedSites, site] : settings.pausedSites.filter((s) => s !== site),
    });
  return (
    <div class="privacy">
      <label class="check">
        <input
          type="checkbox"
          checked={settings.panelOnly}
          onChange={(e) => set({ panelOnly: e.currentTarget.checked })}
        />
        Show suggestions only in the panel (no marks on my text)
      </label>
      <label class="check">
        <input
          type="checkbox"
          checked={settings.paused}
          onChange={(e) => set({ paused: e.currentTarget.checked })}
        />
        Pause Clearsend everywhere
      </label>
      <fieldset>
        <legend>Pause on one site</legend>
        {HOST_SITES.map((site) => (
          <label class="check" key={site}>
            <input
              type="checkbox"
              checked={settings.pausedSites.includes(site)}
              onChange={(e) => toggleSite(site, e.currentTarget.checked)}
            />
            {siteLabel(site)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Where I work</legend>
        <label>
          Timezone{' '}
          <input
            value={settings.timezone}
            placeholder={Intl.DateTimeFormat().resolvedOptions().timeZone}
            onChange={(e) => setZone(e.currentTarget.value.trim())}
          />
        </label>
        {zoneError && (
          <p role="alert" class="error">
            {zoneError}
          </p>
        )}
      </fieldset>
      <p class="note">
        Clearsend checks your messages on this device. It never sends a word of them anywhere, and your
        history keeps only scores and rule names, never what you wrote.
      </p>
    </div>
  );
}
