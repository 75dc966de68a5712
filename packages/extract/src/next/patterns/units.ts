import type { Sentence, Token } from "../document/document.ts";
import type { Name } from "../names/names.ts";

/**
 * What a name unit stands for in a pattern: `<FILM>`, `<PERSON>` (known to be a person),
 * `<PNAME>` (shaped like a person's name, nothing more: "Vera Drake" may be a film), `<NAME>`
 * (nothing known yet)…
 */
export type UnitType =
  | "FILM"
  | "PERSON"
  | "PNAME"
  | "ORG"
  | "PLACE"
  | "AWARD"
  | "EVENT"
  | "NAT"
  | "DATE"
  | "MEDIA"
  | "NAME";

export interface WordUnit {
  kind: "word";
  token: Token;
  lower: string;
}

export interface NameUnit {
  kind: "name";
  type: UnitType;
  name: Name;
  /** Token range in the sentence, last exclusive. */
  first: number;
  last: number;
}

export type Unit = WordUnit | NameUnit;

/**
 * A sentence as patterns see it: each name one unit of its type, every other token a word.
 * `typeOf` says what a name is at this stage (before film titles are known, a title is a NAME).
 */
export function unitsOf(sentence: Sentence, names: readonly Name[], typeOf: (name: Name) => UnitType): Unit[] {
  const units: Unit[] = [];
  const sorted = [...names].sort((a, b) => a.first - b.first);
  let k = 0;
  for (let i = 0; i < sentence.tokens.length; ) {
    const name = sorted[k];
    if (name && name.first === i) {
      units.push({ kind: "name", type: typeOf(name), name, first: name.first, last: name.last });
      // A possessive's "'s" lives in the name's last token; a bare apostrophe is its own token.
      i = sentence.tokens[name.last]?.text === "'" && name.possessive ? name.last + 1 : name.last;
      k++;
      continue;
    }
    if (name && name.first < i) {
      k++;
      continue;
    }
    const token = sentence.tokens[i];
    if (token) units.push({ kind: "word", token, lower: token.lower });
    i++;
  }
  return units;
}

/** Character span of units [a, b). */
export function unitSpan(units: readonly Unit[], a: number, b: number): { start: number; end: number } {
  const first = units[a];
  const last = units[b - 1];
  const start = first ? (first.kind === "word" ? first.token.start : first.name.start) : 0;
  const end = last ? (last.kind === "word" ? last.token.end : last.name.end) : start;
  return { start, end };
}
