/**
 * The HTML report's stylesheet, inline (no external file, font or image). The case filters are
 * radio inputs placed before <nav> and <main>, so `:checked ~` selectors show and hide cases
 * without any script.
 */
const FILTERS = ['flipped', 'failing', 'errored'];
const FILTER_RULES = FILTERS.map(
  (f) => `#f-${f}:checked ~ main .case:not(.${f}) { display: none; }
#f-${f}:checked ~ main .prompt:not(.has-${f}) .empty-${f} { display: block; }`,
).join('\n');
const ACTIVE_LABEL = [...FILTERS, 'all'].map((f) => `#f-${f}:checked ~ nav label[for="f-${f}"]`).join(',\n');

export const HTML_STYLE = `
:root { --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --bg: #fff; --soft: #f6f8fa;
  --pass: #1a7f37; --fail: #cf222e; --error: #9a6700; --del: #ffebe9; --ins: #dafbe1; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1400px; padding: 1rem 1.5rem 4rem; color: var(--fg); background: var(--bg);
  font: 14px/1.5 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; }
code, pre { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12.5px; }
h1 { font-size: 1.4rem; margin: .5rem 0; overflow-wrap: anywhere; }
h2 { font-size: 1.15rem; margin: 0 0 .25rem; }
h3 { font-size: 1rem; margin: 0 0 .5rem; }
h4 { font-size: .85rem; margin: 0 0 .25rem; color: var(--muted); font-weight: 600; }
.meta { color: var(--muted); margin: .25rem 0; overflow-wrap: anywhere; }
table { border-collapse: collapse; margin: .75rem 0; }
th, td { border: 1px solid var(--line); padding: .3rem .6rem; text-align: left; vertical-align: top; }
th { background: var(--soft); font-weight: 600; }
.ci, .type { color: var(--muted); }
.err { color: var(--error); }
.badge { display: inline-block; padding: 0 .45rem; border-radius: 1rem; font-size: .75rem; font-weight: 600;
  text-transform: uppercase; color: #fff; background: var(--muted); }
.badge-pass { background: var(--pass); } .badge-fail { background: var(--fail); } .badge-error { background: var(--error); }
.badge-inconclusive { background: #8250df; } .badge-skipped { background: var(--muted); }
.notice { border: 1px solid var(--line); border-left: 4px solid var(--error); border-radius: 4px; padding: .25rem .75rem; margin: .5rem 0; }
.notice h3 { margin: .25rem 0; }
header { border-bottom: 1px solid var(--line); padding-bottom: .5rem; }
header.verdict-fail h1 { color: var(--fail); } header.verdict-error h1 { color: var(--error); }
header.verdict-inconclusive h1 { color: #8250df; }
.filter { position: absolute; opacity: 0; pointer-events: none; }
.filters { position: sticky; top: 0; z-index: 1; background: var(--bg); padding: .6rem 0; border-bottom: 1px solid var(--line);
  display: flex; gap: .5rem; }
.filters label { cursor: pointer; border: 1px solid var(--line); border-radius: 2rem; padding: .2rem .8rem; user-select: none; }
.filters .n { color: var(--muted); }
.prompt { border: 1px solid var(--line); border-radius: 6px; padding: 1rem; margin: 1.25rem 0; }
.prompt.verdict-fail { border-left: 4px solid var(--fail); } .prompt.verdict-error { border-left: 4px solid var(--error); }
.prompt.verdict-inconclusive { border-left: 4px solid #8250df; }
.case { border-top: 1px solid var(--line); padding: .75rem 0; }
.change { font-weight: 600; } .change-regressed, .change-fail, .change-error { color: var(--fail); }
.change-improved { color: var(--pass); }
.inputs { display: grid; grid-template-columns: max-content 1fr; gap: .1rem .75rem; margin: 0 0 .5rem; }
.inputs dt { font-weight: 600; color: var(--muted); }
.inputs dd { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; }
.more { color: var(--muted); font-style: italic; }
.sides { display: grid; grid-template-columns: 1fr 1fr; gap: .75rem; }
.sides.one { grid-template-columns: 1fr; }
.side pre { margin: 0; padding: .5rem; background: var(--soft); border: 1px solid var(--line); border-radius: 4px;
  white-space: pre-wrap; overflow-wrap: anywhere; max-height: 28rem; overflow: auto; }
.side pre.error { color: var(--error); }
del { background: var(--del); color: #82071e; text-decoration: line-through; }
ins { background: var(--ins); color: #116329; text-decoration: none; }
.problems { margin: .25rem 0 0; padding-left: 1.2rem; color: var(--fail); }
.flaky { color: var(--error); font-weight: 600; }
.empty { display: none; color: var(--muted); font-style: italic; }
${FILTER_RULES}
${ACTIVE_LABEL} { background: var(--fg); color: var(--bg); border-color: var(--fg); }
@media (max-width: 800px) { .sides { grid-template-columns: 1fr; } }
`;
