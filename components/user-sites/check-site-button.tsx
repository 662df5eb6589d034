import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { SiteOrigin } from '../../lib/analysis/types';
import { originLabel, originPattern } from '../../lib/hosts/site-origin';
import { sendMessage } from '../../lib/messaging';

interface Props {
  origin: SiteOrigin;
  tabId?: number;
  /** What Clearsend knows of this site, when it has notes for it. */
  offer?: string;
  onEnabled(sites: SiteOrigin[]): void;
}

type Step = { at: 'idle' } | { at: 'asking' } | { at: 'refused' } | { at: 'failed'; why: string };

/**
 * "Check messages on this site": asks the browser for this one origin, in the click (a permission request must
 * come from the user's gesture), then has the background register the checker and start it in this tab.
 */
export function CheckSiteButton({ origin, tabId, offer, onEnabled }: Props) {
  const [step, setStep] = useState<Step>({ at: 'idle' });
  const host = originLabel(origin);
  const turnOn = async () => {
    setStep({ at: 'asking' });
    const granted = await browser.permissions
      .request({ origins: [originPattern(origin)] })
      .catch(() => false);
    if (!granted) return setStep({ at: 'refused' });
    try {
      onEnabled((await sendMessage('enableSite', { origin, tabId })).sites);
    } catch (error) {
      setStep({ at: 'failed', why: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <div class="check-site">
      {offer && <p class="offer">{offer}</p>}
      <button type="button" disabled={step.at === 'asking'} onClick={() => void turnOn()}>
        Check messages on this site
      </button>
      <p class="muted" role="status">
        {step.at === 'asking' && `Allow Clearsend to read ${host} in the browser's prompt.`}
        {step.at === 'refused' && `Not turned on: the browser did not allow Clearsend on ${host}.`}
        {step.at === 'failed' && step.why}
      </p>
    </div>
  );
}
