import { diffPresets } from '../../lib/presets/diff';
import type { Catalog, CatalogEntry } from '../../lib/presets/library';
import { Changes } from './subscribe-panel';

interface Props {
  catalog: Catalog;
  activeId: string;
  /** Preset ids chosen by policy cannot be switched away from. */
  managed: boolean;
  onActivate: (id: string) => void;
  onExport: (entry: CatalogEntry) => void;
  onCopyCode: (entry: CatalogEntry) => void;
  onRemove: (entry: CatalogEntry) => void;
}

const SOURCE_LABEL = {
  builtin: 'Built in',
  imported: 'Imported',
  subscribed: 'Subscribed',
  managed: 'Set by your administrator',
} as const;

/** Every preset the user has, which one is in force, and what it changes compared with Balanced. */
export function PresetManager({
  catalog,
  activeId,
  managed,
  onActivate,
  onExport,
  onCopyCode,
  onRemove,
}: Props) {
  const balanced = catalog['builtin:balanced']?.preset;
  return (
    <ul class="presets">
      {Object.values(catalog).map((entry) => {
        const active = entry.id === activeId;
        const changes = entry.id === 'builtin:balanced' ? [] : diffPresets(balanced, entry.preset);
        return (
          <li key={entry.id} class={active ? 'preset active' : 'preset'} data-preset={entry.id}>
            <div class="preset-head">
              <label class="check">
                <input
                  type="radio"
                  name="active-preset"
                  checked={active}
                  disabled={managed && !active}
                  onChange={() => onActivate(entry.id)}
                />
                <strong>{entry.preset.name}</strong>
              </label>
              <span class="source">{SOURCE_LABEL[entry.source]}</span>
              {active && <span class="badge">Active</span>}
            </div>
            {entry.preset.description && <p>{entry.preset.description}</p>}
            <details>
              <summary>What it changes compared with Balanced ({changes.length})</summary>
              <Changes lines={changes} />
            </details>
            <div class="actions">
              <button
                type="button"
                onClick={() => onExport(entry)}
                aria-label={`Export file: ${entry.preset.name}`}
              >
                Export file
              </button>
              <button
                type="button"
                onClick={() => onCopyCode(entry)}
                aria-label={`Copy share code: ${entry.preset.name}`}
              >
                Copy share code
              </button>
              {entry.source === 'imported' && (
                <button
                  type="button"
                  onClick={() => onRemove(entry)}
                  aria-label={`Remove: ${entry.preset.name}`}
                >
                  Remove
                </button>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
