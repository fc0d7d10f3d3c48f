/** Card shadow-root styles: reset from the host page, px sizes, light and dark themes. */
const LIGHT =
  '--bg:#ffffff;--fg:#111827;--muted:#4b5563;--border:#d1d5db;--link:#1d4ed8;--track:#e5e7eb;--sup:#2563eb;--dis:#c2410c;--neu:#4b5563;--chip:#f3f4f6;--old:#6d28d9;';
const DARK =
  '--bg:#1f2937;--fg:#f9fafb;--muted:#d1d5db;--border:#4b5563;--link:#93c5fd;--track:#374151;--sup:#60a5fa;--dis:#fb923c;--neu:#d1d5db;--chip:#111827;--old:#c4b5fd;';

export const CARD_CSS = `
:host { all: initial; }
.card { ${LIGHT} box-sizing: border-box; width: 360px; max-height: 480px; overflow: auto; padding: 12px 14px;
  background: var(--bg); color: var(--fg); border: 1px solid var(--border); border-radius: 8px;
  box-shadow: 0 8px 24px rgba(0,0,0,0.25); font: 400 13px/18px system-ui, -apple-system, "Segoe UI", "Hiragino Sans", "Noto Sans JP", sans-serif;
  text-align: left; pointer-events: auto; }
:host([data-theme="dark"]) .card { ${DARK} }
@media (prefers-color-scheme: dark) { :host([data-theme="auto"]) .card { ${DARK} } }
.card:focus { outline: none; }
.card:focus-visible { outline: 2px solid var(--link); }
header { display: flex; justify-content: space-between; align-items: center; margin: 0 0 6px; }
.brand { font-weight: 700; font-size: 12px; letter-spacing: 0.3px; color: var(--muted); }
button { font: inherit; color: inherit; cursor: pointer; }
.close { background: none; border: 0; font-size: 20px; line-height: 20px; width: 28px; height: 28px; border-radius: 4px; }
.close:hover, .close:focus-visible { background: var(--chip); }
button:focus-visible, a:focus-visible, summary:focus-visible { outline: 2px solid var(--link); outline-offset: 1px; }
h2 { font-size: 15px; line-height: 21px; margin: 4px 0 6px; font-weight: 700; }
h3 { font-size: 12px; line-height: 16px; margin: 10px 0 4px; text-transform: uppercase; letter-spacing: 0.4px; color: var(--muted); }
p { margin: 0 0 6px; }
ul { margin: 0; padding: 0; list-style: none; }
li { padding: 6px 0; border-top: 1px solid var(--border); }
.stance { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 12px; font-weight: 600; color: #ffffff; margin: 0 0 4px; }
.stance.supports { background: var(--sup); color: var(--bg); }
.stance.disputes { background: var(--dis); color: var(--bg); }
.stance.neutral { background: var(--neu); color: var(--bg); }
.stance.overtaken, .stance.retracted { background: var(--old); color: var(--bg); }
.stance.overtaken::before, .stance.retracted::before { content: "\\21BA  "; }
.as-of { font-size: 12px; font-weight: 600; margin: 0 0 6px; }
.as-of.status-overtaken, .as-of.status-retracted { color: var(--old); }
.since-then, .status-basis { border-left: 3px solid var(--old); padding-left: 8px; margin: 8px 0; }
.since-then h3, .status-basis h3 { color: var(--old); margin-top: 4px; }
.since-then .sources h4, .status-basis .sources h4 { font-size: 12px; line-height: 16px; font-weight: 600; color: var(--muted); margin: 4px 0 2px; }
.since-then .sources li, .status-basis .sources li { padding: 3px 0; }
.status-label { font-weight: 600; color: var(--fg); }
.update-summary { margin: 2px 0 0; }
.summary { color: var(--muted); }
.sources.supports h3 { color: var(--sup); }
.sources.disputes h3 { color: var(--dis); }
.meta { font-size: 12px; color: var(--muted); }
.publisher { font-weight: 600; color: var(--fg); }
a { color: var(--link); }
.title { display: block; font-weight: 600; }
.muted { color: var(--muted); font-size: 12px; }
.figure { margin: 4px 0 8px; }
.bar-row { display: grid; grid-template-columns: 64px 1fr 92px; gap: 6px; align-items: center; margin: 2px 0; font-size: 12px; }
.bar-track { display: block; height: 10px; background: var(--track); border-radius: 5px; overflow: hidden; }
.bar { display: block; height: 10px; border-radius: 5px; background: var(--neu); }
.bar.article { background: var(--sup); }
.bar.article-differs { background: var(--dis); }
.bar.sources { background: var(--neu); }
.bar-value { text-align: right; font-variant-numeric: tabular-nums; }
.why summary { cursor: pointer; color: var(--muted); font-size: 12px; margin-top: 8px; }
footer { margin-top: 8px; }
.not-this { background: var(--chip); border: 1px solid var(--border); border-radius: 6px; padding: 4px 10px; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
