import type { Sentence } from "../document/document.ts";
import type { NameUnit, Unit, UnitType } from "./units.ts";

/**
 * A pattern over a sentence's units, written as text (one element per space-separated item):
 *
 * - `starring` or `star|stars|starred` — a word (any of them), compared in lower case;
 * - `@role` — a word of a named word class (see `WORD_CLASSES`), alone or among words
 *   (`@award|prize`); a trailing `+` takes a list of them ("wrote, directed and starred");
 * - `<PERSON>`, `<FILM|NAME>` — one name of those types, not followed by a possessive;
 *   `<PERSON+>` a list of them joined by commas, "and", "&" or "or"; `<PERSON's>` a name
 *   followed by a possessive ("Amos Pell's");
 * - `#year`, `#number`, `#money` — a token of that shape ("2004", "12", "$24m");
 * - `~3` — up to three plain words or nationalities (never another name, never punctuation);
 *   `*8` — up to eight units of any kind but a clause's punctuation (for a lead's description);
 *   `^3` — up to three words of a noun phrase ("the 1998 hit"): no prepositions, no conjunctions;
 * - `slot=element` — captures what the element matched under that slot's name;
 * - a trailing `?` makes an element optional.
 *
 * Matching is linear in the sentence for a given pattern: elements match left to right with
 * bounded backtracking (optional elements and `~n`), and a list is read once per start.
 * A rule table opens a match only on a unit that one of the pattern's leading elements takes
 * (`startKeys`): in `best? ~2 @category`, without "best" the match opens on the category word,
 * never on a word the skip would pass.
 */
export type Element =
  | {
      kind: "word";
      words: ReadonlySet<string>;
      classes: readonly ReadonlySet<string>[];
      /** `wrote|directed+`: a list of such words ("wrote, directed and starred"). */
      list: boolean;
      optional: boolean;
      slot?: string;
    }
  | {
      kind: "name";
      types: ReadonlySet<UnitType>;
      /** The types as one string, naming the element's lists in a sentence's cache. */
      key: string;
      list: boolean;
      possessive: boolean;
      optional: boolean;
      slot?: string;
    }
  | { kind: "shape"; shape: string; test: (text: string) => boolean; optional: boolean; slot?: string }
  | { kind: "skip"; max: number; passes: "words" | "units" | "modifiers" };

export interface Pattern {
  source: string;
  elements: Element[];
}

const SHAPES: Record<string, (text: string) => boolean> = {
  year: (t) => /^(?:18[89]\d|19\d\d|20\d\d)$/.test(t),
  number: (t) => /^\d[\d,.]*$/.test(t),
  money: (t) => /^[$£€]$/.test(t),
};
/** A token can have a shape only if it opens with a digit or a currency sign. */
const mayHaveShape = (text: string) => /^[\d$£€]/.test(text);

const UNIT_TYPES = new Set<UnitType>([
  "FILM",
  "PERSON",
  "PNAME",
  "CHAR",
  "ORG",
  "PLACE",
  "AWARD",
  "EVENT",
  "NAT",
  "DATE",
  "MEDIA",
  "NAME",
]);

export class PatternError extends Error {
  override name = "PatternError";
}

