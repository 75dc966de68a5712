import type { Doc, Token } from "../document/document.ts";
import { ROLE_NOUNS } from "../lexicon/entities.ts";
import { normaliseName } from "../lexicon/memo.ts";
import { leadOf } from "../names/lead.ts";
import type { Name, NamesLayer } from "../names/names.ts";
import { WORD_CLASSES } from "../patterns/classes.ts";
import { SentenceUnits } from "../patterns/pattern.ts";
import type { Rule } from "../patterns/rule.ts";
import { RuleTable } from "../patterns/rule.ts";
import { type NameUnit, type Unit, type UnitType, unitsOf } from "../patterns/units.ts";
import { CREDIT_RULES } from "../relations/credit-rules.ts";
import { FILM_FACT_RULES } from "../relations/film-rules.ts";
import { type Rename, renamesIn } from "./renames.ts";
import { TITLE_RULES, type TitleEmit, type TitleRule } from "./title-rules.ts";

/** Why a name is taken for a film: the rule, and the sentence where it fired. */
export interface TitleEvidence {
  rule: string;
  confidence: number;
  sentence: number;
  name: Name;
}

/** A film the article names, with every mention of it. */
export interface Film {
  key: string;
  title: string;
  forms: Set<string>;
  mentions: Name[];
  confidence: number;
  evidence: TitleEvidence[];
  year: number | null;
  /** The sentence that gave the year. */
  yearSentence: number | null;
  /** The series it belongs to, once known (see `series.ts`). */
  franchise: string | null;
  /** Former titles, each with the rule and sentence that told of the rename. */
  formerTitles: Map<string, { rule: string; sentence: number }>;
}

export interface FilmsLayer {
  films: Film[];
  /** The film a name refers to, by name id. */
  filmOfName: ReadonlyMap<number, Film>;
}

/** Below this, evidence that a name is a film is not enough on its own. */
const ACCEPT = 0.5;
/** Evidence this strong (typography, a lead sentence) outweighs a veto. */
const DECISIVE = 0.9;
/** An everyday word opening a sentence ("Sideways has …") needs strong evidence of its own. */
const OPENER_MINIMUM = 0.8;
/** In a sentence about television, only evidence this strong names a film. */
const BROADCAST_MINIMUM = 0.8;
const BROADCAST_WORDS = new Set([
  "tv",
  "television",
  "series",
  "show",
  "shows",
  "sitcom",
  "sitcoms",
  "programme",
  "episode",
  "episodes",
  "soap",
  "viewers",
  "ratings",
]);

/**
 * Whether a sentence speaks of television: a broadcast word, unless it only says what a person
 * is or was ("former TV presenter X", "the television actress").
 */
function mentionsBroadcast(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => BROADCAST_WORDS.has(t.lower) && !ROLE_NOUNS.has(tokens[i + 1]?.lower ?? ""));
}

/** Relations are evidence of titles too: "X starred in Y" says Y is a film. */
const RELATION_DISCOUNT = 0.9;
/** Below this a credit rule's film slot takes only names that are not a person's shape. */
const STRONG_RELATION = 0.8;

