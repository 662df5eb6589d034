import { useEffect, useState } from 'preact/hooks';
import type { SiteOrigin } from '../../lib/analysis/types';
import { originLabel } from '../../lib/hosts/site-origin';
import { sendMessage } from '../../lib/messaging';

/** The sites the user turned Clearsend on for, each with Remove: its checker and its permission both go. */
export function UserSiteList() {
  const [sites, setSites] = useState<SiteOrigin[] | null>(null);
  const [problem, setProblem] = useState('');
  useEffect(() => {
    void sendMessage('listSites', {})
      .then((answer) => setSites(answer.sites))
      .catch(() => setSites([]));
  }, []);
  const remove = (origin: SiteOrigin) =>
    void sendMessage('disableSite', { origin })
      .then((answer) => {
        setProblem('');
        setSites(answer.sites);
      })
      .catch((error: unknown) => setProblem(error instanceof Error ? error.message : String(error)));

  if (!sites) return null;
  return (
    <div class="user-sites">
      {sites.length === 0 ? (
        <p class="muted">
          None yet. On a site where you write messages, open Clearsend's popup and choose "Check messages on
          this site".
        </p>
      ) : (
        <ul>
          {sites.map((origin) => (
            <li key={origin}>
              <span class="site-name">{originLabel(origin)}</span>{' '}
              <button
                type="button"
                aria-label={`Remove ${originLabel(origin)}`}
                onClick={() => remove(origin)}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      {problem && (
        <p role="alert" class="error">
          {problem}
        </p>
      )}
    </div>
  );
}