function parseElement(item: string, classes: ReadonlyMap<string, ReadonlySet<string>>): Element {
  const skip = /^([~*^])(\d{1,2})$/.exec(item);
  if (skip)
    return {
      kind: "skip",
      max: Number(skip[2]),
      passes: skip[1] === "*" ? "units" : skip[1] === "^" ? "modifiers" : "words",
    };
  const optional = item.length > 1 && item.endsWith("?") && !item.endsWith("\\?");
  let body = optional ? item.slice(0, -1) : item;
  let slot: string | undefined;
  const eq = /^([a-z][a-zA-Z]*)=(.+)$/.exec(body);
  if (eq) {
    slot = eq[1];
    body = eq[2] ?? "";
  }
  const name = /^<([A-Z|]+)(\+)?('s)?>$/.exec(body);
  if (name) {
    const types = (name[1] ?? "").split("|") as UnitType[];
    for (const t of types)
      if (!UNIT_TYPES.has(t)) throw new PatternError(`unknown unit type ${t} in "${item}"`);
    const key = [...types].sort().join("|");
    return {
      kind: "name",
      types: new Set(types),
      key,
      list: !!name[2],
      possessive: !!name[3],
      optional,
      slot,
    };
  }
  if (body.startsWith("#")) {
    const test = SHAPES[body.slice(1)];
    if (!test) throw new PatternError(`unknown shape ${body} in "${item}"`);
    return { kind: "shape", shape: body.slice(1), test, optional, slot };
  }
  const list = body.length > 1 && body.endsWith("+");
  if (list) body = body.slice(0, -1);
  const words = new Set<string>();
  const wordClasses: ReadonlySet<string>[] = [];
  for (const alternative of body.split("|")) {
    if (!alternative.startsWith("@")) {
      words.add(alternative.replace(/\\\?/g, "?"));
      continue;
    }
    const cls = classes.get(alternative.slice(1));
    if (!cls) throw new PatternError(`unknown word class ${alternative} in "${item}"`);
    wordClasses.push(cls);
  }
  return { kind: "word", words, classes: wordClasses, list, optional, slot };
}

export function compilePattern(source: string, classes: ReadonlyMap<string, ReadonlySet<string>>): Pattern {
  const elements = source
    .trim()
    .split(/\s+/)
    .map((item) => parseElement(item, classes));
  if (elements.length === 0) throw new PatternError("empty pattern");
  if (elements[0]?.kind === "skip") throw new PatternError(`a pattern cannot open with a skip: "${source}"`);
  // A match of nothing would say nothing, and could be found twice at one unit.
  if (elements.every((e) => e.kind === "skip" || e.optional))
    throw new PatternError(`a pattern needs at least one element that is not optional: "${source}"`);
  return { source, elements };
}

/** What a match captured: each slot's units, in sentence order. */
export type Captures = Record<string, Unit[]>;

export interface Match {
  /** Unit range of the whole match, end exclusive. */
  start: number;
  end: number;
  captures: Captures;
}

const JOINERS = new Set([",", "and", "or", "&"]);
const isPunctuation = (u: Unit) => u.kind === "word" && !u.token.word;

/**
 * Per-sentence state shared by every pattern run on it: where each list of names ends, so that
 * a long list is read once whatever the number of patterns that start on it.
 */
export class SentenceUnits {
  private readonly listEnds = new Map<string, Map<number, number>>();
  private readonly wordListEnds = new WeakMap<object, Map<number, number>>();
  private presentKeys: Set<string> | undefined;
  /** Per unit, its key (`unitKey`), and the lower-case text of a name read as a word, else "". */
  private readonly unitKeys: string[] = [];
  private readonly openerWords: string[] = [];
  private readonly readings = new Map<object, unknown>();
  private positions: Map<Unit, number> | undefined;

  constructor(
    readonly sentence: Sentence,
    readonly units: readonly Unit[],
    readonly classes: ReadonlyMap<string, ReadonlySet<string>>,
  ) {}

  /**
   * Every key by which a unit of the sentence can meet an element (see `requiredKeys`): a word
   * in lower case and its shapes (`#year`), a name's or a date's `<TYPE>`, and the lower-case
   * text of a name that opens the sentence, which word elements read as a word.
   */
  get keys(): ReadonlySet<string> {
    return this.presentKeys ?? this.index();
  }

  /**
   * A reading of the whole sentence, made once however many matches ask for it (a rule's
   * `when`, the film a credit falls back on): asked per match, a scan of the sentence would make
   * a long sentence cost the square of its length. `key` names the reading.
   */
  once<T>(key: object, read: () => T): T {
    if (this.readings.has(key)) return this.readings.get(key) as T;
    const value = read();
    this.readings.set(key, value);
    return value;
  }

  /** Where a unit of this sentence stands in it (-1 for another's): `units.indexOf` in constant time. */
  indexOf(unit: Unit): number {
    if (!this.positions) this.positions = new Map(this.units.map((u, i) => [u, i]));
    return this.positions.get(unit) ?? -1;
  }

  /**
   * Whether a word `test` accepts comes before unit `at`. The sentence is read once per test,
   * so `test` must be one function kept for the purpose (a module constant), not made per call.
   */
  hasWordBefore(at: number, test: (lower: string) => boolean): boolean {
    const first = this.once(test, () => this.units.findIndex((u) => u.kind === "word" && test(u.lower)));
    return first >= 0 && first < at;
  }

  /**
   * Whether the sentence has a word `test` accepts, read once per test (a module constant, as
   * for `hasWordBefore`): a rule's guard asked per match costs no scan of the sentence.
   */
  hasWord(test: (lower: string) => boolean): boolean {
    return this.hasWordBefore(this.units.length, test);
  }

  /** Whether a pattern that opens on these keys (`startKeys`) may open a match on unit i. */
  mayOpen(i: number, starts: ReadonlySet<string>): boolean {
    if (!this.presentKeys) this.index();
    const opener = this.openerWords[i];
    return starts.has(this.unitKeys[i] ?? "") || (!!opener && starts.has(opener)) || starts.has("*");
  }

  /**
   * The sentence's keys that some pattern names, as numbers (`keyNumber`): what a rule table
   * looks up, once a sentence rather than once a table.
   */
  keyNumbers(): Int32Array {
    const known = this.once(this.keyNumbers, () => ({ registered: -1, numbers: new Int32Array(0) }));
    if (known.registered !== KEY_NUMBERS.size) {
      const numbers: number[] = [];
      for (const key of this.keys) {
        const n = KEY_NUMBERS.get(key);
        if (n !== undefined) numbers.push(n);
      }
      known.registered = KEY_NUMBERS.size;
      known.numbers = Int32Array.from(numbers);
    }
    return known.numbers;
  }

  private index(): Set<string> {
    const keys = new Set<string>();
    for (const u of this.units) {
      const key = unitKey(u);
      const opener = u.kind === "name" && u.name.initialWord ? u.name.text.toLowerCase() : "";
      this.unitKeys.push(key);
      this.openerWords.push(opener);
      keys.add(key);
      if (opener) keys.add(opener);
      if (u.kind === "word" && mayHaveShape(u.token.text))
        for (const shape in SHAPES) if (SHAPES[shape]?.(u.token.text)) keys.add(`#${shape}`);
    }
    this.presentKeys = keys;
    return keys;
  }

  /** End (exclusive) of the list of words an element accepts that starts at unit i. */
  wordListEnd(i: number, element: object, accepts: (u: Unit | undefined) => boolean): number {
    let ends = this.wordListEnds.get(element);
    if (!ends) {
      ends = new Map();
      this.wordListEnds.set(element, ends);
    }
    return this.listEndFrom(ends, i, accepts);
  }

  /** End (exclusive) of the list of names of these types that starts at unit i. */
  listEnd(i: number, types: ReadonlySet<UnitType>, key: string): number {
    let ends = this.listEnds.get(key);
    if (!ends) {
      ends = new Map();
      this.listEnds.set(key, ends);
    }
    // A possessive ends a list of names: "Jennifer Lopez and Richard Gere's comedy".
    return this.listEndFrom(
      ends,
      i,
      (u) => !!u && u.kind !== "word" && types.has(u.type) && !(u.kind === "name" && u.name.possessive),
      types.has("PERSON"),
    );
  }

  /**
   * Items joined by commas, "and", "or", "&" (", and" too), from an item at unit i. Every item
   * of a list remembers where the list ends, so a list is read once whichever item asks. An item
   * after a bare comma that a verb follows opens a new clause ("directed by X, Y stars as …").
   */
  private listEndFrom(
    ends: Map<number, number>,
    i: number,
    accepts: (u: Unit | undefined) => boolean,
    people = false,
  ): number {
    const known = ends.get(i);
    if (known !== undefined) return known;
    const items = [i];
    let end = i + 1;
    // "starring A and B, C …": a pair joined by "and" takes no item after a bare comma (a longer
    // list may hold a pair inside: "A, B and C Crovetti, D, and E").
    let closed = false;
    for (;;) {
      let k = end;
      while (k < this.units.length && k - end < 2 && isJoiner(this.units[k])) k++;
      if (closed && k === end + 1 && isComma(this.units[end])) break;
      // "Bessie Love and five-year-old Arthur Trimble": an age before an item is the item's.
      if (k > end && isAge(this.units[k])) k++;
      // "Tom Reed and British actress Ann Vale": what a person is, before a person listed.
      if (people && k > end) k = pastDescription(this.units, k);
      if (k === end || !accepts(this.units[k])) break;
      const joiner = this.units[end];
      if (k === end + 1 && joiner?.kind === "word" && joiner.lower === "," && opensClause(this.units[k + 1]))
        break;
      const rest = ends.get(k);
      if (rest !== undefined) {
        end = rest;
        break;
      }
      items.push(k);
      closed =
        items.length === 2 && this.units.slice(end, k).some((u) => u.kind === "word" && u.lower !== ",");
      end = k + 1;
    }
    for (const item of items) ends.set(item, end);
    return end;
  }
}

/** The word right after the captured units ("" when a name, a date or nothing follows). */
export function wordAfter(s: SentenceUnits, captured: readonly Unit[] | undefined): string {
  const last = captured?.[captured.length - 1];
  const next = last ? s.units[s.indexOf(last) + 1] : undefined;
  return next?.kind === "word" ? next.lower : "";
}

const GLUED = new Set(["/", "-", "'"]);
const PASSED_NAMES = new Set<UnitType>(["NAT", "AWARD", "DATE"]);
/**
 * What `~n` may pass over: plain words ("musical/comedy" with its slash), and names that only
 * qualify ("a 2009 American drama", "won an Oscar for", "on Sunday").
 */
const skippable = (u: Unit | undefined) =>
  !!u &&
  ((u.kind === "word" && (!isPunctuation(u) || GLUED.has(u.lower)) && !CONTRASTS.has(u.lower)) ||
    (u.kind !== "word" && PASSED_NAMES.has(u.type)));

/** "X won best actress while Y was named best film": a contrast opens another clause. */
const CONTRASTS = new Set(["while", "whereas", "whilst"]);
const CLAUSE_ENDS = new Set([".", ";", ":", "!", "?", ...CONTRASTS]);
/** What `*n` may pass over: anything but the end of a clause. */
const passable = (u: Unit | undefined) => !!u && !(u.kind === "word" && CLAUSE_ENDS.has(u.lower));

const FUNCTION_WORDS = new Set(
  "with for to from at by on in into of about against among between over under after before during and or but nor as than that which who whose while when where because".split(
    " ",
  ),
);
/** What `^n` may pass over: words that modify a noun ("the 1998 hit"), not links between phrases. */
// "made 5.45m euros": an amount is no modifier of a name that follows it.
const modifier = (u: Unit | undefined) =>
  skippable(u) && !(u?.kind === "word" && (FUNCTION_WORDS.has(u.lower) || isAmount(u.lower)));

const isAmount = (word: string): boolean =>
  /^[$£€]/.test(word) || (/^\d/.test(word) && !/^(?:18|19|20)\d\d$/.test(word) && !/^\d{2,4}s$/.test(word));

const PASSES = { words: skippable, units: passable, modifiers: modifier };

const isAge = (u: Unit | undefined): boolean =>
  u?.kind === "word" && /^[\p{L}\p{N}]+-years?-old$/u.test(u.lower);

const CLAUSE_VERBS = new Set(
  "is was are were has have had will would can could stars starred plays played said says directed wrote won takes took leads joins joined".split(
    " ",
  ),
);
const opensClause = (u: Unit | undefined) => u?.kind === "word" && CLAUSE_VERBS.has(u.lower);

/**
 * Nouns for performers that may describe a person listed among others ("and actress Ann
 * Vale"). Not "director": "stars X and Y and director Z" lists someone else's credit.
 */
const LISTED_ROLES = new Set("actor actress star co-star singer comedian newcomer".split(" "));

/** Past a nationality and a role noun at unit k ("British actress"), if both or the noun are there. */
function pastDescription(units: readonly Unit[], k: number): number {
  const at = units[k]?.kind === "name" && (units[k] as NameUnit).type === "NAT" ? k + 1 : k;
  const noun = units[at];
  return noun?.kind === "word" && LISTED_ROLES.has(noun.lower) ? at + 1 : k;
}

const isComma = (u: Unit | undefined) => u?.kind === "word" && u.lower === ",";
const isJoiner = (u: Unit | undefined) => u?.kind === "word" && JOINERS.has(u.lower);

/** Every match of a pattern in a sentence, leftmost first, not overlapping. */
export function matchAll(pattern: Pattern, sentence: SentenceUnits, starts?: Iterable<number>): Match[] {
  const found: Match[] = [];
  let from = 0;
  for (const i of starts ?? range(sentence.units.length)) {
    if (i < from) continue;
    const m = matchAt(pattern, sentence, i);
    if (m) {
      found.push(m);
      from = Math.max(m.end, i + 1);
    }
  }
  return found;
}

function* range(n: number): Iterable<number> {
  for (let i = 0; i < n; i++) yield i;
}

/** The pattern matched from unit i, or null. */
export function matchAt(pattern: Pattern, sentence: SentenceUnits, i: number): Match | null {
  const captures: Captures = {};
  const end = step(pattern.elements, 0, sentence, i, captures);
  return end < 0 ? null : { start: i, end, captures };
}

/** Matches elements[e…] from unit u; returns the end unit or -1. Captures are set on success. */
function step(
  elements: readonly Element[],
  e: number,
  s: SentenceUnits,
  u: number,
  captures: Captures,
): number {
  const element = elements[e];
  if (!element) return u;
  if (element.kind === "skip") {
    for (let n = 0; n <= element.max; n++) {
      const unit = s.units[u + n - 1];
      if (n > 0 && !PASSES[element.passes](unit)) break;
      const end = step(elements, e + 1, s, u + n, captures);
      if (end >= 0) return end;
    }
    return -1;
  }
  const width = consume(element, s, u);
  if (width > 0) {
    const end = step(elements, e + 1, s, u + width, captures);
    if (end >= 0) {
      if (element.slot) captures[element.slot] = namesIn(s.units.slice(u, u + width), element);
      return end;
    }
  }
  return element.optional ? step(elements, e + 1, s, u, captures) : -1;
}

/** Of a list of names, the names; of a list of words, the words; of anything else, every unit. */
function namesIn(units: Unit[], element: Element): Unit[] {
  if (element.kind === "name" && element.list) return units.filter((x) => x.kind !== "word");
  if (element.kind === "word" && element.list) return units.filter((x) => !isJoiner(x));
  return units;
}

/** How many units the element takes at u (0 when it does not match). */
function consume(element: Exclude<Element, { kind: "skip" }>, s: SentenceUnits, u: number): number {
  const unit = s.units[u];
  if (!unit) return 0;
  switch (element.kind) {
    case "word": {
      const accepts = (lower: string) =>
        element.words.has(lower) || element.classes.some((c) => c.has(lower));
      // "Filming took place …": a capitalised opener is a name only if something makes it one;
      // to a word element it is the word.
      const isWord = (x: Unit | undefined) =>
        (x?.kind === "word" && accepts(x.lower)) ||
        (x?.kind === "name" && x.name.initialWord && accepts(x.name.text.toLowerCase()));
      if (!isWord(unit)) return 0;
      if (!element.list) return 1;
      return s.wordListEnd(u, element, isWord) - u;
    }
    case "shape":
      return unit.kind === "word" && element.test(unit.token.text) ? 1 : 0;
    case "name": {
      if (unit.kind === "word" || !element.types.has(unit.type)) return 0;
      // "Amos Pell's play": a possessive name qualifies what follows; only `<X's>` takes it.
      if (element.possessive !== (unit.kind === "name" && unit.name.possessive)) return 0;
      if (!element.list) return 1;
      return s.listEnd(u, element.types, element.key) - u;
    }
  }
}

/**
 * The unit keys a pattern can start on (a word, `<TYPE>`, or "*" for any), so that a sentence
 * tries only the patterns that can match where it stands.
 */
export function startKeys(pattern: Pattern): Set<string> {
  const keys = new Set<string>();
  for (const element of pattern.elements) {
    if (element.kind === "skip") continue;
    if (element.kind === "word") {
      for (const w of element.words) keys.add(w);
      for (const c of element.classes) for (const w of c) keys.add(w);
    } else if (element.kind === "shape") keys.add("*");
    else for (const t of element.types) keys.add(`<${t}>`);
    if (!element.optional) return keys;
  }
  keys.add("*");
  return keys;
}

/**
 * What a sentence must hold for the pattern to match anywhere in it: for every element that
 * must take a unit (neither optional nor a skip), the keys of the units it accepts, as
 * `SentenceUnits.keys` spells them. A sentence that has none of one element's keys cannot match.
 */
export function requiredKeys(pattern: Pattern): ReadonlySet<string>[] {
  const required: ReadonlySet<string>[] = [];
  for (const element of pattern.elements) {
    if (element.kind === "skip" || element.optional) continue;
    if (element.kind === "word") {
      const keys = new Set(element.words);
      for (const c of element.classes) for (const w of c) keys.add(w);
      required.push(keys);
    } else if (element.kind === "shape") required.push(new Set([`#${element.shape}`]));
    else required.push(new Set([...element.types].map((t) => `<${t}>`)));
  }
  return required;
}

/** Every key a compiled pattern names, numbered in the order tables ask for them. */
const KEY_NUMBERS = new Map<string, number>();

/** The number of a key patterns name (see `SentenceUnits.keyNumbers`), given on first asking. */
export function keyNumber(key: string): number {
  let n = KEY_NUMBERS.get(key);
  if (n === undefined) {
    n = KEY_NUMBERS.size;
    KEY_NUMBERS.set(key, n);
  }
  return n;
}

export const unitKey = (u: Unit): string => (u.kind === "word" ? u.lower : `<${u.type}>`);
