import { readFileSync } from "node:fs";
import { buildDoc } from "../src/document/document.ts";
import { readDocument } from "../src/input/index.ts";
import { findNames } from "../src/names/names.ts";
import { normaliseText } from "../src/text/normalise.ts";

for (const path of process.argv.slice(2)) {
  const raw = readFileSync(path, "utf8");
  const source = readDocument("text", raw);
  const { text, titleCues } = normaliseText(source.text, source.titleCues);
  const doc = buildDoc(text, source.headline, null, titleCues);
  const layer = findNames(doc);
  console.log("==", path);
  for (const n of layer.names)
    console.log(
      `  [${n.kind}${n.opener ? ",opener" : ""}${n.possessive ? ",'s" : ""}] ${n.text}${n.person ? ` -> ${n.person.name}` : ""}`,
    );
}
