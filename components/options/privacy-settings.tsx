import { useState } from 'preact/hooks';
import type { Site } from '../../lib/analysis/types';
import type { Settings } from '../../lib/settings/item';
import { isKnownTimezone } from '../../lib/settings/timezone';

interface Props {
  settings: Settings;
  onChange: (next: Settings) => void;
}

const SITES: { id: Site; label: string }[] = [
  { id: 'gmail', label: 'Gmail' },
  { id: 'slack', label: 'Slack' },
  { id: 'notion', label: 'Notion' },
];

/** Switches that decide what Clearsend shows and what it keeps. */
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
          checked={settings.keepFlaggedText}
          onChange={(e) => set({ keepFlaggedText: e.currentTarget.checked })}
        />
        Keep the flagged words in my history (off: only scores and rule names are kept)
      </label>
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
        {SITES.map((site) => (
          <label class="check" key={site.id}>
            <input
              type="checkbox"
              checked={settings.pausedSites.includes(site.id)}
              onChange={(e) => toggleSite(site.id, e.currentTarget.checked)}
            />
            {site.label}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>When and where I work</legend>
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
        <label>
          Start{' '}
          <input
            type="time"
            value={settings.workingHours.start}
            onChange={(e) =>
              set({ workingHours: { ...settings.workingHours, start: e.currentTarget.value } })
            }
          />
        </label>
        <label>
          End{' '}
          <input
            type="time"
            value={settings.workingHours.end}
            onChange={(e) => set({ workingHours: { ...settings.workingHours, end: e.currentTarget.value } })}
          />
        </label>
      </fieldset>
      <p class="note">
        Clearsend checks your messages on this device. It never sends a word of them anywhere.
      </p>
    </div>
  );
}
