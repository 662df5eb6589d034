import { useState } from 'preact/hooks';
import { plural } from './plural';

export interface DataToolsProps {
  total: number;
  onExport(format: 'json' | 'csv'): void;
  /**
   * Imports the chosen file; resolves to a sentence to show (`ok: false`: nothing was changed). `progress` says
   * how far a big import is, in words, while it runs.
   */
  onImport(file: File, progress: (message: string) => void): Promise<{ ok: boolean; message: string }>;
  onDeleteAll(): Promise<void>;
}

/** Export, import and delete: the user's own data, in and out, with nothing removed by accident. */
export function DataTools({ total, onExport, onImport, onDeleteAll }: DataToolsProps) {
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);
  const [confirming, setConfirming] = useState(false);

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setResult({ ok: true, message: 'Importing…' });
    setResult(await onImport(file, (message) => setResult({ ok: true, message })));
    input.value = '';
  };

  return (
    <section class="data-tools" aria-labelledby="your-data">
      <h2 id="your-data">Your data</h2>
      <p class="muted">
        {plural(total, 'message')} recorded. Only scores and counts are stored, on this device.
      </p>
      <div class="row">
        <button type="button" onClick={() => onExport('json')}>
          Export JSON
        </button>
        <button type="button" onClick={() => onExport('csv')}>
          Export CSV
        </button>
        <label class="file">
          Import a JSON export:{' '}
          <input type="file" accept="application/json,.json" onChange={(e) => importFile(e.currentTarget)} />
        </label>
      </div>
      {result && (
        <p role={result.ok ? 'status' : 'alert'} class={result.ok ? 'good' : 'notice'}>
          {result.message}
        </p>
      )}
      {confirming ? (
        <fieldset class="confirm">
          <legend>Confirm deleting your history</legend>
          <p>
            Delete all {plural(total, 'recorded message')}? This cannot be undone; export first if you want a
            copy.
          </p>
          <button
            type="button"
            class="danger"
            onClick={async () => {
              await onDeleteAll();
              setConfirming(false);
              setResult({ ok: true, message: 'Your history was deleted.' });
            }}
          >
            Yes, delete everything
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </fieldset>
      ) : (
        <button type="button" class="danger" disabled={total === 0} onClick={() => setConfirming(true)}>
          Delete everything…
        </button>
      )}
    </section>
  );
}
