/**
 * The explorer's one stylesheet, served at /assets/explorer.css (the CSP allows no inline
 * style). Readable on a phone: one column below 40rem, tables scroll sideways.
 */
export const EXPLORER_CSS = `
:root{--ink:#1c2430;--muted:#5b6472;--line:#d9dee5;--bg:#f6f7f9;--card:#fff;--accent:#1f5fbf;--ok:#1c7c3b;--warn:#9a6200;--bad:#b42318;
--k-title:#e8d9ff;--k-person:#d7ecff;--k-cast:#d9f5e3;--k-company:#ffe9c7;--k-release:#ffd9d9;--k-place:#e0f3f1;--k-other:#eeeeee}
*{box-sizing:border-box}
body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg)}
a{color:var(--accent)}a:hover{text-decoration-thickness:2px}
header.site{background:#14213d;color:#fff}
header.site .bar{max-width:72rem;margin:0 auto;padding:.6rem 1rem;display:flex;flex-wrap:wrap;gap:.5rem 1.25rem;align-items:center}
header.site a{color:#fff;text-decoration:none}header.site a.brand{font-weight:700;font-size:1.15rem;letter-spacing:.02em}
header.site nav{display:flex;gap:1rem;flex-wrap:wrap}
header.site search{margin-left:auto}header.site form{display:flex;gap:.35rem}
header.site input{width:14rem;max-width:50vw}
main{max-width:72rem;margin:0 auto;padding:1rem}
footer.site{max-width:72rem;margin:2rem auto;padding:0 1rem;color:var(--muted);font-size:.85rem}
h1{font-size:1.8rem;line-height:1.2;margin:.5rem 0}h2{font-size:1.25rem;margin:1.75rem 0 .6rem}h3{font-size:1.05rem;margin:1rem 0 .4rem}
.sub{color:var(--muted);margin:.2rem 0 1rem}
input,select,button{font:inherit;padding:.35rem .5rem;border:1px solid var(--line);border-radius:6px;background:#fff;color:var(--ink)}
button{background:var(--accent);color:#fff;border-color:var(--accent);cursor:pointer}
.search-hero{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:1.25rem;margin:1rem 0}
.search-hero form{display:flex;gap:.5rem;flex-wrap:wrap}.search-hero input{flex:1;min-width:12rem;font-size:1.1rem}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(15rem,1fr));gap:.75rem}
.cols{display:grid;grid-template-columns:1fr 1fr;gap:1.5rem}
.card{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:.8rem 1rem}
.card h3{margin:0 0 .25rem;overflow-wrap:anywhere}
a.card{text-decoration:none;color:var(--ink)}a.card h3{color:var(--accent);text-decoration:underline;text-decoration-thickness:1px}a.card:hover{border-color:var(--accent)}
ul.plain{list-style:none;padding:0;margin:0}ul.plain>li{padding:.45rem 0;border-bottom:1px solid var(--line)}ul.plain>li:last-child{border-bottom:0}
.badge{display:inline-block;font-size:.78rem;padding:.05rem .45rem;border-radius:999px;border:1px solid currentColor;white-space:nowrap;vertical-align:middle}
.status-ingested{color:var(--ok)}.status-pending{color:var(--muted)}.status-no-films{color:var(--warn)}.status-failed{color:var(--bad)}
.reason{color:var(--bad);font-size:.9rem;display:block}
.muted{color:var(--muted)}.small{font-size:.85rem}
table{border-collapse:collapse;width:100%;background:var(--card)}
th,td{border-bottom:1px solid var(--line);padding:.4rem .55rem;text-align:left;vertical-align:top}
th{font-size:.85rem;color:var(--muted);font-weight:600}
.table-wrap{overflow-x:auto;border:1px solid var(--line);border-radius:10px}
.facts td.value{font-weight:600}
.conf{font-variant-numeric:tabular-nums}
.meter{display:inline-block;width:3.2rem;height:.45rem;background:#e5e8ec;border-radius:4px;vertical-align:middle;margin-right:.3rem;overflow:hidden}
.meter>span{display:block;height:100%;background:var(--accent)}
.w0{width:5%}.w1{width:10%}.w2{width:20%}.w3{width:30%}.w4{width:40%}.w5{width:50%}.w6{width:60%}.w7{width:70%}.w8{width:80%}.w9{width:90%}.w10{width:100%}
details.evidence summary{cursor:pointer;color:var(--accent);font-size:.9rem}
details.evidence ul{margin:.4rem 0 0;padding-left:1.1rem}details.evidence li{margin:.3rem 0}
blockquote{margin:.2rem 0;padding:.15rem .6rem;border-left:3px solid var(--line);color:#333;font-style:italic}
.rule{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:.8rem;color:var(--muted)}
.conflict{display:grid;grid-template-columns:repeat(auto-fit,minmax(12rem,1fr));gap:.5rem;margin:.4rem 0}
.conflict .card{border-color:#e7b55a;background:#fffaf0}
.warn-box{border:1px solid #e7b55a;background:#fffaf0;border-radius:10px;padding:.6rem .9rem;margin:.75rem 0}
.article-text{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:1rem 1.25rem;white-space:pre-wrap;overflow-wrap:anywhere;font-size:1.02rem;line-height:1.7}
mark{border-radius:3px;padding:0 .05em;color:inherit;background:var(--k-other)}
mark.k-title,mark.k-alias,mark.k-franchise,mark.k-installment,mark.k-year,mark.k-relatedFilm{background:var(--k-title)}
mark.k-director,mark.k-writer,mark.k-producer{background:var(--k-person)}
mark.k-cast{background:var(--k-cast)}mark.k-company{background:var(--k-company)}mark.k-release{background:var(--k-release)}
mark.k-filmingLocation{background:var(--k-place)}
mark.focus{outline:3px solid #f59e0b;outline-offset:1px;background:#fde68a}
.legend{display:flex;flex-wrap:wrap;gap:.4rem .9rem;margin:.5rem 0;font-size:.85rem}
.legend mark{padding:0 .4rem}
.timeline .frame{overflow-x:auto}.timeline svg{width:100%;min-width:34rem;height:auto;background:var(--card);border:1px solid var(--line);border-radius:10px}
.timeline .axis{stroke:#9aa3af;stroke-width:1}.timeline .grid-line{stroke:#eceff3;stroke-width:1}
.timeline text{font-size:11px;fill:#5b6472;font-family:system-ui,sans-serif}
.timeline .series{fill:none;stroke-width:2.2}.timeline .point{stroke:#fff;stroke-width:1.5}.timeline .point.approx{fill:#fff;stroke-width:2.5}
.timeline .point.approx.s0{stroke:#1f5fbf}.timeline .point.approx.s1{stroke:#c2410c}.timeline .point.approx.s2{stroke:#15803d}.timeline .point.approx.s3{stroke:#7e22ce}.timeline .point.approx.s4{stroke:#b91c1c}.timeline .point.approx.s5{stroke:#0e7490}
.s0{stroke:#1f5fbf;fill:#1f5fbf}.s1{stroke:#c2410c;fill:#c2410c}.s2{stroke:#15803d;fill:#15803d}.s3{stroke:#7e22ce;fill:#7e22ce}.s4{stroke:#b91c1c;fill:#b91c1c}.s5{stroke:#0e7490;fill:#0e7490}
.series.s0,.series.s1,.series.s2,.series.s3,.series.s4,.series.s5{fill:none}
.swatch{display:inline-block;width:.9rem;height:.9rem;border-radius:3px;vertical-align:-2px;margin-right:.3rem}
.swatch.s0{background:#1f5fbf}.swatch.s1{background:#c2410c}.swatch.s2{background:#15803d}.swatch.s3{background:#7e22ce}.swatch.s4{background:#b91c1c}.swatch.s5{background:#0e7490}
tr.superseded td{color:var(--muted);text-decoration:line-through;text-decoration-color:#c0c6cf}
tr.superseded td.note{text-decoration:none}
.calendar{display:grid;grid-template-columns:repeat(7,1fr);gap:1px;background:var(--line);border:1px solid var(--line);border-radius:10px;overflow:hidden}
.calendar .dow{background:#eef1f5;font-size:.8rem;font-weight:600;color:var(--muted);padding:.3rem .4rem}
.calendar .day{background:var(--card);min-height:6rem;padding:.3rem .4rem;font-size:.85rem}
.calendar .day .n{font-weight:600;color:var(--muted)}.calendar .dow-inline{display:none}.calendar .day.other{background:#f8f9fb}
.calendar .day.today .n{color:#fff;background:var(--accent);border-radius:999px;padding:0 .35rem}
.calendar .entry{display:block;margin:.2rem 0;padding:.15rem .3rem;border-radius:4px;background:#eef4ff;text-decoration:none;line-height:1.3}
.filters{display:flex;flex-wrap:wrap;gap:.5rem;align-items:end;margin:.75rem 0}
.filters label{display:flex;flex-direction:column;font-size:.8rem;color:var(--muted)}
.pager{display:flex;justify-content:space-between;margin:.75rem 0}
.kv{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:0}
.kv dt{color:var(--muted)}.kv dd{margin:0}
code{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:.9em;overflow-wrap:anywhere}
@media (max-width:40rem){
  h1{font-size:1.45rem}.cols{grid-template-columns:1fr}
  header.site search,header.site form{margin-left:0;width:100%}header.site input{flex:1;max-width:none}
  .calendar{grid-template-columns:1fr}.calendar .dow,.calendar .day.empty,.calendar .day.other{display:none}
  .calendar .day{min-height:0}.calendar .dow-inline{display:inline}
  .kv{grid-template-columns:1fr}.kv dd{margin-bottom:.4rem}
  table.stack thead{display:none}table.stack tr{display:block;padding:.45rem .2rem;border-bottom:1px solid var(--line)}
  table.stack td{display:inline-block;border:0;padding:.1rem .4rem}table.stack td:first-child,table.stack td.value{display:block}
  table.stack td[data-label]::before{content:attr(data-label) ": ";color:var(--muted);font-size:.8rem}
}
`;
