import type { Sentence } from "../document/document.ts";

const SMALL_WORDS = new Set([
  "of",
  "the",
  "a",
  "an",
  "in",
  "on",
  "at",
  "to",
  "for",
  "and",
  "with",
  "from",
  "is",
]);
const MAX_WORDS = 8;

/**
 * Runs of capitalised words between double quotes — how plain text sets a title ("Baghdad
 * Blogger"). Speech has lower-case words; a nickname sits inside a name (Charles "Chic" Sale).
 * Returns the character ranges inside the quotes.
 */
export function quotedRanges(s: Sentence): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const { tokens } = s;
  let open = -1;
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k]?.text !== '"') continue;
    if (open < 0) {
      open = k;
      continue;
    }
    const inner = tokens.slice(open + 1, k);
    const first = inner[0];
    const last = inner[inner.length - 1];
    const words = inner.filter((t) => t.word);
    const after = tokens[k + 1];
    const titleShaped =
      words.length > 0 &&
      words.length <= MAX_WORDS &&
      words[0]?.upper === true &&
      words.every((t) => t.upper || /^\p{N}/u.test(t.text) || SMALL_WORDS.has(t.lower)) &&
      inner.every((t) => t.word || /^[:'&,-]$/.test(t.text));
    // Charles "Chic" Sale, as "Mad" Max Rockatansky: a quoted word that a name goes on from.
    const nickname = after?.upper === true && after.word && after.start === (last?.end ?? 0) + 2;
    // "Christian, Christian": a chant repeats itself; a title does not.
    const texts = words.map((t) => t.lower);
    const chant = new Set(texts).size < texts.length && texts.length <= 4;
    if (titleShaped && !nickname && !chant && first && last) out.push({ start: first.start, end: last.end });
    open = -1;
  }
  return out;
}
