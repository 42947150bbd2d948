/**
 * The index page's stylesheet: inline, so the page is one file that works from any folder, on
 * GitHub Pages or opened from disk. Fonts are the reader's own: the page has no downloads of its own.
 */
export const INDEX_STYLE = `
:root {
  --red: #c00000;
  --ink: #1f1f1f;
  --muted: #5f6368;
  --line: #dadce0;
  --paper: #fff;
  --ground: #f4f3ef;
  --serif: "FangSong", "STFangsong", "FandolFang", "仿宋", "Songti SC", "SimSun", "Noto Serif CJK SC", serif;
  --sans: "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", sans-serif;
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--ground); color: var(--ink); font: 16px/1.7 var(--sans); }
a { color: #0b57d0; }
a:focus-visible { outline: 3px solid #0b57d0; outline-offset: 2px; }
.vh { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.top { background: var(--paper); border-bottom: 3px solid var(--red); padding: 1.5rem 1rem 1rem; text-align: center; }
.top h1 { margin: 0; color: var(--red); font: 700 2.2rem/1.3 var(--serif); letter-spacing: .12em; }
.top p { margin: .3rem 0 0; color: var(--muted); }
main { max-width: 75rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 .8rem; padding-left: .6rem; border-left: 4px solid var(--red); }
.stats { margin: 0; font-size: 1.05rem; }
.stats strong { color: var(--red); }
.notice { color: var(--muted); }
.links { display: flex; flex-wrap: wrap; gap: .5rem; margin: .6rem 0 0; padding: 0; list-style: none; }
.links a { display: inline-block; padding: .25rem .8rem; border: 1px solid var(--line); border-radius: 999px;
  background: var(--paper); text-decoration: none; font-size: .95rem; }
.links a:hover { border-color: #0b57d0; }
.links small { color: var(--muted); }
.missing { color: var(--muted); font-size: .95rem; }
.table-wrap { overflow-x: auto; background: var(--paper); border: 1px solid var(--line); border-radius: 8px; }
table { border-collapse: collapse; width: 100%; font-size: .95rem; }
th, td { padding: .5rem .75rem; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
th { background: #faf9f7; white-space: nowrap; }
td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
td.figs { min-width: 16em; }
td strong { white-space: nowrap; }
tbody tr:last-child td { border-bottom: 0; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(19rem, 1fr)); gap: 1.2rem; margin: 0; padding: 0; list-style: none; }
.card { display: flex; flex-direction: column; gap: .7rem; background: var(--paper); border: 1px solid var(--line);
  border-radius: 8px; padding: 1rem; }
.card h3 { margin: 0; font-size: 1.25rem; }
.card h3 small { color: var(--muted); font-size: .85rem; font-weight: 400; margin-left: .4rem; }
.count { margin: 0; color: var(--muted); }
.figures { margin: 0; display: grid; gap: .35rem; }
.figures div { display: flex; justify-content: space-between; gap: .8rem; border-bottom: 1px dashed var(--line); }
.figures dt { color: var(--muted); font-size: .9rem; }
.figures dd { margin: 0; font-weight: 600; white-space: nowrap; font-variant-numeric: tabular-nums; }
.sheet { position: relative; margin: auto 0 0; aspect-ratio: 210 / 297; overflow: hidden; padding: 8% 9%;
  background: var(--paper); border: 1px solid var(--line); box-shadow: 0 1px 4px rgba(0, 0, 0, .12);
  font: 12px/1.65 var(--serif); }
.sheet::after { content: ""; position: absolute; inset: auto 0 0 0; height: 3.5rem;
  background: linear-gradient(rgba(255, 255, 255, 0), var(--paper)); }
.sheet figcaption { position: absolute; top: .3rem; right: .5rem; color: var(--muted); font: 11px var(--sans); }
.sheet p { margin: 0; }
.sheet .name { color: var(--red); text-align: center; font-size: 22px; font-weight: 700; letter-spacing: .1em; margin-top: .4rem; }
.sheet .issue { text-align: center; margin-top: .3rem; }
.sheet .unit { display: flex; justify-content: space-between; margin-top: .5rem; font-size: 11px; }
.sheet .rule { border-top: 2px solid var(--red); margin: .3rem 0 .7rem; }
.sheet .title { text-align: center; font-size: 15px; font-weight: 700; }
.sheet .period { text-align: center; font-size: 11px; }
.sheet .heading { font-family: var(--sans); font-weight: 700; margin-top: .5rem; }
.sheet ol { margin: .2rem 0 0; padding-left: 1.4em; text-align: justify; }
footer { max-width: 75rem; margin: 0 auto; padding: 0 1rem 2rem; color: var(--muted); font-size: .9rem; }
@media print { body { background: #fff; } .sheet::after { display: none; } }
`.trim();
