import { readFileSync } from "node:fs";
import { readDocument } from "../src/input/index.ts";
import { normaliseText } from "../src/text/normalise.ts";
import { buildDoc } from "../src/next/document/document.ts";
import { findNames } from "../src/next/names/names.ts";

for (const path of process.argv.slice(2)) {
  const raw = readFileSync(path, "utf8");
  const source = readDocument("text", raw);
  const { text, titleCues } = normaliseText(source.text, source.titleCues);
  const doc = buildDoc(text, source.headline, null, titleCues);
  const layer = findNames(doc);
  console.log("==", path);
  for (const n of layer.names) console.log(`  [${n.kind}${n.opener ? ",opener" : ""}${n.possessive ? ",'s" : ""}] ${n.text}${n.person ? ` -> ${n.person.name}` : ""}`);
}
