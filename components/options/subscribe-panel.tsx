import { useState } from 'preact/hooks';
import type { Subscription } from '../../lib/presets/library';
import type { Preset } from '../../lib/presets/types';

export interface SubscribePorts {
  /** Asks the browser for this origin only, then fetches and checks the preset. */
  preview: (
    url: string,
  ) => Promise<{ ok: true; url: string; preset: Preset; changes: string[] } | { ok: false; error: string }>;
  confirm: (url: string, preset: Preset) => Promise<void>;
  accept: (id: string) => Promise<void>;
  refresh: (id: string) => Promise<void>;
  remove: (id: string) => Promise<void>;
  changesOf: (sub: Subscription) => string[];
}

interface Props {
  subscriptions: Record<string, Subscription>;
  ports: SubscribePorts;
}

type Preview = { url: string; preset: Preset; changes: string[] };

/** Follow a preset published at an https address: checked daily, changes shown before they apply. */
export function SubscribePanel({ subscriptions, ports }: Props) {
  const [url, setUrl] = useState('');
  const [error, setError] = useState('');
  const [preview, setPreview] = useState<Preview | null>(null);
  const check = async (event: Event) => {
    event.preventDefault();
    setError('');
    setPreview(null);
    const result = await ports.preview(url);
    if (!result.ok) setError(result.error);
    else setPreview(result);
  };
  return (
    <div class="subscribe">
      <form onSubmit={check} class="row">
        <label>
          Preset address (https){' '}
          <input
            type="url"
            value={url}
            placeholder="https://example.com/team-preset.json"
            onInput={(e) => setUrl(e.currentTarget.value)}
          />
        </label>
        <button type="submit" disabled={!url.trim()}>
          Check
        </button>
      </form>
      {error && (
        <p role="alert" class="error">
          Not subscribed, nothing changed: {error}
        </p>
      )}
      {preview && (
        <div class="preview" role="status">
          <p>
            “{preview.preset.name}” {preview.preset.version ? `v${preview.preset.version}` : ''}: its examples
            pass. Compared with what you use now:
          </p>
          <Changes lines={preview.changes} />
          <button
            type="button"
            onClick={() => void ports.confirm(preview.url, preview.preset).then(() => setPreview(null))}
          >
            Subscribe and use it
          </button>
        </div>
      )}
      <ul class="subscriptions">
        {Object.entries(subscriptions).map(([id, sub]) => (
          <li key={id}>
            <strong>{sub.preset?.name ?? sub.url}</strong> <span class="url">{sub.url}</span>
            <p class="meta">
              Last checked {sub.lastChecked ? new Date(sub.lastChecked).toLocaleString() : 'never'}
              {sub.lastError && (
                <span class="error">
                  {' '}
                  — last check failed: {sub.lastError} (keeping the last good version)
                </span>
              )}
            </p>
            {sub.pending && (
              <div class="pending">
                <p>A new version is available{sub.pending.version ? ` (v${sub.pending.version})` : ''}:</p>
                <Changes lines={ports.changesOf(sub)} />
                <button type="button" onClick={() => void ports.accept(id)}>
                  Apply the new version
                </button>
              </div>
            )}
            <button type="button" onClick={() => void ports.refresh(id)}>
              Check now
            </button>{' '}
            <button type="button" onClick={() => void ports.remove(id)}>
              Unsubscribe
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function Changes({ lines }: { lines: string[] }) {
  if (lines.length === 0) return <p class="changes">No rule changes.</p>;
  return (
    <ul class="changes">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}
