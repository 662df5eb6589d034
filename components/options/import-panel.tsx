import { useState } from 'preact/hooks';
import type { ExampleResult } from '../../lib/presets/examples';
import type { ImportOutcome } from '../../lib/settings/import';

interface Props {
  /** Imports a preset (JSON text or share code); `force` applies one whose examples fail. */
  onImport: (text: string, force: boolean) => Promise<ImportOutcome>;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'error'; text: string }
  | { kind: 'failing'; text: string; name: string; results: ExampleResult[] }
  | { kind: 'done'; name: string; warnings: string[] };

/** Import by file, by dropping a file, or by pasting a share code or JSON. A bad preset changes nothing. */
export function ImportPanel({ onImport }: Props) {
  const [paste, setPaste] = useState('');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [dragging, setDragging] = useState(false);

  const run = async (text: string, force = false) => {
    const outcome = await onImport(text, force);
    if (outcome.status === 'invalid') setStatus({ kind: 'error', text: outcome.error });
    else if (outcome.status === 'examples-failed')
      setStatus({ kind: 'failing', text, name: outcome.preset.name, results: outcome.results });
    else setStatus({ kind: 'done', name: outcome.preset.name, warnings: outcome.warnings });
  };
  const readFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > 256 * 1024)
      return setStatus({ kind: 'error', text: `${file.name}: too large (at most 256 kB)` });
    await run(await file.text());
  };

  return (
    <section
      aria-label="Import a preset"
      class={`import ${dragging ? 'dragging' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        void readFile(e.dataTransfer?.files[0]);
      }}
    >
      <label>
        Import a preset file (.json), or drop one here{' '}
        <input
          type="file"
          accept=".json,application/json"
          onChange={(e) => void readFile(e.currentTarget.files?.[0])}
        />
      </label>
      <label for="paste-preset">Or paste a share code or the preset's JSON</label>
      <textarea id="paste-preset" rows={3} value={paste} onInput={(e) => setPaste(e.currentTarget.value)} />
      <button type="button" disabled={!paste.trim()} onClick={() => void run(paste)}>
        Import pasted preset
      </button>
      <ImportStatus status={status} onForce={(text) => void run(text, true)} />
    </section>
  );
}

function ImportStatus({ status, onForce }: { status: Status; onForce: (text: string) => void }) {
  if (status.kind === 'idle') return null;
  if (status.kind === 'error')
    return (
      <p role="alert" class="error">
        Not imported, nothing changed. {status.text}
      </p>
    );
  if (status.kind === 'failing')
    return (
      <div role="alert" class="error">
        <p>
          “{status.name}” was not applied: its own examples do not give the findings it expects, so it may not
          behave as its author intended.
        </p>
        <ul>
          {status.results
            .filter((r) => !r.passed)
            .map((r) => (
              <li key={r.index}>
                Example {r.index + 1} (“{r.text.slice(0, 60)}”): {r.problems.join('; ')}
              </li>
            ))}
        </ul>
        <button type="button" onClick={() => onForce(status.text)}>
          Apply it anyway
        </button>
      </div>
    );
  return (
    <div role="status" class="ok">
      <p>“{status.name}” imported and now active.</p>
      {status.warnings.length > 0 && (
        <ul>
          {status.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
