import type { DateMention } from "../dates/dates.ts";
import type { Sentence, Token } from "../document/document.ts";
import type { Name } from "../names/names.ts";

/**
 * What a name unit stands for in a pattern: `<FILM>`, `<PERSON>` (known to be a person),
 * `<PNAME>` (shaped like a person's name, nothing more: "Vera Drake" may be a film), `<NAME>`
 * (nothing known yet), `<CHAR>` (a rank or title with a name, "Officer Hale": a part, not a
 * player)…
 */
export type UnitType =
  | "FILM"
  | "PERSON"
  | "PNAME"
  | "CHAR"
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

/** A date the sentence names ("May 27, 2022", "next Friday"), as one unit of type DATE. */
export interface DateUnit {
  kind: "date";
  type: "DATE";
  date: DateMention;
  first: number;
  last: number;
}

export type Unit = WordUnit | NameUnit | DateUnit;

/** Unit i is the word `lower`. */
export const isWordAt = (units: readonly Unit[], i: number, lower: string): boolean => {
  const u = units[i];
  return u?.kind === "word" && u.lower === lower;
};

/**
 * A sentence as patterns see it: each name and each date one unit, every other token a word.
 * `typeOf` says what a name is at this stage (before film titles are known, a title is a NAME).
 * A date wins over a name it overlaps ("Friday" is a date, not a name).
 */
export function unitsOf(
  sentence: Sentence,
  names: readonly Name[],
  typeOf: (name: Name) => UnitType,
  dates: readonly DateMention[] = [],
): Unit[] {
  // The tokens dates take, so that a name is checked against them in its own length.
  const dated = new Uint8Array(dates.length > 0 ? sentence.tokens.length : 0);
  for (const d of dates) dated.fill(1, d.first, d.last);
  const spans: (NameUnit | DateUnit)[] = [
    ...dates.map(
      (date): DateUnit => ({ kind: "date", type: "DATE", date, first: date.first, last: date.last }),
    ),
    ...names
      .filter((n) => dates.length === 0 || !dated.subarray(n.first, n.last).includes(1))
      .map(
        (name): NameUnit => ({ kind: "name", type: typeOf(name), name, first: name.first, last: name.last }),
      ),
  ].sort((a, b) => a.first - b.first);
  const units: Unit[] = [];
  let k = 0;
  for (let i = 0; i < sentence.tokens.length; ) {
    const span = spans[k];
    if (span && span.first === i) {
      units.push(span);
      // A possessive's "'s" lives in the name's last token; a bare apostrophe is its own token.
      const bare = span.kind === "name" && span.name.possessive && sentence.tokens[span.last]?.text === "'";
      i = bare ? span.last + 1 : span.last;
      k++;
      continue;
    }
    if (span && span.first < i) {
      k++;
      continue;
    }
    const token = sentence.tokens[i];
    // Quotation marks frame a title or a speech; patterns read through them.
    if (token && token.text !== '"') units.push({ kind: "word", token, lower: token.lower });
    i++;
  }
  return units;
}

/** Character span of units [a, b). */
export function unitSpan(units: readonly Unit[], a: number, b: number): { start: number; end: number } {
  const first = units[a];
  const last = units[b - 1];
  const start = first
    ? first.kind === "word"
      ? first.token.start
      : first.kind === "name"
        ? first.name.start
        : first.date.start
    : 0;
  const end = last
    ? last.kind === "word"
      ? last.token.end
      : last.kind === "name"
        ? last.name.end
        : last.date.end
    : start;
  return { start, end };
}
