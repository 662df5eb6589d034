import { localIsoNow } from '../analysis/facts/day-math';
import { ruleName } from '../analysis/rule-text';
import { scoreFindings } from '../analysis/score';
import type { Draft, Finding } from '../analysis/types';
import { replaceLines } from '../dom/replace-lines';
import { type ReplaceOutcome, replaceText } from '../dom/replace-text';
import { fixOptions } from '../fixes/fix-options';
import type { FixOption, TextEdit } from '../fixes/types';
import type { ComposeBox, DraftSnapshot } from '../hosts/types';
import type { ScoredReport } from '../messaging';
import { createOverlay, type Overlay } from '../overlay';
import { aboutRecipients } from '../overlay/field-findings';
import { observeOutsideChanges } from './observe-changes';
import { type LeaveWatch, recordOnLeave } from './record-leave';
import { createScheduler } from './schedule';
import { perMinute } from './send-guard';
import { sameDraft, sendKey } from './send-key';

/** What a compose box needs from the rest of the extension; injected so this file stays testable. */
export interface CheckerPorts {
  analyze(draft: Draft): Promise<ScoredReport>;
  recordSend(draft: Draft, key: string, fixes: number): void;
  /** Whether the send now being reported came from the user's own click or key (not the page's script). */
  userSent(): boolean;
  /** The writer entered the box: a sleeping background can start now instead of on the first analysis. */
  wake(): void;
  disableRule(ruleId: string): void;
  /** Turns a rule the writer turned off from a card back on (the card's Undo). */
  enableRule(ruleId: string): void;
  /** The settings that apply to this site right now. */
  view(): { paused: boolean; panelOnly: boolean };
}

export interface BoxChecker {
  /** Settings changed: show or hide, redraw, and analyse again. */
  refresh(): void;
  openPanel(): void;
}

interface Shown {
  snapshot: DraftSnapshot;
  report: ScoredReport;
  findings: Finding[];
  /** Each shown finding's fixes, as offered on its card. */
  fixes: FixOption[][];
}

const IDLE_MS = 300;
const TEXT_CHANGED: ReplaceOutcome = { ok: false, reason: 'the text changed since it was checked' };
/** What in a To field takes the caret. */
const TYPABLE = 'input:not([type="hidden"]), textarea, [contenteditable="true"]';
/** More sends than this from one box in a minute are not a person writing messages. */
export const SENDS_PER_BOX_MINUTE = 10;

/**
 * Wires one compose box: read on change, analyse in the background, draw, apply fixes, record on send.
 * While the site is paused nothing is drawn at all: the overlay exists only between pauses.
 */