/** A relation rule read for what its film slot says: that the name there is a film. */
function titleRuleOf(rule: Rule<{ film?: string; namesAFilm?: false }>): TitleRule | null {
  const slot = rule.emit.film;
  if (!slot || rule.emit.namesAFilm === false) return null;
  const candidates = rule.confidence >= STRONG_RELATION ? "NAME|PNAME" : "NAME";
  return {
    ...rule,
    pattern: rule.pattern.replace(/<FILM(\+?)('s)?>/g, `<${candidates}$1$2>`),
    emit: { title: slot },
    confidence: Math.round(rule.confidence * RELATION_DISCOUNT * 100) / 100,
    when: (m, s) => !describesAFilm(s, m.captures[slot]) && (rule.when?.(m, s) ?? true),
  };
}

/**
 * "a 1967 Western film in Techniscope, directed by …": a name in a phrase after a kind of film
 * (its process, place, language) is what the film is in; the relation is the film's.
 */
function describesAFilm(s: SentenceUnits, captured: Unit[] | undefined): boolean {
  const first = captured?.[0];
  const at = first ? s.indexOf(first) : -1;
  const preposition = s.units[at - 1];
  const noun = s.units[at - 2];
  return (
    preposition?.kind === "word" &&
    /^(?:in|on|at)$/.test(preposition.lower) &&
    noun?.kind === "word" &&
    (WORD_CLASSES.get("filmNoun")?.has(noun.lower) === true ||
      WORD_CLASSES.get("genre")?.has(noun.lower) === true)
  );
}

const TITLES = new RuleTable([
  ...TITLE_RULES,
  ...[...CREDIT_RULES, ...FILM_FACT_RULES].flatMap((rule) => titleRuleOf(rule) ?? []),
]);

const OPENER_MEDIA = new Set([
  "pop",
  "rock",
  "film",
  "tv",
  "soap",
  "hollywood",
  "bollywood",
  "reality",
  "movie",
  "cinema",
]);

/**
 * "Ray star Jamie Foxx …": an opening word before a role noun and a person names the person's
 * work, so it is no everyday word (unless it names a medium: "Pop star X", "Soap star X").
 */
function modifiesAPerson(units: readonly Unit[], unit: NameUnit): boolean {
  const at = units.indexOf(unit);
  const role = units[at + 1];
  const person = units[at + 2];
  return (
    !OPENER_MEDIA.has(unit.name.text.toLowerCase()) &&
    role?.kind === "word" &&
    /^(?:star|actor|actress|director|writer|producer|co-star)$/.test(role.lower) &&
    person?.kind === "name" &&
    (person.type === "PERSON" || person.type === "PNAME")
  );
}

/** How a name appears to title rules: its kind as a unit type. */
export function unitTypeOf(name: Name): UnitType {
  switch (name.kind) {
    case "person":
      return name.person?.confirmed === false ? "PNAME" : "PERSON";
    case "character":
      return "CHAR";
    case "organisation":
      return "ORG";
    case "place":
      return "PLACE";
    case "award":
      return "AWARD";
    case "event":
      return "EVENT";
    case "nationality":
    case "descriptor":
      return "NAT";
    case "date":
      return "DATE";
    case "media":
      return "MEDIA";
    case "name":
      return "NAME";
  }
}

/** The key under which two mentions are one film: "The Aviator" and "Aviator" alike. */
export const titleKey = (text: string): string => normaliseName(text).replace(/^the /, "");

interface Tally {
  positive: Map<string, number>;
  veto: number;
  evidence: TitleEvidence[];
  year: { value: number; sentence: number } | null;
}

/**
 * Which names are films: title rules give evidence per name, evidence is pooled per title
 * (one rule counts once, at its strongest), a veto ("the sitcom X") overrules all but decisive
 * evidence, and a name coordinated with a film in a list is a film too. Every name with an
 * accepted title's key is then a mention of that film.
 */
export function findFilms(doc: Doc, names: NamesLayer): FilmsLayer {
  const tallies = new Map<string, Tally>();
  const unitsBySentence: Unit[][] = [];
  const renames: Rename[] = [];
  for (const sentence of doc.sentences) {
    const sentenceNames = names.bySentence[sentence.index] ?? [];
    const units = unitsOf(sentence, sentenceNames, unitTypeOf);
    unitsBySentence.push(units);
    const broadcast = mentionsBroadcast(sentence.tokens);
    const sentenceUnits = new SentenceUnits(sentence, units, WORD_CLASSES);
    renames.push(...renamesIn(sentenceUnits));
    for (const { rule, match } of TITLES.run(sentenceUnits)) {
      const emit: TitleEmit = rule.emit;
      // "Desperate Housewives was named best comedy show": weak evidence in television news.
      if (broadcast && !emit.veto && rule.confidence < BROADCAST_MINIMUM) continue;
      const year = match.captures[emit.year ?? ""]?.[0];
      for (const unit of emit.title.split(",").flatMap((slot) => match.captures[slot] ?? [])) {
        if (unit.kind !== "name") continue;
        if (unit.name.opener && rule.confidence < OPENER_MINIMUM && !modifiesAPerson(units, unit)) continue;
        const tally = tallyOf(tallies, unit.name.text);
        if (emit.veto) {
          tally.veto = Math.max(tally.veto, rule.confidence);
          continue;
        }
        tally.positive.set(rule.id, Math.max(tally.positive.get(rule.id) ?? 0, rule.confidence));
        tally.evidence.push({
          rule: rule.id,
          confidence: rule.confidence,
          sentence: sentence.index,
          name: unit.name,
        });
        if (year?.kind === "word" && !tally.year)
          tally.year = { value: Number(year.token.text), sentence: sentence.index };
      }
    }
  }
  leadYears(doc, names, tallies);
  const accepted = new Set<string>();
  for (const [key, tally] of tallies) if (isAccepted(tally)) accepted.add(key);
  coordinate(unitsBySentence, tallies, accepted);
  const formers = linkRenames(names, renames, tallies, accepted);
  return assemble(names, tallies, accepted, formers);
}

/** A former title's key, with the key of the film now so named and what told of it. */
interface FormerTitle {
  currentKey: string;
  rule: string;
  sentence: number;
}

/**
 * Renames of films: "X, now titled Y" makes X a former title of Y when either is a film (a
 * company renamed is none of ours). Without a named current title ("the film, formerly known
 * as X"), the film is the nearest one named before.
 */
function linkRenames(
  names: NamesLayer,
  renames: readonly Rename[],
  tallies: Map<string, Tally>,
  accepted: Set<string>,
): Map<string, FormerTitle> {
  const formers = new Map<string, FormerTitle>();
  for (const rename of renames) {
    const formerKey = titleKey(rename.former.text);
    const current = rename.current ?? nearestFilmBefore(names, accepted, rename.former);
    if (!current) continue;
    const currentKey = titleKey(current.text);
    if (currentKey === formerKey || formers.has(currentKey)) continue;
    if (!rename.ofTitle && !accepted.has(currentKey) && !accepted.has(formerKey)) continue;
    const confidence = RENAME_CONFIDENCE;
    const currentTally = tallyOf(tallies, current.text);
    const formerTally = tallyOf(tallies, rename.former.text);
    // One film: what made either name a film is evidence for the current title.
    for (const [rule, value] of formerTally.positive)
      currentTally.positive.set(rule, Math.max(currentTally.positive.get(rule) ?? 0, value));
    currentTally.positive.set(rename.rule, Math.max(currentTally.positive.get(rename.rule) ?? 0, confidence));
    currentTally.evidence.push(...formerTally.evidence, {
      rule: rename.rule,
      confidence,
      sentence: rename.sentence,
      name: current,
    });
    currentTally.evidence.sort((a, b) => a.sentence - b.sentence);
    currentTally.year ??= formerTally.year;
    accepted.add(currentKey);
    accepted.add(formerKey);
    formers.set(formerKey, { currentKey, rule: rename.rule, sentence: rename.sentence });
  }
  return formers;
}

const RENAME_CONFIDENCE = 0.8;

/** The last name of an accepted film before `name`, in its sentence or those before. */
function nearestFilmBefore(names: NamesLayer, accepted: Set<string>, name: Name): Name | null {
  for (let i = name.sentence; i >= 0; i--) {
    const before = (names.bySentence[i] ?? []).filter(
      (n) => n !== name && n.start < name.start && accepted.has(titleKey(n.text)),
    );
    const last = before[before.length - 1];
    if (last) return last;
  }
  return null;
}

/**
 * "Rain Harbour (Japanese: …) is a 1961 Japanese drama film": a lead's film takes the year its
 * description gives, before any preposition ("a sequel to the 2002 film" dates another film).
 */
function leadYears(doc: Doc, names: NamesLayer, tallies: Map<string, Tally>): void {
  for (const name of names.names) {
    if (name.cue !== "lead" && name.cue !== "alias") continue;
    const tally = tallies.get(titleKey(name.text));
    const sentence = doc.sentences[name.sentence];
    const lead = sentence ? leadOf(sentence) : null;
    if (!tally || tally.year || !sentence || !lead) continue;
    for (let k = lead.description[0]; k < lead.description[1]; k++) {
      const token = sentence.tokens[k];
      if (!token || PREPOSITIONS.has(token.lower)) break;
      if (/^(?:18[89]\d|19\d\d|20\d\d)$/.test(token.text)) {
        tally.year = { value: Number(token.text), sentence: name.sentence };
        break;
      }
    }
  }
}

const PREPOSITIONS = new Set(["to", "of", "from", "than", "after", "like", "by", "on"]);

function tallyOf(tallies: Map<string, Tally>, text: string): Tally {
  const key = titleKey(text);
  let tally = tallies.get(key);
  if (!tally) {
    tally = { positive: new Map(), veto: 0, evidence: [], year: null };
    tallies.set(key, tally);
  }
  return tally;
}

/** Independent evidence pooled: 1 − Π(1 − cᵢ). */
function pooled(tally: Tally): number {
  let miss = 1;
  for (const c of tally.positive.values()) miss *= 1 - c;
  return 1 - miss;
}

function isAccepted(tally: Tally): boolean {
  const best = Math.max(0, ...tally.positive.values());
  if (tally.veto > 0 && best < DECISIVE) return false;
  return pooled(tally) >= ACCEPT;
}

const JOINERS = new Set([",", "and", "&", "or"]);
const ITEM_MODIFIERS = new Set(["the", "original", "first", "classic", "hit", "new", "latest"]);
const isItemModifier = (u: Unit | undefined): boolean =>
  u?.kind === "word" && (ITEM_MODIFIERS.has(u.lower) || /^(?:18|19|20)\d\d$/.test(u.lower));

/**
 * "Favourites Million Dollar Baby and The Aviator": a name in a list with a film is a film.
 * Lists are read once per sentence.
 */
function coordinate(unitsBySentence: Unit[][], tallies: Map<string, Tally>, accepted: Set<string>): void {
  unitsBySentence.forEach((units, sentence) => {
    let group: NameUnit[] = [];
    // A list has a conjunction ("A, B and C"); a lone comma may be an apposition or a clause.
    let conjoined = false;
    const flush = () => {
      if (conjoined && group.length > 1 && group.some((u) => accepted.has(titleKey(u.name.text))))
        for (const u of group) {
          const key = titleKey(u.name.text);
          if (accepted.has(key) || u.name.opener) continue;
          const tally = tallyOf(tallies, u.name.text);
          if (tally.veto > 0) continue;
          tally.positive.set("film.coordinated", 0.6);
          tally.evidence.push({ rule: "film.coordinated", confidence: 0.6, sentence, name: u.name });
          accepted.add(key);
        }
      group = [];
      conjoined = false;
    };
    for (let i = 0; i < units.length; i++) {
      const unit = units[i];
      // "were X, a drama about a young man, Y and Z": an apposition inside a list describes an item.
      if (group.length > 0 && isJoinerAt(units, i, ",")) {
        const after = appositionEnd(units, i);
        if (after > i) {
          i = after - 1;
          continue;
        }
      }
      const listable =
        unit?.kind === "name" && (unit.type === "NAME" || accepted.has(titleKey(unit.name.text)));
      if (unit?.kind === "name" && listable) {
        // "Shrek 2, Finding Nemo, the original Shrek, and …": a modifier may open a list item.
        let j = i - 1;
        while (j >= 0 && isItemModifier(units[j]) && i - j <= 2) j--;
        const prev = units[j];
        const joined = group.length === 0 || (prev?.kind === "word" && JOINERS.has(prev.lower));
        if (!joined) flush();
        if (group.length > 0 && prev?.kind === "word" && prev.lower !== ",") conjoined = true;
        group.push(unit);
      } else if (
        !(unit?.kind === "word" && JOINERS.has(unit.lower)) &&
        !(group.length > 0 && isItemModifier(unit))
      )
        flush();
    }
    flush();
  });
}

const isJoinerAt = (units: readonly Unit[], i: number, word: string): boolean => {
  const u = units[i];
  return u?.kind === "word" && u.lower === word;
};

/** How far an apposition in a list may run ("a drama about a young man forced to …"). */
const APPOSITION_REACH = 14;

/**
 * At a comma opening ", a drama about …, ": the index of the comma that closes the apposition
 * when a name follows it (the list goes on), else `at` (no apposition to pass).
 */
function appositionEnd(units: readonly Unit[], at: number): number {
  const opener = units[at + 1];
  if (opener?.kind !== "word" || !/^(?:a|an)$/.test(opener.lower)) return at;
  for (let k = at + 2; k < Math.min(units.length, at + APPOSITION_REACH); k++) {
    const u = units[k];
    if (u?.kind === "name") return at;
    if (u?.kind === "word" && u.lower === ",") return units[k + 1]?.kind === "name" ? k : at;
  }
  return at;
}

/** "X, also known as Y, is a …": the alias's key leads to the title's. */
function aliasKeys(names: NamesLayer): Map<string, string> {
  const aliases = new Map<string, string>();
  for (const sentence of names.bySentence) {
    const title = sentence.find((n) => n.cue === "lead");
    const alias = sentence.find((n) => n.cue === "alias");
    if (title && alias) aliases.set(titleKey(alias.text), titleKey(title.text));
  }
  return aliases;
}

function assemble(
  names: NamesLayer,
  tallies: Map<string, Tally>,
  accepted: Set<string>,
  formers: ReadonlyMap<string, FormerTitle>,
): FilmsLayer {
  const byKey = new Map<string, Film>();
  const filmOfName = new Map<number, Film>();
  const aliases = aliasKeys(names);
  const isFormer = (text: string) => formers.has(titleKey(text));
  // Each film's first lead mention, kept as mentions arrive (finding it among all of a film's
  // mentions for each new one was quadratic in a film named thousands of times).
  const leadTitles = new Map<Film, string>();
  for (const name of names.names) {
    const own = titleKey(name.text);
    const renamed = formers.get(own)?.currentKey;
    const key = aliases.get(renamed ?? own) ?? renamed ?? own;
    if (!accepted.has(own) && !accepted.has(key)) continue;
    // A film's name said by its maker ("Eastwood's …") is the maker, not the film.
    if (name.kind !== "name" && name.kind !== "person") continue;
    const tally = tallies.get(key) ?? tallies.get(own);
    if (!tally) continue;
    let film = byKey.get(key);
    if (!film) {
      film = {
        key,
        title: name.text,
        forms: new Set(),
        mentions: [],
        confidence: Math.round(pooled(tally) * 100) / 100,
        evidence: tally.evidence,
        year: tally.year?.value ?? null,
        yearSentence: tally.year?.sentence ?? null,
        franchise: null,
        formerTitles: new Map(),
      };
      byKey.set(key, film);
    }
    film.forms.add(name.text);
    film.mentions.push(name);
    if (name.cue === "lead" && !leadTitles.has(film)) leadTitles.set(film, name.text);
    const former = formers.get(own);
    if (former) film.formerTitles.set(name.text, { rule: former.rule, sentence: former.sentence });
    // The title is what the film is called now: the lead's subject when there is one, else the
    // longest form named; never a former title.
    if (
      !former &&
      (isFormer(film.title) ||
        name.cue === "lead" ||
        (film.title !== leadTitles.get(film) && name.text.length > film.title.length && name.cue !== "alias"))
    )
      film.title = name.text;
    filmOfName.set(name.id, film);
  }
  return mergeHeadlineShorthands(names, [...byKey.values()], filmOfName);
}

/**
 * "Berg to star in Ruiz's Harbour remake" above "… The Harbour at Night": a film named only in
 * the headline, by words all found in another film's title, is that film.
 */
function mergeHeadlineShorthands(
  names: NamesLayer,
  films: Film[],
  filmOfName: Map<number, Film>,
): FilmsLayer {
  if (names.bySentence.length < 2) return { films, filmOfName };
  const wordsOf = (film: Film) => new Set(film.key.split(" "));
  const kept: Film[] = [];
  for (const film of films) {
    const headlineOnly = film.mentions.every((m) => m.sentence === 0);
    const own = wordsOf(film);
    const fuller = headlineOnly
      ? films.find(
          (other) =>
            other !== film &&
            other.mentions.some((m) => m.sentence > 0) &&
            [...own].every((w) => wordsOf(other).has(w)),
        )
      : undefined;
    if (!fuller) {
      kept.push(film);
      continue;
    }
    for (const m of film.mentions) filmOfName.set(m.id, fuller);
    fuller.mentions.unshift(...film.mentions);
  }
  return { films: kept, filmOfName };
}
