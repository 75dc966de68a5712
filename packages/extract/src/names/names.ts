import type { Doc, Sentence, Token } from "../document/document.ts";
import { isEnglishWord } from "../lexicon/english.ts";
import { ROLE_NOUNS, VENUE_HEADS } from "../lexicon/entities.ts";
import { FILM_NOUNS, GENRE_NOUNS } from "../lexicon/film-words.ts";
import { isGivenName } from "../lexicon/names.ts";
import { NATIONALITIES, PLACE_SUFFIXES } from "../lexicon/places.ts";
import { kindOfWords, type NameKind } from "./kinds.ts";
import { leadOf } from "./lead.ts";
import { isPersonShaped, People, type Person, tradeOf, withoutPrefix } from "./people.ts";
import { isKnownPlace } from "./places.ts";
import { quotedRanges } from "./quotes.ts";
import { type CueKind, type CueRanges, isCommonOpener, type Joint, type RawSpan, rawSpans } from "./spans.ts";

export type { NameKind } from "./kinds.ts";
export type { Person } from "./people.ts";

/** A capitalised name in a sentence, and what kind of thing it names. */
export interface Name {
  id: number;
  sentence: number;
  /** Token range in the sentence, last exclusive. */
  first: number;
  last: number;
  start: number;
  end: number;
  text: string;
  words: string[];
  /** Followed by 's or a bare apostrophe ("Eastwood's boxing drama"). */
  possessive: boolean;
  /** A single everyday word that opens its sentence: a name only if something else says so. */
  opener: boolean;
  /** A single word that opens its sentence ("Filming took place …"): to a pattern's word, a word. */
  initialWord: boolean;
  /** Set apart as a title by typography or by a lead sentence's grammar. */
  cue: CueKind | null;
  /** Ends in a word that names a kind of place ("… Park", "… Theatre"): a title only on strong evidence. */
  placeShaped: boolean;
  kind: NameKind;
  /** The person a person's name refers to (the full name for "Eastwood", "Mr Evans"). */
  person: Person | null;
}

export interface NamesLayer {
  names: Name[];
  bySentence: Name[][];
  people: People;
}

/** "Jack Lord", "Will Patton": a given name and a surname that is also a word. */
const startsWithGivenName = (words: readonly string[]) =>
  words.length >= 2 &&
  words.length <= 3 &&
  isGivenName(words[0] ?? "") &&
  words.every((w) => /^\p{Lu}/u.test(w));

const PARTICLE_JOINTS = new Set([
  "de",
  "del",
  "della",
  "van",
  "von",
  "der",
  "den",
  "da",
  "di",
  "du",
  "la",
  "le",
  "van der",
  "van den",
  "de la",
]);

const isPlaceHead = (word: string) =>
  PLACE_SUFFIXES.has(word.toLowerCase()) || VENUE_HEADS.has(word.toLowerCase());

const HONORIFIC = /^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady)\.?$/;
const SAY = new Set(["said", "says", "told", "added", "explained", "wrote"]);

