import { useState } from 'preact/hooks';

interface Props {
  glossary: Record<string, string>;
  /** Terms the preset defines, shown so the user knows they need not add them. */
  fromPreset: Record<string, string>;
  onChange: (glossary: Record<string, string>) => void;
}

const TERM = /^[A-Za-z0-9&./-]{1,24}$/;

/** The team's acronyms: a defined one is never flagged as unexplained. */
export function GlossaryEditor({ glossary, fromPreset, onChange }: Props) {
  const [term, setTerm] = useState('');
  const [meaning, setMeaning] = useState('');
  const [error, setError] = useState('');
  const add = (event: Event) => {
    event.preventDefault();
    if (!TERM.test(term.trim())) return setError('A term is one short word without spaces, such as "SLA".');
    if (!meaning.trim()) return setError(`Say what "${term.trim()}" means.`);
    setError('');
    onChange({ ...glossary, [term.trim()]: meaning.trim() });
    setTerm('');
    setMeaning('');
  };
  const remove = (key: string) => {
    const { [key]: _gone, ...rest } = glossary;
    onChange(rest);
  };
  return (
    <div class="glossary">
      <form onSubmit={add} class="row">
        <label>
          Term <input value={term} onInput={(e) => setTerm(e.currentTarget.value)} maxLength={24} />
        </label>
        <label>
          Meaning <input value={meaning} onInput={(e) => setMeaning(e.currentTarget.value)} maxLength={300} />
        </label>
        <button type="submit">Add term</button>
      </form>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      <table>
        <caption class="visually-hidden">Glossary terms</caption>
        <thead>
          <tr>
            <th scope="col">Term</th>
            <th scope="col">Meaning</th>
            <th scope="col">From</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(fromPreset).map(([key, value]) => (
            <tr key={`p-${key}`}>
              <td>{key}</td>
              <td>{value}</td>
              <td>preset</td>
            </tr>
          ))}
          {Object.entries(glossary).map(([key, value]) => (
            <tr key={key}>
              <td>{key}</td>
              <td>{value}</td>
              <td>
                you{' '}
                <button type="button" class="link" onClick={() => remove(key)} aria-label={`Remove ${key}`}>
                  Remove
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
