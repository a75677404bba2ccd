// The report's stylesheet, inlined into the page so it opens offline: system fonts only, no
// url() of any kind. Meaning never rides on colour alone (every badge and flag carries its
// words), and the print rules give an auditor paper that reads like the screen.

export const STYLE = `
:root {
  --ink: #1b1f24;
  --muted: #57606a;
  --line: #d0d7de;
  --paper: #ffffff;
  --panel: #f6f8fa;
  --accent: #0b57d0;
  --bad-ink: #8c0010;
  --bad-bg: #ffebe9;
  --bad-line: #cf222e;
  --warn-ink: #6b4a00;
  --warn-bg: #fff8c5;
  --ok-ink: #0f5323;
  --ok-bg: #dafbe1;
}
* { box-sizing: border-box; }
[hidden] { display: none !important; }
html { color: var(--ink); background: var(--paper); }
body {
  margin: 0 auto;
  max-width: 1200px;
  padding: 24px 32px 48px;
  font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif;
}
code, .mono { font-family: ui-monospace, "SFMono-Regular", "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.92em; }
h1 { font-size: 1.7em; margin: 0 0 12px; }
h1 .repo { font-weight: 400; color: var(--muted); }
h2 { font-size: 1.3em; margin: 32px 0 12px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
h3 { font-size: 1.1em; margin: 0; word-break: break-all; }
a { color: var(--accent); }
ul.plain { list-style: none; margin: 0; padding: 0; }

.facts { display: grid; grid-template-columns: repeat(auto-fill, minmax(260px, 1fr)); gap: 8px 24px; margin: 0; }
.facts div { min-width: 0; }
.facts dt { color: var(--muted); font-size: 0.85em; }
.facts dd { margin: 0; overflow-wrap: anywhere; }

.alert {
  margin: 16px 0 0;
  padding: 12px 16px;
  border: 3px solid var(--bad-line);
  border-left-width: 12px;
  background: var(--bad-bg);
  color: var(--bad-ink);
  font-size: 1.1em;
}
.alert strong { font-size: 1.15em; letter-spacing: 0.02em; }
.note { padding: 8px 12px; background: var(--panel); border: 1px solid var(--line); }

.stats { display: flex; flex-wrap: wrap; gap: 12px; margin: 0 0 16px; padding: 0; list-style: none; }
.stats li { padding: 10px 16px; border: 1px solid var(--line); background: var(--panel); min-width: 120px; }
.stats .n { display: block; font-size: 1.8em; font-weight: 700; line-height: 1.1; }
.summary-tables { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 2fr); gap: 24px; align-items: start; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { font-size: 0.85em; color: var(--muted); font-weight: 600; }
td.count { text-align: right; font-variant-numeric: tabular-nums; font-weight: 600; width: 4em; }
tr.has-flags td { background: var(--bad-bg); color: var(--bad-ink); }
a.filter-link[aria-current="true"] { font-weight: 700; outline: 2px solid var(--accent); outline-offset: 2px; }

#filters form { display: flex; flex-wrap: wrap; gap: 12px 20px; align-items: flex-end; padding: 12px 16px; background: var(--panel); border: 1px solid var(--line); }
#filters label { display: flex; flex-direction: column; font-size: 0.85em; color: var(--muted); gap: 2px; }
#filters label.check { flex-direction: row; align-items: center; gap: 6px; color: var(--ink); font-size: 1em; }
#filters input[type="search"] { width: 22em; }
#filters input, #filters select, #filters button { font: inherit; padding: 4px 6px; }
.filter-status { margin: 8px 0 0; color: var(--muted); }

.grant { margin: 0 0 24px; border: 1px solid var(--line); }
.grant-head { padding: 10px 16px; background: var(--panel); border-bottom: 1px solid var(--line); }
.grant-meta { margin: 4px 0 0; color: var(--muted); overflow-wrap: anywhere; }
.grant-meta b { color: var(--ink); font-weight: 600; }
.reason { margin: 4px 0 0; overflow-wrap: anywhere; }

ol.timeline { list-style: none; margin: 0; padding: 8px 16px 8px 36px; position: relative; }
ol.timeline::before { content: ""; position: absolute; left: 20px; top: 16px; bottom: 16px; border-left: 2px solid var(--line); }
li.change { position: relative; padding: 10px 0 12px; border-bottom: 1px dashed var(--line); }
li.change:last-child { border-bottom: 0; }
li.change::before { content: ""; position: absolute; left: -21px; top: 16px; width: 10px; height: 10px; border-radius: 50%; background: var(--paper); border: 2px solid var(--muted); }
li.change.flagged::before { border-color: var(--bad-line); background: var(--bad-line); }
.change-head { display: flex; flex-wrap: wrap; gap: 6px 14px; align-items: baseline; }
.badge { display: inline-block; padding: 0 8px; border: 1px solid currentColor; border-radius: 10px; font-size: 0.85em; font-weight: 600; }
.kind-added { color: var(--ok-ink); background: var(--ok-bg); }
.kind-modified { color: var(--accent); background: #ddf4ff; }
.kind-removed { color: var(--muted); background: var(--panel); }
.verdict-pass { color: var(--ok-ink); background: var(--ok-bg); }
.verdict-warn { color: var(--warn-ink); background: var(--warn-bg); }
.verdict-deny { color: var(--bad-ink); background: var(--bad-bg); }
.verdict-not-evaluated { color: var(--muted); background: var(--panel); }
.result-failed, .result-refused { color: var(--bad-ink); font-weight: 600; }
.stale { color: var(--warn-ink); background: var(--warn-bg); padding: 0 4px; }
.direct { color: var(--bad-ink); font-weight: 600; }
.unknown { color: var(--warn-ink); background: var(--warn-bg); padding: 0 4px; }
.notes { margin: 16px 0 0; padding: 10px 16px 10px 36px; background: var(--warn-bg); color: var(--warn-ink); border: 1px solid currentColor; }
.notes li + li { margin-top: 4px; }

.change-facts { display: grid; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); gap: 6px 24px; margin: 8px 0 0; }
.change-facts div { min-width: 0; }
.change-facts dt { color: var(--muted); font-size: 0.82em; }
.change-facts dd { margin: 0; overflow-wrap: anywhere; }
.change-facts dd li + li { margin-top: 2px; }
.chips { display: flex; flex-wrap: wrap; gap: 4px; list-style: none; margin: 0; padding: 0; }
.chips li { border: 1px solid var(--line); background: var(--panel); padding: 0 6px; font-size: 0.85em; }

ul.flags { list-style: none; margin: 10px 0 0; padding: 0; display: grid; gap: 4px; }
li.flag { padding: 4px 10px; border-left: 6px solid var(--bad-line); background: var(--bad-bg); color: var(--bad-ink); overflow-wrap: anywhere; }
li.flag strong::before { content: "\\26A0\\FE0E  "; }

.print-only { display: none; }
footer { margin-top: 32px; color: var(--muted); font-size: 0.85em; }

@media screen {
  /* Long reports open fast: grants off screen are laid out only when scrolled to. */
  .grant { content-visibility: auto; contain-intrinsic-size: auto 420px; }
}

@media print {
  @page { margin: 14mm 12mm; }
  body { max-width: none; padding: 0; font-size: 10pt; }
  #filters, .no-print { display: none !important; }
  .print-only { display: inline; }
  h2 { break-after: avoid; }
  .grant-head { break-after: avoid; }
  li.change, .alert, tr { break-inside: avoid; }
  .summary-tables { grid-template-columns: 1fr 1fr; }
  a { color: inherit; }
  a.filter-link { text-decoration: none; }
  a.external::after { content: " <" attr(href) ">"; font-size: 0.85em; color: var(--muted); overflow-wrap: anywhere; }
  .grant, .alert, li.flag, .stats li, .badge { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
