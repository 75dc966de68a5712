import type { TitleCue } from "../input/document.ts";
import { GLUE_SUFFIXES } from "../lexicon/words.ts";

export interface NormalisedText {
  text: string;
  titleCues: TitleCue[];
}

const REPLACEMENTS: Record<string, string> = {
  "\u2018": "'",
  "\u2019": "'",
  "\u201A": "'",
  "\u2032": "'",
  "\u02BC": "'",
  "\u201C": '"',
  "\u201D": '"',
  "\u201E": '"',
  "\u2033": '"',
  "\u00AB": '"',
  "\u00BB": '"',
  "\u2010": "-",
  "\u2011": "-",
  "\u2012": "-",
  "\u2013": "-",
  "\u2014": "-",
  "\u2015": "-",
  "\u2212": "-",
  "\u00A0": " ",
  "\u2007": " ",
  "\u2009": " ",
  "\u200A": " ",
  "\u202F": " ",
  "\u3000": " ",
  "\t": " ",
  "\u2026": "...",
  "\u00AD": "",
  "\u200B": "",
  "\u200C": "",
  "\u200D": "",
  "\u2060": "",
  "\uFEFF": "",
  "\r": "",
};

const GLUE_SUFFIX_MAX = Math.max(...[...GLUE_SUFFIXES].map((w) => w.length));

/** Lower-case particles that legitimately run into a capital inside a surname: "deMille". */
const NAME_PARTICLES = new Set([
  "de",
  "di",
  "da",
  "du",
  "del",
  "della",
  "van",
  "von",
  "le",
  "la",
  "mac",
  "mc",
  "al",
  "el",
  "ten",
  "ter",
]);

const NEEDS_REPLACEMENT = new RegExp(`[${Object.keys(REPLACEMENTS).join("")}]`);

/** Index in the output of the first character that came from `sourceIndex` or later. */
function mapIndex(origin: ArrayLike<number>, length: number, sourceIndex: number): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((origin[mid] ?? 0) < sourceIndex) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Character replacements, remembering for each output character the input index it came from. */
function replaceCharacters(nfc: string): { text: string; origin: Int32Array } {
  if (!NEEDS_REPLACEMENT.test(nfc)) {
    const origin = new Int32Array(nfc.length);
    for (let i = 0; i < nfc.length; i++) origin[i] = i;
    return { text: nfc, origin };
  }
  const parts: string[] = [];
  const origin: number[] = [];
  for (let i = 0; i < nfc.length; i++) {
    const ch = nfc[i] ?? "";
    const out = REPLACEMENTS[ch] ?? ch;
    parts.push(out);
    for (let k = 0; k < out.length; k++) origin.push(i);
  }
  return { text: parts.join(""), origin: Int32Array.from(origin) };
}

/**
 * Where stripping markup glued two words together, the positions to put a space back:
 * - a lowercase word run into a capitalised one: "bothMission" → "both Mission";
 * - a numeral run into a common word: "8will" → "8 will";
 * - a capitalised word run into a common word, when the capitalised part also stands alone in
 *   the same text: "Cruisehas" → "Cruise has" (only if "Cruise" occurs by itself elsewhere).
 */
function gluePoints(text: string): Set<number> {
  const points = new Set<number>();
  const standalone = new Set<string>();
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])\p{Lu}[\p{L}]+(?![\p{L}\p{N}])/gu)) standalone.add(m[0]);

  for (const m of text.matchAll(/(?<![\p{L}\p{N}'])(\p{Ll}{2,})(?=\p{Lu}\p{Ll})/gu)) {
    if (!NAME_PARTICLES.has(m[1] ?? "")) points.add((m.index ?? 0) + (m[1] ?? "").length);
  }
  for (const m of text.matchAll(/(?<=\p{N})(\p{Ll}{2,})(?![\p{L}\p{N}])/gu)) {
    if (GLUE_SUFFIXES.has(m[1] ?? "")) points.add(m.index ?? 0);
  }
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])(\p{Lu}[\p{L}]{2,})(?![\p{L}\p{N}'])/gu)) {
    const word = m[1] ?? "";
    // Only as many letters as the longest glue word can be one; most words have none.
    for (let cut = word.length - 2; cut >= Math.max(3, word.length - GLUE_SUFFIX_MAX); cut--) {
      const suffix = word.slice(cut);
      if (!GLUE_SUFFIXES.has(suffix) || !/^\p{Ll}+$/u.test(suffix)) continue;
      if (standalone.has(word.slice(0, cut))) {
        points.add((m.index ?? 0) + cut);
        break;
      }
    }
  }
  return points;
}

/**
 * One canonical text for extraction and evidence: NFC, straight quotes, ASCII dashes, plain
 * spaces, no zero-width characters, single spaces, and glued words split back apart. Title
 * cues are carried across every change so they still cover the same words.
 */
export function normaliseText(raw: string, cues: TitleCue[]): NormalisedText {
  const nfc = raw.normalize("NFC");
  const nfcCues =
    nfc.length === raw.length
      ? cues
      : cues.map((c) => ({
          start: raw.slice(0, c.start).normalize("NFC").length,
          end: raw.slice(0, c.end).normalize("NFC").length,
        }));

  const replaced = replaceCharacters(nfc);
  const stage1 = replaced.text;
  const glue = gluePoints(stage1);

  // One pass: collapse spaces, drop them at line starts, keep at most one blank line, and
  // put a space back at every glue point. Unchanged stretches are copied as slices.
  const parts: string[] = [];
  const origin = new Int32Array(stage1.length + glue.size + 1);
  let n = 0;
  let runStart = -1;
  let pendingSpace = false;
  let lineStart = true;
  let newlines = 0; // newlines just emitted, to keep at most one blank line
  const flush = (end: number) => {
    if (runStart >= 0) parts.push(stage1.slice(runStart, end));
    runStart = -1;
  };
  for (let i = 0; i < stage1.length; i++) {
    const ch = stage1[i];
    const from = replaced.origin[i] ?? 0;
    if (ch === " ") {
      flush(i);
      if (!lineStart) pendingSpace = true;
      continue;
    }
    if (ch === "\n") {
      flush(i);
      pendingSpace = false;
      if (n > 0 && newlines < 2) {
        parts.push("\n");
        origin[n++] = from;
        newlines++;
      }
      lineStart = true;
      continue;
    }
    if (glue.has(i) && !lineStart) pendingSpace = true;
    if (pendingSpace) {
      flush(i);
      parts.push(" ");
      origin[n++] = from;
    }
    pendingSpace = false;
    lineStart = false;
    newlines = 0;
    if (runStart < 0) runStart = i;
    origin[n++] = from;
  }
  flush(stage1.length);
  let text = parts.join("");
  while (n > 0 && /\s/.test(text[n - 1] ?? "")) n--;
  text = text.slice(0, n);

  const titleCues = nfcCues
    .map((c) => ({ start: mapIndex(origin, n, c.start), end: mapIndex(origin, n, c.end) }))
    .map((c) => trimSpan(text, c))
    .filter((c) => c.end > c.start);
  return { text, titleCues };
}

function trimSpan(text: string, span: TitleCue): TitleCue {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start] ?? "")) start++;
  while (end > start && /\s/.test(text[end - 1] ?? "")) end--;
  return { start, end };
}