/** Words of tokens [a, b): possessive endings and bare apostrophes left out. */
function wordsOf(tokens: readonly Token[], a: number, b: number): string[] {
  const out: string[] = [];
  for (let k = a; k < b; k++) {
    const t = tokens[k];
    if (!t || t.text === "'") continue;
    if (
      t.text === "." &&
      out.length > 0 &&
      /^(?:\p{Lu}|Jr|Sr|St|Mr|Mrs|Ms|Dr|Bros|Co|Inc|Ltd|Corp)$/u.test(out[out.length - 1] ?? "")
    ) {
      out[out.length - 1] = `${out[out.length - 1]}.`;
      continue;
    }
    if (t.text === ":" || t.text === "," || t.text === '"') continue;
    out.push(t.text.replace(/'s$/i, ""));
  }
  return out;
}

/** Verbs whose subject is a person: "X appears in …", "X directed …". */
const PERSON_VERBS = new Set(
  "said says told added explained wrote stars starred appears appeared plays played directs directed co-wrote co-directed produced reprise reprises reprising appear return returning returns voice voices voicing portrays portrayed".split(
    " ",
  ),
);
/** "The supporting cast includes X", "the voices of X": a list of people follows. */
const CAST_HEADS = new Set(["cast", "voices", "line-up", "ensemble"]);
const LIST_OPENERS = new Set([
  "includes",
  "include",
  "including",
  "included",
  "of",
  ":",
  "are",
  "features",
  "comprises",
]);
/** "starring X", "the film stars X": the name after is a person's. */
const CASTING_VERBS = new Set([
  "starring",
  "featuring",
  "stars",
  "starred",
  "co-starring",
  "co-stars",
  "features",
  "featured",
]);
const MAKING_VERBS = new Set(
  "directed written produced co-directed co-written co-produced scripted helmed".split(" "),
);

/**
 * Whether the words around a span say it names a person: "actress X", "starring X", "directed
 * by X", "X, 52,", "X said", "X appears in", "X, who".
 */
function inPersonContext(tokens: readonly Token[], a: number, b: number): boolean {
  const before = tokens[a - 1]?.lower ?? "";
  if (ROLE_NOUNS.has(before) || SAY.has(before) || CASTING_VERBS.has(before)) return true;
  if (before === "by" && MAKING_VERBS.has(tokens[a - 2]?.lower ?? "")) return true;
  if (LIST_OPENERS.has(before) && [2, 3, 4].some((k) => CAST_HEADS.has(tokens[a - k]?.lower ?? "")))
    return true;
  if (before === "with" && tokens[a - 2]?.lower === "along") return true;
  const after = tokens[b]?.lower ?? "";
  if (PERSON_VERBS.has(after)) return true;
  // "The Marisol Vega drama": a star's name before a genre.
  if (GENRE_NOUNS.has(after) && tokens[a - 1]?.lower === "the") return true;
  if (makersPossessive(tokens, b) || performersPossessive(tokens, b)) return true;
  if (after === "for" && tokens[b + 1]?.upper === true && creditCategoryBefore(tokens, a)) return true;
  if (after !== ",") return false;
  const next = tokens[b + 1]?.text ?? "";
  return next === "who" || (/^\d{1,3}$/.test(next) && tokens[b + 2]?.text === ",");
}

/**
 * "Ilona Berg's drama about …", "Ilona Berg's new film": a possessive before a kind of film,
 * with at most two lower-case words or a year between, names its maker.
 */
function makersPossessive(tokens: readonly Token[], b: number): boolean {
  const last = tokens[b - 1];
  const apostrophe = tokens[b]?.text === "'";
  if (!last || !(/'s$/i.test(last.text) || apostrophe)) return false;
  const from = apostrophe ? b + 1 : b;
  for (let k = from; k < from + 3; k++) {
    const t = tokens[k];
    if (!t) return false;
    if (GENRE_NOUNS.has(t.lower) || FILM_NOUNS.has(t.lower)) return true;
    if (t.upper || !t.word) return false;
  }
  return false;
}

const PERFORMANCE_NOUNS = new Set(["performance", "performances", "portrayal", "role", "turn"]);

/**
 * "Ilona Berg's Oscar-winning performance in …", "Ilona Berg's role as …": what a possessive
 * owns, within three words (an award's name among them), is a performance: its owner performed.
 */
function performersPossessive(tokens: readonly Token[], b: number): boolean {
  const last = tokens[b - 1];
  const apostrophe = tokens[b]?.text === "'";
  if (!last || !(/'s$/i.test(last.text) || apostrophe)) return false;
  const from = apostrophe ? b + 1 : b;
  for (let k = from; k < from + 4; k++) {
    const t = tokens[k];
    if (!t?.word) return false;
    if (PERFORMANCE_NOUNS.has(t.lower)) return true;
  }
  return false;
}

const PERFORMER_CATEGORIES = new Set(["actor", "actress", "director", "actors", "actresses", "directors"]);
/** How far back a category may open the list of nominees a name is in. */
const CATEGORY_REACH = 16;

/**
 * "Nominees for best actress include Ilona Berg for Salt Road": a name paired with a work by
 * "for", after an acting or directing category (within a few words), is a nominee's: a person.
 */
function creditCategoryBefore(tokens: readonly Token[], a: number): boolean {
  for (let k = a - 1; k >= Math.max(1, a - CATEGORY_REACH); k--) {
    const t = tokens[k];
    if (!t || t.text === ".") return false;
    if (!PERFORMER_CATEGORIES.has(t.lower)) continue;
    const before = [tokens[k - 1]?.lower, tokens[k - 2]?.lower];
    if (before.some((w) => w === "best" || w === "supporting" || w === "leading")) return true;
  }
  return false;
}

interface Part {
  a: number;
  b: number;
  words: string[];
}

/** The parts of a span between its joints, each with its words. */
function partsOf(tokens: readonly Token[], span: RawSpan): Part[] {
  const parts: Part[] = [];
  let a = span.first;
  for (const j of span.joints) {
    parts.push({ a, b: j.leftEnd, words: wordsOf(tokens, a, j.leftEnd) });
    a = j.rightStart;
  }
  parts.push({ a, b: span.last, words: wordsOf(tokens, a, span.last) });
  return parts;
}

/**
 * The article's names: capitalised runs cut where their parts are known to be separate things,
 * each with its kind. Two passes: the first learns the people the article names in full, the
 * second cuts and classifies with them ("Eastwood's Million Dollar Baby" is a person's film).
 */
export function findNames(doc: Doc): NamesLayer {
  const people = new People();
  const spansBySentence = doc.sentences.map((s) =>
    s.titleCase ? [] : rawSpans(s.tokens, cueRanges(doc, s)),
  );
  markCuedTitles(doc, spansBySentence);
  const candidates: string[][] = [];
  const singleWords = new Set<string>();
  doc.sentences.forEach((s, i) => {
    for (const span of spansBySentence[i] ?? []) {
      if (span.cue) continue;
      const parts = partsOf(s.tokens, span);
      // "Kate del Castillo": a name whose particle is a joint is learnt whole.
      const whole: Part = { a: span.first, b: span.last, words: wordsOf(s.tokens, span.first, span.last) };
      if (parts.length > 1 && span.joints.every((j) => PARTICLE_JOINTS.has(j.words))) parts.unshift(whole);
      for (const part of parts.map((p) => withoutArticle(s.tokens, p))) {
        if (
          !learnPerson(people, s.tokens, part) &&
          isPersonShaped(part.words, false) &&
          !namesAWork(s.tokens, part)
        )
          candidates.push(part.words);
        if (part.words.length === 1) singleWords.add(part.words[0] ?? "");
      }
    }
  });
  // "Cate Blanchett … Blanchett": a name later shortened to its last word is a person's.
  for (const words of candidates)
    if (singleWords.has(words[words.length - 1] ?? "")) people.add(withoutPrefix(words), true);

  const names: Name[] = [];
  const bySentence: Name[][] = doc.sentences.map(() => []);
  doc.sentences.forEach((s, i) => {
    const description = s.titleCase ? undefined : leadOf(s)?.description;
    for (const span of spansBySentence[i] ?? []) {
      for (const part of cut(s.tokens, span, people, s.index === 0 && doc.headline !== null)) {
        const name = nameOf(s, span, part, people, names.length, doc.headline !== null);
        if (!name) continue;
        // "a 2005 Disney Channel Original Movie": the lead's description names no film.
        if (description && name.first >= description[0] && name.first < description[1])
          name.kind = "descriptor";
        names.push(name);
        bySentence[i]?.push(name);
      }
    }
  });
  confirmPeople(names, bySentence, doc, people);
  return { names, bySentence, people };
}

/** Tokens [a, b) as written: a space wherever the text had one. */
function surfaceOf(tokens: readonly Token[], a: number, b: number): string {
  let out = "";
  for (let k = a; k < b; k++) {
    const t = tokens[k];
    if (!t) continue;
    const prev = tokens[k - 1];
    out += k > a && prev && prev.end < t.start ? ` ${t.text}` : t.text;
  }
  return out;
}

/** "Carry On star Patsy Rowlands", "the Carry On films": a work, named by what follows it. */
function namesAWork(tokens: readonly Token[], part: Part): boolean {
  const after = tokens[part.b]?.lower ?? "";
  if (WORKS_AFTER.has(after)) return true;
  return /^(?:star|stars|actor|actress|co-star|director)$/.test(after) && tokens[part.b + 1]?.upper === true;
}

/** Adds the part to the people when it is one; says whether it did. */
function learnPerson(people: People, tokens: readonly Token[], part: Part): boolean {
  if (kindOfWords(part.words) !== "name" || namesAWork(tokens, part)) return false;
  const context = inPersonContext(tokens, part.a, part.b);
  let person: Person;
  const at = tokens[part.a]?.start ?? 0;
  const surface = surfaceOf(tokens, part.a, part.b);
  if (isPersonShaped(part.words, true)) person = people.add(withoutPrefix(part.words), context, at, surface);
  else if (isPersonShaped(part.words, false) && context)
    person = people.add(withoutPrefix(part.words), true, at, surface);
  else return false;
  // "Oscar-winning actress X": the role noun before a name says the person's trade.
  person.trade ??= tradeOf(tokens[part.a - 1]?.lower ?? "");
  return true;
}

/**
 * A title set apart once (in italics, or as a lead's subject) is one title wherever the article
 * repeats it: "Rough Night in Jericho is the only film …" is not a night and a town.
 */
function markCuedTitles(doc: Doc, spansBySentence: RawSpan[][]): void {
  const cued = new Set<string>();
  doc.sentences.forEach((s, i) => {
    for (const span of spansBySentence[i] ?? []) if (span.cue) cued.add(spanText(s, span));
  });
  if (cued.size === 0) return;
  doc.sentences.forEach((s, i) => {
    for (const span of spansBySentence[i] ?? [])
      if (!span.cue && cued.has(spanText(s, span))) span.cue = "typography";
  });
}

const spanText = (s: Sentence, span: RawSpan) =>
  s.text.slice((s.tokens[span.first]?.start ?? 0) - s.start, (s.tokens[span.last - 1]?.end ?? 0) - s.start);

const isStageName = (words: readonly string[]): boolean =>
  words.length === 1 &&
  !isKnownPlace((words[0] ?? "").toLowerCase()) &&
  !NATIONALITIES.has((words[0] ?? "").toLowerCase());

/** A person referred to by surname or with "Mr" is a person; so is one listed with people. */
function confirmPeople(names: readonly Name[], bySentence: readonly Name[][], doc: Doc, index: People): void {
  for (const name of names)
    if (name.person && (index.isShortReference(name.words) || HONORIFIC.test(name.words[0] ?? "")))
      name.person.confirmed = true;
  doc.sentences.forEach((s, i) => {
    let group: Name[] = [];
    const flush = () => {
      // A list with someone known, or with two names that open with a given name: its names of a
      // person's shape are people. (Titles are often shaped like names: "Finding Neverland".)
      const shaped = group.filter((n) => isPersonShaped(n.words, true)).length;
      const known = group.some((n) => n.person?.confirmed);
      // "Ivo Kemp and Nora Vale": one opens with a given name and all are shaped like names.
      const allShaped = group.length >= 2 && group.every((n) => isPersonShaped(n.words, false));
      // "starring Louise Glaum, House Peters, and Noble Johnson", "starring Madonna and Willem
      // Dafoe": after a casting verb, a list with a person in it lists people.
      const castList =
        group.length >= 2 &&
        (known || shaped >= 1) &&
        CASTING_VERBS.has(s.tokens[(group[0]?.first ?? 0) - 1]?.lower ?? "");
      if (known || shaped >= 2 || (shaped >= 1 && allShaped) || castList)
        group.forEach((n, at) => {
          // "Irish actors Niamh Byrne and Declan Roe", "Jack Lord, Fuzzy Knight and Lois Wilde":
          // a name of two to four words listed with people is one.
          if (
            !n.person &&
            n.kind === "name" &&
            !n.cue &&
            (isPersonShaped(n.words, false) || startsWithGivenName(n.words))
          ) {
            n.person = index.add(withoutPrefix(n.words), known, n.start, n.text);
            n.kind = "person";
          }
          // "Ada Quill, Drake, and Lia Gant": one word between people is a stage name.
          const inside = at > 0 && at < group.length - 1;
          if (!n.person && n.kind === "name" && !n.cue && inside && shaped >= 2 && isStageName(n.words)) {
            n.person = index.add(n.words, known, n.start, n.text);
            n.kind = "person";
          }
          // "Rex Parry, Queen Bee, and Ada Quill": a title with a name, listed among people, is a
          // stage name.
          if (!n.person && n.kind === "character" && inside && shaped >= 2) {
            n.person = index.add(n.words, known, n.start, n.text);
            n.kind = "person";
          }
          if (castList && !n.person && n.kind === "name" && !n.cue && n.words.length <= 4) {
            n.person = index.add(withoutPrefix(n.words), true, n.start, n.text);
            n.kind = "person";
          }
          if (n.person && (known || castList)) n.person.confirmed = true;
        });
      group = [];
    };
    let prev: Name | null = null;
    for (const name of bySentence[i] ?? []) {
      const between = prev ? s.tokens.slice(prev.last, name.first).map((t) => t.lower) : [];
      // "Bessie Love and five-year-old Arthur Trimble", "X and actress Y": still one list.
      const listed =
        prev !== null &&
        between.length <= 3 &&
        between.some((w) => w === "," || w === "and") &&
        between.every((w) => w === "," || w === "and" || /-year-old$/.test(w) || ROLE_NOUNS.has(w));
      if (!listed) flush();
      // "Hollis Fenn, Ilona Berg's drama": a possessive heads a noun phrase; it lists nothing.
      const listable = name.kind === "person" || name.kind === "name" || name.kind === "character";
      if (listable && !name.possessive) group.push(name);
      else flush();
      prev = name;
    }
    flush();
  });
}

/** What a part alone is: a known person, or the kind its words give it. */
function kindOfPart(words: readonly string[], people: People, at?: number): NameKind {
  if (people.resolve(words, at)) return "person";
  // "Mr Evans", "Sir Ian McKellen" — but "Lord of the Rings", "Lady and the Tramp": a title word
  // before a connector heads a title, not a name.
  if (words.length >= 2 && HONORIFIC.test(words[0] ?? "") && /^\p{Lu}/u.test(words[1] ?? "")) return "person";
  return kindOfWords(words);
}

const ARTICLE_END = /(?:^| )(?:the|a|an)$/;
const SEPARATING = new Set(["for", "by", "with", "from", "as"]);

/** Whether a joint separates two names, given what its neighbours are. */
function separates(joint: Joint, left: NameKind, right: NameKind, lastAnd: boolean): boolean {
  const known = (k: NameKind) => k !== "name";
  // "Magister Orn in the Dusk Sagas films": a part played in a work, two names.
  if (left === "character" && /^in(?: the)?$/.test(joint.words)) return true;
  // "Harry Potter and the Prisoner of Azkaban", "Places in the Heart": an article after the
  // connector belongs to a title.
  if (ARTICLE_END.test(joint.words) || joint.words === "of") return false;
  switch (joint.kind) {
    case "possessive":
      // "Clint Eastwood's …", "Disney's …" own what follows; "Captain Corelli's Mandolin" is one title.
      return left !== "name" && left !== "date" && left !== "character";
    case "and":
      return known(left) || known(right) || lastAnd;
    case "connector":
      return SEPARATING.has(joint.words) || known(left) || known(right);
  }
}

/** "Briton Clive Owen", "Irishman Colin Farrell": a word for where a person is from, then the person. */
function withoutNationality(tokens: readonly Token[], part: Part): Part[] {
  const first = part.words[0]?.toLowerCase() ?? "";
  if (part.words.length < 3 || !(NATIONALITIES.has(first) || DEMONYM_NOUNS.has(first))) return [part];
  const rest = part.words.slice(1);
  if (!isPersonShaped(rest, false)) return [part];
  return [
    { a: part.a, b: part.a + 1, words: [part.words[0] ?? ""] },
    { a: part.a + 1, b: part.b, words: wordsOf(tokens, part.a + 1, part.b) },
  ];
}

const DEMONYM_NOUNS = new Set([
  "briton",
  "scot",
  "welshman",
  "welshwoman",
  "irishman",
  "irishwoman",
  "englishman",
  "englishwoman",
  "frenchman",
  "frenchwoman",
  "american",
  "australian",
  "canadian",
]);

/** A span cut into the names it holds. */
function cut(tokens: readonly Token[], span: RawSpan, people: People, headline: boolean): Part[] {
  return cutAtJoints(tokens, span, people, headline).flatMap((part) =>
    span.cue ? [part] : withoutNationality(tokens, withoutArticle(tokens, part)),
  );
}

/**
 * "The Ruth Ellery drama": the article before a person's name is the noun phrase's, not the
 * name's — for a name that opens with a given name, or any name shaped like a person's right
 * before a kind of film ("The Marisol Vega drama").
 */
function withoutArticle(tokens: readonly Token[], part: Part): Part {
  if (part.words[0] !== "The" || part.words.length < 3) return part;
  const rest = part.words.slice(1);
  const beforeKindNoun = KIND_NOUNS.has(tokens[part.b]?.lower ?? "");
  // "The Gray Line" alone is a title that happens to hold a given name.
  if (!beforeKindNoun || !isPersonShaped(rest, false)) return part;
  return { a: part.a + 1, b: part.b, words: wordsOf(tokens, part.a + 1, part.b) };
}

function cutAtJoints(tokens: readonly Token[], span: RawSpan, people: People, headline: boolean): Part[] {
  const whole: Part = { a: span.first, b: span.last, words: wordsOf(tokens, span.first, span.last) };
  if (span.cue || span.joints.length === 0) return [whole];
  const parts = partsOf(tokens, span);
  const kinds = parts.map((p) =>
    kindOfPart(p.words, people, headline ? Number.POSITIVE_INFINITY : tokens[p.a]?.start),
  );
  // First where a date or place follows ("… Circle on Wednesday", "… Theatre in Los Angeles"):
  // such a joint always separates. Then each piece that is a known body as a whole ("London
  // Critics' Circle", "Academy of Motion Picture Arts and Sciences") stays whole.
  // "A Passage to India", "The Man from Laramie": a title opening with an article keeps its place.
  const keepsPlace = (k: number) =>
    k === 0 &&
    kinds[1] === "place" &&
    /^(?:to|from)$/.test(span.joints[0]?.words ?? "") &&
    /^(?:a|an|the)$/i.test(parts[0]?.words[0] ?? "");
  // "Bridget Jones's Diary": one everyday noun after a name no one else speaks of is the title's.
  const ownNounAt = (k: number) =>
    isOwnNoun(parts[k + 1]?.words ?? []) && !people.resolve(parts[k]?.words ?? [])?.confirmed;
  // "A Matter of Life and Death": two everyday nouns joined after "of" end one title ("Kingdom
  // of Heaven and Troy" is two: a name after "and").
  const pairOfNouns = (k: number, q: number) =>
    span.joints[k]?.kind === "and" &&
    span.joints[k - 1]?.words === "of" &&
    k + 1 === q &&
    parts[k]?.words.length === 1 &&
    parts[q]?.words.length === 1 &&
    isEverydayNoun(parts[q]?.words[0] ?? "");
  const pieces: { from: number; to: number }[] = [];
  const lastIn = lastIndexWhere(span.joints, 0, span.joints.length, (j) => /^in(?: the)?$/.test(j.words));
  let from = 0;
  span.joints.forEach((joint, k) => {
    // "3 September in the US": a date is never part of a name, whatever follows it.
    // "A Passage to India", "The Man from Laramie": a title opening with an article keeps its place.
    const titledPlace = keepsPlace(k);
    const setting =
      joint.kind === "connector" &&
      joint.words !== "of" &&
      !titledPlace &&
      isSetting(kinds[k + 1]) &&
      (!isSetting(kinds[k]) || kinds[k] === "date");
    // "Clint Eastwood's Million Dollar Baby": a person's possessive ends the name whatever
    // follows. "Lemony Snicket's A Series of …" keeps it: nothing says Snicket is a person.
    // "the comedy Peter Dunn's Long Weekend": after a kind of film, the possessive is the title's.
    const owner =
      joint.kind === "possessive" &&
      !ownNounAt(k) &&
      !KIND_NOUNS.has(tokens[span.first - 1]?.lower ?? "") &&
      (kinds[k] === "person" || isPersonShaped(parts[k]?.words ?? [], true));
    // "from X to Y": two names.
    const fromTo =
      joint.kind === "connector" && joint.words === "to" && tokens[span.first - 1]?.lower === "from";
    // "Million Dollar Baby's Hilary Swank", "Charlize Theron's Oscar": a title's person, a person's
    // prize — two names.
    const ownsAnother =
      joint.kind === "possessive" &&
      (isPersonShaped(parts[k + 1]?.words ?? [], true) ||
        (kinds[k + 1] === "award" && isPersonShaped(parts[k]?.words ?? [], false)));
    // "Magister Orn in the Dusk Sagas films": a part in a series of works.
    const partIn = joint.words === "in the" && WORKS_AFTER.has(tokens[span.last]?.lower ?? "");
    // "the voice of Cat in Boots in Pond Life 2": a part's name, then the work it is in.
    const partOfIn = /^in(?: the)?$/.test(joint.words) && k === lastIn && namesAPart(tokens, span.first);
    // "Meet the Parents and Shall We Dance?": a question opening after "and" opens a second title.
    const questionAfter =
      joint.kind === "and" &&
      joint.words === "and" &&
      QUESTION_OPENERS.has(parts[k + 1]?.words[0]?.toLowerCase() ?? "") &&
      (parts[k]?.words.length ?? 0) >= 2 &&
      (parts[k + 1]?.words.length ?? 0) >= 2;
    // "Citizen Kane and A Matter of Life and Death": an article after "and" opens a second title.
    const articleAfter =
      joint.kind === "and" &&
      joint.words === "and" &&
      /^(?:A|An|The)$/.test(parts[k + 1]?.words[0] ?? "") &&
      (parts[k + 1]?.words.length ?? 0) >= 2 &&
      (parts[k]?.words.length ?? 0) >= 2;
    if (setting || owner || ownsAnother || fromTo || partIn || partOfIn || questionAfter || articleAfter) {
      pieces.push({ from, to: k });
      from = k + 1;
    }
  });
  pieces.push({ from, to: parts.length - 1 });
  const out: Part[] = [];
  for (const { from: p, to: q } of pieces) {
    const a = parts[p]?.a ?? span.first;
    const b = parts[q]?.b ?? span.last;
    const piece: Part = { a, b, words: wordsOf(tokens, a, b) };
    if (p === q || kindOfWords(piece.words) !== "name") {
      out.push(piece);
      continue;
    }
    // "the thriller Hide and Seek": after a kind noun the whole name is the title.
    const afterKindNoun = p === 0 && KIND_NOUNS.has(tokens[span.first - 1]?.lower ?? "");
    const lastAnd = afterKindNoun
      ? -1
      : lastIndexWhere(span.joints, p, q, (j) => j.kind === "and" && j.words === "and");
    let start = a;
    for (let k = p; k < q; k++) {
      const joint = span.joints[k];
      const titlesOwn =
        (joint?.kind === "possessive" && (afterKindNoun || ownNounAt(k))) ||
        keepsPlace(k) ||
        pairOfNouns(k, q);
      if (
        joint &&
        !titlesOwn &&
        separates(joint, kinds[k] ?? "name", kinds[k + 1] ?? "name", k === lastAnd)
      ) {
        out.push({ a: start, b: joint.leftEnd, words: wordsOf(tokens, start, joint.leftEnd) });
        start = joint.rightStart;
      }
    }
    out.push({ a: start, b, words: wordsOf(tokens, start, b) });
  }
  return out;
}

const KIND_NOUNS = new Set([...FILM_NOUNS, ...GENRE_NOUNS]);

/** An English word that is neither a given name nor a place ("Death", not "Troy" or "Paris"). */
const isEverydayNoun = (word: string): boolean => {
  const lower = word.toLowerCase();
  return isEnglishWord(lower) && !isGivenName(lower) && !isKnownPlace(lower);
};

/** Words that open a question, and so a title worded as one ("Shall We Dance?", "Who Framed …"). */
const QUESTION_OPENERS = new Set(
  "shall will can could would should do does did is are was were who what where when why how".split(" "),
);

/** "the voice of", "the role of", "the part of" just before the name at `first`. */
const namesAPart = (tokens: readonly Token[], first: number): boolean =>
  tokens[first - 1]?.lower === "of" && PART_NOUNS.has(tokens[first - 2]?.lower ?? "");
const PART_NOUNS = new Set(["voice", "role", "part", "character"]);

const isOwnNoun = (words: readonly string[]): boolean =>
  words.length === 1 && isEnglishWord((words[0] ?? "").toLowerCase());

const WORKS_AFTER = new Set(["films", "movies", "series", "franchise", "saga", "trilogy", "books", "novels"]);
const isSetting = (kind: NameKind | undefined) => kind === "date" || kind === "place";

function lastIndexWhere<T>(list: readonly T[], from: number, to: number, test: (t: T) => boolean): number {
  for (let k = to - 1; k >= from; k--) if (list[k] !== undefined && test(list[k] as T)) return k;
  return -1;
}

function nameOf(
  s: Sentence,
  span: RawSpan,
  part: Part,
  people: People,
  id: number,
  headline: boolean,
): Name | null {
  const firstToken = s.tokens[part.a];
  const lastToken = s.tokens[part.b - 1];
  if (!firstToken || !lastToken || part.words.length === 0) return null;
  const possessive =
    part.b === span.last ? span.possessive : /'s$/i.test(lastToken.text) || lastToken.text === "'";
  const end = /'s$/i.test(lastToken.text)
    ? lastToken.end - 2
    : lastToken.text === "'"
      ? lastToken.start
      : lastToken.end;
  const opener = part.a === span.first && isCommonOpener(s.tokens, { ...span, last: part.b });
  // A headline sums up the article: its short names refer forward ("Berg to star in …").
  const at = s.index === 0 && headline ? Number.POSITIVE_INFINITY : firstToken.start;
  const person = span.cue ? null : people.resolve(part.words, at);
  const kind = span.cue ? "name" : person ? "person" : kindOfPart(part.words, people, at);
  return {
    id,
    sentence: s.index,
    first: part.a,
    last: part.b,
    start: firstToken.start,
    end,
    text: s.text.slice(firstToken.start - s.start, end - s.start),
    words: part.words,
    possessive,
    opener,
    initialWord: part.a === span.first && span.opensSentence && part.b - part.a === 1,
    cue: span.cue,
    placeShaped: part.words.length > 1 && isPlaceHead(part.words[part.words.length - 1] ?? ""),
    kind,
    person,
  };
}

type Cue = Doc["titleCues"][number];
const cuesByStart = new WeakMap<Doc, { cue: Cue; order: number }[]>();

/**
 * The markup's title cues inside a sentence, in the document's order: found by binary search
 * in the cues sorted once per document (filtering every cue for every sentence was quadratic
 * in an HTML article with an <em> in each of thousands of paragraphs).
 */
function cuesWithin(doc: Doc, s: Sentence): Cue[] {
  let sorted = cuesByStart.get(doc);
  if (!sorted) {
    sorted = doc.titleCues.map((cue, order) => ({ cue, order })).sort((a, b) => a.cue.start - b.cue.start);
    cuesByStart.set(doc, sorted);
  }
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid]?.cue.start ?? 0) < s.start) lo = mid + 1;
    else hi = mid;
  }
  const inside: { cue: Cue; order: number }[] = [];
  for (let i = lo; i < sorted.length && (sorted[i]?.cue.start ?? 0) < s.end; i++) {
    const entry = sorted[i];
    if (entry && entry.cue.end <= s.end) inside.push(entry);
  }
  return inside.sort((a, b) => a.order - b.order).map((entry) => entry.cue);
}

/** Token ranges of a sentence set apart as titles: by markup, quotation marks or a lead's grammar. */
function cueRanges(doc: Doc, s: Sentence): CueRanges {
  const ranges = new Map<number, [number, CueKind]>();
  const lead = leadOf(s);
  if (lead) {
    ranges.set(lead.title[0], [lead.title[1], "lead"]);
    if (lead.alias) ranges.set(lead.alias[0], [lead.alias[1], "alias"]);
  }
  const startAt = new Map(s.tokens.map((t, k) => [t.start, k]));
  const endAt = new Map(s.tokens.map((t, k) => [t.end, k + 1]));
  const marked = cuesWithin(doc, s).map((c) => ({ ...c, kind: "typography" as const }));
  const quoted = quotedRanges(s).map((c) => ({ ...c, kind: "quotes" as const }));
  for (const c of [...marked, ...quoted]) {
    const a = startAt.get(c.start);
    const b = endAt.get(c.end);
    if (
      a !== undefined &&
      b !== undefined &&
      b > a &&
      !ranges.has(a) &&
      /[\p{Lu}\p{N}]/u.test(s.tokens[a]?.text[0] ?? "")
    )
      ranges.set(a, [b, c.kind]);
  }
  return ranges;
}
