import { useEffect, useRef, useState } from 'preact/hooks';
import { chosenSendersItem, rememberChosen } from '../../lib/backfill/chosen-senders';
import type { BackfillClient, BackfillEvent } from '../../lib/backfill/client';
import { backfillConfigs } from '../../lib/backfill/configs';
import type { BackfillOutcome, SenderCount } from '../../lib/backfill/protocol';
import { chosenTotal, likelyYou, senderId } from '../../lib/backfill/senders';
import { backfillSummary } from '../../lib/backfill/summary';
import { PROBLEM_TEXT } from '../../lib/history/open';
import { textSalt } from '../../lib/history/text-salt';
import { importProgressText, scanProgressText } from './backfill-text';
import { plural } from './plural';

type Step =
  | { step: 'idle' }
  | { step: 'reading'; text: string }
  | { step: 'choose'; senders: SenderCount[]; chosen: string[] }
  | { step: 'importing'; text: string; done: number; total: number; cancelling: boolean }
  | { step: 'ended'; ok: boolean; text: string };

export interface BackfillPanelProps {
  timeZone: string;
  /** A new worker per backfill (lib/backfill/client.ts); tests may pass another. */
  startClient(onEvent: (event: BackfillEvent) => void): BackfillClient;
  /** Called after an import wrote anything, so the page shows it. */
  onImported(): Promise<void>;
}

/** "Import sent messages": an mbox, a Slack export or .eml files become history, analysed in a worker. */
export function BackfillPanel({ timeZone, startClient, onImported }: BackfillPanelProps) {
  const [state, setState] = useState<Step>({ step: 'idle' });
  const client = useRef<BackfillClient | null>(null);
  useEffect(() => () => client.current?.close(), []);

  const end = async (ok: boolean, text: string, outcome?: BackfillOutcome) => {
    client.current?.close();
    client.current = null;
    if (outcome?.added) await onImported();
    setState({ step: 'ended', ok, text });
  };

  const onEvent = (event: BackfillEvent) => {
    if (event.type === 'scanning') setState({ step: 'reading', text: scanProgressText(event) });
    else if (event.type === 'scanned') {
      if (event.senders.length === 0)
        void end(false, 'Nothing to import: the chosen files hold no messages with text.');
      else {
        const { senders } = event;
        void chosenSendersItem
          .getValue()
          .then((before) => setState({ step: 'choose', senders, chosen: likelyYou(senders, before) }));
      }
    } else if (event.type === 'progress')
      setState((s) => ({
        step: 'importing',
        text: importProgressText(event),
        done: event.done,
        total: event.total,
        cancelling: s.step === 'importing' && s.cancelling,
      }));
    else if (event.type === 'refused') void end(false, `Nothing was imported. ${event.error}`);
    else if (event.type === 'finished')
      void end(!event.outcome.error, backfillSummary(event.outcome, timeZone), event.outcome);
    else if (event.type === 'unsaved')
      void end(
        false,
        `${event.outcome.added ? backfillSummary(event.outcome, timeZone) : 'Nothing was imported.'} ${PROBLEM_TEXT[event.problem]}`,
        event.outcome,
      );
    else
      void end(
        false,
        'The import stopped unexpectedly. Each file is either wholly in your history or not at all.',
      );
  };

  const choose = (input: HTMLInputElement) => {
    const files = [...(input.files ?? [])];
    input.value = '';
    if (!files.length) return;
    client.current?.close();
    client.current = startClient(onEvent);
    setState({
      step: 'reading',
      text: `Reading ${files.length === 1 ? files[0]!.name : plural(files.length, 'file')}…`,
    });
    client.current.scan(files);
  };

  const start = async (senders: SenderCount[], chosen: string[]) => {
    const total = chosenTotal(senders, chosen);
    setState({
      step: 'importing',
      text: `Importing… 0 of ${total.toLocaleString('en-US')} messages`,
      done: 0,
      total,
      cancelling: false,
    });
    const [configs, salt] = await Promise.all([
      backfillConfigs(),
      textSalt(),
      rememberChosen(senders, chosen),
    ]);
    client.current?.import(chosen, configs, timeZone, salt);
  };

  const cancel = () => {
    if (state.step === 'importing') {
      // The worker finishes the file it is writing, or drops the one it is reading, then reports what landed.
      client.current?.cancel();
      setState({ ...state, cancelling: true });
    } else void end(true, 'Cancelled. Nothing was imported.');
  };

  const busy = state.step === 'reading' || state.step === 'choose' || state.step === 'importing';
  // Above the progress text, whose length changes several times a second: below it, the button moved as the text
  // wrapped and unwrapped, under the pointer of someone reaching for it.
  const cancelButton = (
    <button type="button" onClick={cancel} disabled={state.step === 'importing' && state.cancelling}>
      Cancel
    </button>
  );
  return (
    <section class="backfill" aria-labelledby="backfill-title">
      <h2 id="backfill-title">Import sent messages</h2>
      <p class="muted">
        Start with the messages you already sent: a Gmail or Google Takeout mbox file, a Slack workspace
        export (.zip) or .eml files. They are read and scored on this device; only scores and counts are kept.
      </p>
      {!busy && (
        <div class="row">
          <label class="file">
            Files:{' '}
            <input
              type="file"
              multiple
              accept=".mbox,.zip,.eml,application/zip,application/mbox,message/rfc822"
              onChange={(e) => choose(e.currentTarget)}
            />
          </label>
          <label class="file">
            A folder of .eml files:{' '}
            <input type="file" {...{ webkitdirectory: '' }} onChange={(e) => choose(e.currentTarget)} />
          </label>
        </div>
      )}
      {state.step === 'reading' && (
        <>
          <div class="row">{cancelButton}</div>
          <p role="status">{state.text}</p>
        </>
      )}
      {state.step === 'choose' && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void start(state.senders, state.chosen);
          }}
        >
          <fieldset class="senders">
            <legend>Whose messages are yours?</legend>
            {state.senders.map((s) => {
              const id = senderId(s.kind, s.author);
              return (
                <label key={id}>
                  <input
                    type="checkbox"
                    checked={state.chosen.includes(id)}
                    onChange={(e) =>
                      setState({
                        ...state,
                        chosen: e.currentTarget.checked
                          ? [...state.chosen, id]
                          : state.chosen.filter((c) => c !== id),
                      })
                    }
                  />{' '}
                  {s.author}{' '}
                  <span class="muted">
                    ({s.kind === 'slack' ? 'Slack' : 'mail'}, {plural(s.messages, 'message')})
                  </span>
                </label>
              );
            })}
          </fieldset>
          <button type="submit" disabled={state.chosen.length === 0}>
            Import {plural(chosenTotal(state.senders, state.chosen), 'message')}
          </button>
        </form>
      )}
      {state.step === 'choose' && cancelButton}
      {state.step === 'importing' && (
        <>
          <div class="row">
            <progress max={Math.max(1, state.total)} value={state.done} aria-label="Import progress" />
            {cancelButton}
          </div>
          <p role="status">{state.cancelling ? 'Cancelling…' : state.text}</p>
        </>
      )}
      {state.step === 'ended' && (
        <p role={state.ok ? 'status' : 'alert'} class={state.ok ? 'good' : 'notice'}>
          {state.text}
        </p>
      )}
    </section>
  );
}
