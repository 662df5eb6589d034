/** The overlay's own style sheet, inside its closed shadow root: the host page's CSS cannot reach it. */
export const OVERLAY_CSS = `
:host { all: initial; }
.cs {
  --bg: #ffffff; --fg: #1f2328; --muted: #57606a; --line: #d0d7de; --accent: #0b57d0; --on-accent: #ffffff;
  --error: #b42318; --warning: #b54708; --info: #1d4ed8; --clear: #067647;
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg);
}
.cs[data-theme="dark"] {
  --bg: #1f2328; --fg: #f0f3f6; --muted: #b1bac4; --line: #444c56; --accent: #8ab4f8; --on-accent: #1f2328;
  --error: #ff8a80; --warning: #f5a524; --info: #8ab4f8; --clear: #7ee2a8;
}
.badge {
  position: absolute; box-sizing: border-box; min-width: 28px; height: 24px; padding: 0 7px; margin: 0;
  border: 0; border-radius: 12px; font: 700 12px/24px system-ui, sans-serif; color: #ffffff; cursor: pointer;
  box-shadow: 0 1px 3px rgb(0 0 0 / 0.3); pointer-events: auto;
}
.badge[hidden] { display: none; }
.badge:focus-visible, .panel button:focus-visible, .card:focus { outline: 2px solid var(--accent); outline-offset: 2px; }
.tone-error { background: #b42318; } .tone-warning { background: #b54708; } .tone-info { background: #1d4ed8; }
.tone-clear { background: #067647; } .tone-muted { background: #57606a; }
.panel {
  position: fixed; inset: auto; margin: 0; box-sizing: border-box; width: min(360px, calc(100vw - 16px));
  max-height: min(440px, calc(100vh - 16px)); overflow: auto; padding: 12px; pointer-events: auto;
  background: var(--bg); color: var(--fg); border: 1px solid var(--line); border-radius: 8px;
  box-shadow: 0 8px 24px rgb(0 0 0 / 0.25); font: inherit;
}
.head { display: flex; align-items: center; justify-content: space-between; gap: 8px; }
h2 { font-size: 15px; margin: 0; } h3 { font-size: 13px; margin: 12px 0 6px; }
.close { border: 0; background: transparent; color: var(--fg); font-size: 18px; line-height: 1; padding: 4px 8px; cursor: pointer; border-radius: 4px; }
.notice:empty { display: none; }
.undo { margin: 8px 0; }
.notice { margin: 8px 0; padding: 8px; border-left: 3px solid var(--error); }
.limits { color: var(--muted); margin: 8px 0; }
.keys { color: var(--muted); margin: 4px 0 0; font-size: 12px; }
ol { list-style: none; margin: 8px 0 0; padding: 0; }
.card { border: 1px solid var(--line); border-left: 4px solid var(--info); border-radius: 6px; padding: 8px 10px; margin: 0 0 8px; }
.card.sev-warning { border-left-color: var(--warning); } .card.sev-error { border-left-color: var(--error); }
.card.current { border-color: var(--accent); }
.meta { margin: 0; color: var(--muted); font-size: 12px; }
.summary { margin: 8px 0 0; font-weight: 600; }
.group { margin: 2px 0 0; color: var(--muted); }
.jump { display: flex; align-items: center; gap: 6px; margin-top: 6px; color: var(--muted); font-size: 13px; }
.jump button {
  font: inherit; min-width: 28px; padding: 1px 6px; border-radius: 4px; cursor: pointer;
  border: 1px solid var(--line); background: transparent; color: var(--fg);
}
.jump button:disabled { cursor: default; opacity: 0.55; }
.message { margin: 2px 0 0; font-weight: 600; } .why { margin: 4px 0 0; color: var(--muted); }
.actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 8px; }
.actions button, .undo button {
  font: inherit; font-size: 13px; padding: 3px 8px; border-radius: 4px; cursor: pointer;
  border: 1px solid var(--accent); background: transparent; color: var(--accent);
}
.actions .fix { background: var(--accent); color: var(--on-accent); }
.ask { border: 1px solid var(--line); border-radius: 6px; padding: 6px 10px; margin: 0 0 8px; }
dl { margin: 0; display: grid; grid-template-columns: auto 1fr; gap: 2px 10px; }
dl > div { display: contents; }
dt { font-weight: 600; } dd { margin: 0; }
.missing dd { color: var(--warning); }
.field-outline {
  position: absolute; box-sizing: border-box; pointer-events: none; border: 2px solid #dc2626; border-radius: 4px;
}
.field-outline[hidden] { display: none; }
.marks .mark { position: absolute; pointer-events: none; box-sizing: border-box; border-bottom: 2px solid; }
.marks .mark-error { border-color: #dc2626; background: rgb(220 38 38 / 0.12); }
.marks .mark-warning { border-color: #d97706; background: rgb(217 119 6 / 0.12); }
.marks .mark-info { border-color: #2563eb; border-bottom-style: dotted; }
`;
