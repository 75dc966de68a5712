// Dev: for wiki records with missed cast, show the sentence's names and the facts read.
import { readFileSync } from "node:fs";
import { buildDoc } from "../src/document/document.ts";
import { extract } from "../src/extract.ts";
import { findFilms } from "../src/films/films.ts";
import { readDocument } from "../src/input/index.ts";
import { findNames } from "../src/names/names.ts";
import { normaliseText } from "../src/text/normalise.ts";

process.stdout.on("error", () => process.exit(0));
const misses = readFileSync("/tmp/wm.txt", "utf8")
  .split("\n")
  .filter((l) => l.includes("cast: missed"));
const recs = new Map(
  readFileSync("/work/shared/corpus/wikipedia-dev.jsonl", "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => {
      const r = JSON.parse(l);
      return [r.id, r];
    }),
);
const n = Number(process.argv[2] ?? 20);
const skip = Number(process.argv[3] ?? 0);
for (const line of misses.slice(skip, skip + n)) {
  const id = line.trim().split(" ")[0] ?? "";
  const who = /missed "(.*)"/.exec(line)?.[1] ?? "";
  const r = recs.get(id);
  const source = readDocument("text", r.extract);
  const { text, titleCues } = normaliseText(source.text, source.titleCues);
  const doc = buildDoc(text, null, null, titleCues);
  const names = findNames(doc);
  const films = findFilms(doc, names);
  const last = who.split(" ").pop() ?? "";
  const s = doc.sentences.find((x) => x.text.toLowerCase().includes(last));
  console.log(`### ${r.title} :: ${who}`);
  if (s) {
    console.log(`  ${s.text.slice(0, 300)}`);
    console.log(
      "  ",
      (names.bySentence[s.index] ?? [])
        .map(
          (x) =>
            `[${x.kind}${films.filmOfName.has(x.id) ? "=F" : ""}${x.person && !x.person.confirmed ? "?" : ""}] ${x.text}`,
        )
        .join("  "),
    );
  }
  const res = extract({ format: "text", text: r.extract });
  console.log("   films:", res.films.map((f) => `${f.title}(${f.cast.length})`).join(", "));
}
