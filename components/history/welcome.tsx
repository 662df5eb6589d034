import { useMemo, useState } from 'preact/hooks';
import { ruleName } from '../../lib/analysis/rule-text';
import type { Draft, Report } from '../../lib/analysis/types';
import { ShortcutKeys } from './shortcut-keys';

export const SAMPLE_DRAFT = 'Hi team, as discussed, can someone review the doc soon? Thanks!';

/** First run: what Clearsend checks, where, the privacy promise, and the checker working on a sample draft. */
export function Welcome({
  analyze,
  now,
  shortcut,
}: {
  analyze: (draft: Draft) => Report;
  now: string;
  /** The keys that open the suggestions panel (the browser's, so a user's own choice shows); '' when none is set. */
  shortcut: string;
}) {
  const [text, setText] = useState(SAMPLE_DRAFT);
  const report = useMemo(() => analyze({ text, site: 'slack', kind: 'channel', now }), [text, analyze, now]);
  return (
    <main class="welcome">
      <h1>Welcome to Clearsend</h1>
      <p>
        Clearsend checks a work message while you write it, so the reader can act on it without asking a
        follow-up question: is there a clear <strong>ask</strong>, an <strong>owner</strong>, a{' '}
        <strong>deadline</strong>, and the <strong>context</strong> the reader needs?
      </p>
      <p>
        It works in <strong>Gmail</strong>, <strong>Slack</strong> in the browser and <strong>Notion</strong>.
      </p>
      <p class="promise">
        Your messages are checked on this device and never leave it: no server, no account, no text stored.
      </p>
      <section aria-labelledby="try-it">
        <h2 id="try-it">Try it</h2>
        <label for="sample">A message to a Slack channel (edit it and watch the findings change):</label>
        <textarea id="sample" rows={4} value={text} onInput={(e) => setText(e.currentTarget.value)} />
        <p aria-live="polite">
          Clarity score: <strong class="score">{report.score}</strong> / 100
        </p>
        {report.findings.length === 0 ? (
          <p class="good">No findings: this message is ready to send.</p>
        ) : (
          <ul class="findings">
            {report.findings.map((f) => (
              <li key={`${f.rule}-${f.start}`}>
                <span class={`tag ${f.severity}`}>{ruleName(f.rule)}</span> {f.message}
                {f.suggestion !== undefined && <span class="muted"> Suggested: “{f.suggestion}”</span>}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="keys">
        <h2 id="keys">From the keyboard</h2>
        {shortcut ? (
          <p>
            While you write, press <ShortcutKeys shortcut={shortcut} /> to open Clearsend's suggestions for
            the message, and <kbd>Esc</kbd> to close them.
          </p>
        ) : (
          <p>
            The shortcut that opens Clearsend's suggestions is not set (another extension may use its keys).
            Choose one in your browser's extension shortcuts settings.
          </p>
        )}
      </section>
      <p class="muted">
        You can pause Clearsend on any site from its toolbar button, and choose a preset in the options.
      </p>
    </main>
  );
}
