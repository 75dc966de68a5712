// Dev: explain how the next pipeline reads a text (names, title evidence, films, facts).
import { readFileSync } from "node:fs";
import { buildDoc } from "../src/document/document.ts";
import { extract } from "../src/extract.ts";
import { findFilms } from "../src/films/films.ts";
import { readDocument } from "../src/input/index.ts";
import { findNames } from "../src/names/names.ts";
import { normaliseText } from "../src/text/normalise.ts";

process.stdout.on("error", () => process.exit(0));
const arg = process.argv[2] ?? "";
const isFile = /\.(?:txt|md|html)$/.test(arg);
const raw = isFile ? readFileSync(arg, "utf8") : arg;
const format = arg.endsWith(".md") ? "markdown" : arg.endsWith(".html") ? "html" : "text";
const source = readDocument(format, raw);
const { text, titleCues } = normaliseText(source.text, source.titleCues);
const doc = buildDoc(
  text,
  source.headline,
  process.env.PUBLISHED ? new Date(process.env.PUBLISHED) : null,
  titleCues,
);
const names = findNames(doc);
const films = findFilms(doc, names);
for (const s of doc.sentences) {
  const ns = names.bySentence[s.index] ?? [];
  if (process.argv[3] && !s.text.includes(process.argv[3])) continue;
  console.log(`#${s.index} ${s.text}`);
  console.log(
    "   ",
    ns
      .map((n) => `[${n.kind}${n.opener ? "!" : ""}${films.filmOfName.has(n.id) ? "=FILM" : ""}] ${n.text}`)
      .join("  "),
  );
}
for (const f of films.films)
  console.log(
    `FILM ${f.title} ${f.confidence} ${[...new Set(f.evidence.map((e) => `${e.rule}#${e.sentence}`))].join(",")}`,
  );
const r = extract({ format, text: raw, publishedAt: process.env.PUBLISHED ?? null });
for (const fact of r.facts)
  if (!["title", "alias"].includes(fact.predicate))
    console.log(
      `  ${fact.filmId} ${fact.predicate} ${JSON.stringify(fact.value)} [${fact.evidence.map((e) => e.rule).join(",")}]`,
    );
