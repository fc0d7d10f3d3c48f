/** Marker shadow-root styles: reset from the host page, px sizes only (host `rem`/inheritance cannot distort it). */
export const MARKER_CSS = `
:host { all: initial; }
button {
  all: initial;
  box-sizing: border-box;
  display: block;
  width: 16px;
  height: 16px;
  border-radius: 8px;
  border: 2px solid #ffffff;
  box-shadow: 0 0 0 1px rgba(0, 0, 0, 0.35);
  cursor: pointer;
  font: 700 10px/12px system-ui, -apple-system, "Segoe UI", "Hiragino Sans", "Noto Sans JP", sans-serif;
  color: #ffffff;
  text-align: center;
  pointer-events: auto;
}
button[data-stance="supports"] { background: #2563eb; }
button[data-stance="disputes"] { background: #ea580c; }
button[data-stance="neutral"] { background: #6b7280; }
button[data-stance="overtaken"], button[data-stance="retracted"] { background: #6d28d9; }
button:hover { transform: scale(1.15); }
button:focus-visible { outline: 3px solid #facc15; outline-offset: 1px; }
button[aria-expanded="true"] { box-shadow: 0 0 0 2px #facc15; }
@media (prefers-color-scheme: dark) { button { border-color: #111827; } }
`;
