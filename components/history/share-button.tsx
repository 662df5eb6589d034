import { useState } from 'preact/hooks';

/** Copies text to the clipboard and says so (or says why not) in a live region. */
export function ShareButton({ label, text }: { label: string; text: () => string }) {
  const [status, setStatus] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text());
      setStatus('Copied as Markdown.');
    } catch {
      setStatus('Could not copy: the browser refused access to the clipboard.');
    }
  };
  return (
    <span class="share">
      <button type="button" onClick={copy}>
        {label}
      </button>{' '}
      <span role="status" class="muted">
        {status}
      </span>
    </span>
  );
}