export function checkComposeBox(box: ComposeBox, ports: CheckerPorts, signal: AbortSignal): BoxChecker {
  const ignored = new Set<string>();
  let shown: Shown | undefined;
  let fixes = 0;
  let notice: string | undefined;
  /** The writer's last step of setting a finding aside, undoable while the text is what it was then. */
  let lastStep: { undo: () => void; says: string; text: string } | undefined;
  let visible: { overlay: Overlay; stop: AbortController } | undefined;
  let leave: LeaveWatch | undefined;

  const ignoreKey = (finding: Finding, text: string) =>
    `${finding.rule}\u0000${text.slice(finding.start, finding.end)}`;

  function overlay(): Overlay {
    if (visible) return visible.overlay;
    const stop = new AbortController();
    signal.addEventListener('abort', () => stop.abort(), { once: true, signal: stop.signal });
    const actions = {
      applyFix: (index: number, choice: number) => void applyFix(index, choice),
      ignore: (index: number) => {
        const finding = shown?.findings[index];
        if (!finding || !shown) return;
        const key = ignoreKey(finding, shown.snapshot.draft.text);
        ignored.add(key);
        lastStep = {
          says: 'Ignored here.',
          text: shown.snapshot.draft.text,
          undo: () => ignored.delete(key),
        };
        draw(shown.snapshot, shown.report);
      },
      disableRule: (ruleId: string) => {
        const text = shown?.snapshot.draft.text ?? '';
        lastStep = {
          says: `“${ruleName(ruleId)}” is off everywhere.`,
          text,
          undo: () => ports.enableRule(ruleId),
        };
        // The settings change redraws every box, this one with the Undo.
        ports.disableRule(ruleId);
      },
      undo: () => {
        const step = lastStep;
        lastStep = undefined;
        step?.undo();
        if (shown) draw(shown.snapshot, shown.report);
      },
      focusRecipients: () => {
        const field = box.recipientField?.();
        (field?.matches(TYPABLE) ? field : field?.querySelector<HTMLElement>(TYPABLE))?.focus();
      },
      returnFocus: () => box.focus(),
    };
    visible = { overlay: createOverlay(box, actions, stop.signal), stop };
    return visible.overlay;
  }

  function hide(): void {
    visible?.stop.abort();
    visible = undefined;
  }

  const scheduler = createScheduler<DraftSnapshot, ScoredReport>({
    read: () => box.readDraft(),
    same: (a, b) => sameDraft(a.draft, b.draft),
    run: (snapshot) => ports.analyze({ ...snapshot.draft, now: localIsoNow() }),
    onResult: (snapshot, report) => draw(snapshot, report),
    onError: () => {
      if (!ports.view().paused)
        overlay().update({ status: 'error', ranges: [], panelOnly: ports.view().panelOnly });
    },
    delay: IDLE_MS,
    signal,
  });

  function draw(snapshot: DraftSnapshot, report: ScoredReport): void {
    const findings = report.findings.filter((f) => !ignored.has(ignoreKey(f, snapshot.draft.text)));
    const input = {
      text: snapshot.draft.text,
      now: localIsoNow(),
      people: snapshot.people,
      kind: snapshot.draft.kind,
    };
    shown = { snapshot, report, findings, fixes: findings.map((f) => fixOptions(f, input)) };
    const view = ports.view();
    if (view.paused) {
      hide();
      return;
    }
    overlay().update({
      status: 'ready',
      // One source of truth: the score is of the findings shown, never of ones the writer set aside.
      report: { ...report, findings, score: scoreFindings(findings, report.weights) },
      // A missing recipient is outlined at the To field, never underlined in the text.
      ranges: findings.map((f) => (aboutRecipients(f) ? null : snapshot.rangeFor(f.start, f.end))),
      flagged: findings.map((f) => snapshot.draft.text.slice(f.start, f.end)),
      fixes: shown.fixes,
      panelOnly: view.panelOnly,
      notice,
      undo: lastStep?.text === snapshot.draft.text ? lastStep.says : undefined,
      empty: !snapshot.draft.text.trim(),
    });
    notice = undefined;
    // Once the writer types on, the step is part of the draft's history, not something to take back.
    if (lastStep && lastStep.text !== snapshot.draft.text) lastStep = undefined;
    leave?.seen(snapshot.draft);
  }

  /** Makes the one edit a fix proposes, through the host's own editing (its undo stack keeps it). */
  async function applyFix(index: number, choice: number): Promise<void> {
    const option = shown?.fixes[index]?.[choice];
    if (!shown || !option) return;
    let outcome = await makeEdit(option.edit, shown.snapshot);
    // The second edit is earlier in the text: the first one left its offsets as they were read.
    if (outcome.ok && option.also) outcome = await makeEdit(option.also, box.readDraft());
    if (outcome.ok) fixes += 1;
    else notice = `Clearsend couldn't apply that fix: ${outcome.reason}.`;
    scheduler.now();
  }

  /** The edit, made on the text as it was checked: a box with its own way to edit (a textarea's) uses it. */
  async function makeEdit(edit: TextEdit, checked: DraftSnapshot): Promise<ReplaceOutcome> {
    const current = box.readDraft();
    if (!sameDraft(current.draft, checked.draft)) return TEXT_CHANGED;
    if (box.replace) return box.replace(edit.start, edit.end, edit.text);
    const range = current.rangeFor(edit.start, edit.end);
    if (!range) return TEXT_CHANGED;
    // Across lines, the editor's textContent has no line breaks: the adapter's reading checks the edit.
    if (edit.text.includes('\n') || current.draft.text.slice(edit.start, edit.end).includes('\n'))
      return replaceLines(range, edit, {
        editor: box.editor,
        protect: box.protect,
        read: () => box.readDraft().draft.text,
        breakLine: box.breakLine,
      });
    return replaceText(range, edit.text, box.editor, { protect: box.protect });
  }

  function refresh(): void {
    const view = ports.view();
    if (view.paused) {
      hide();
      return;
    }
    if (!shown)
      overlay().update({
        status: 'checking',
        ranges: [],
        panelOnly: view.panelOnly,
        empty: !box.readDraft().draft.text.trim(),
      });
    scheduler.now();
  }

  const onChange = () => {
    if (!ports.view().paused) scheduler.changed();
  };
  box.editor.addEventListener('input', onChange, { signal });
  box.editor.addEventListener('focusin', () => ports.wake(), { signal });
  // Recipients, subject and channel live outside the editor; re-check when the compose area changes too.
  observeOutsideChanges(box.anchor, onChange, signal);

  const withinBound = perMinute(SENDS_PER_BOX_MINUTE);
  const record = (draft: Omit<Draft, 'now'>) => {
    if (ports.view().paused || !draft.text.trim() || !withinBound()) return;
    ports.recordSend({ ...draft, now: localIsoNow() }, sendKey(draft), fixes);
    fixes = 0;
  };
  if (box.recordOn === 'leave') leave = recordOnLeave(box, record, ports.userSent, signal);
  else
    box.onSend((sent) => {
      if (ports.userSent()) record(sent ?? box.readDraft().draft);
      // A page may empty its box without an input event (a textarea's value set by script): look again after
      // the idle pause, so the badge of the sent message does not stay on the empty box.
      scheduler.changed();
    }, signal);

  refresh();
  return {
    refresh,
    openPanel: () => {
      if (!ports.view().paused) overlay().openPanel();
    },
  };
}
