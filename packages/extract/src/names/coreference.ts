import type { Doc, Token } from "../document/document.ts";
import type { NamesLayer, Person } from "./names.ts";

const PRONOUNS: Record<string, "he" | "she" | "they"> = {
  he: "he",
  him: "he",
  his: "he",
  himself: "he",
  she: "she",
  her: "she",
  hers: "she",
  herself: "she",
};

interface PersonMention {
  sentence: number;
  /** Character offset of the name. */
  start: number;
  person: Person;
  /** After a preposition that makes it a circumstance ("at William Hill"). */
  oblique: boolean;
  /** Opens its sentence: what the sentence is about. */
  subject: boolean;
  /** "Orson Welles' Macbeth": an owner, seldom what the next sentence goes on about. */
  possessive: boolean;
  /** "who played nurse Ada Fenn": a part played, which no pronoun after it means. */
  part: boolean;
}

const PLAYING = new Set(["played", "plays", "play", "playing", "portrays", "portrayed", "portraying", "as"]);
/** "such as X", "known as X": an "as" that introduces no part. */
const NOT_A_PART_AS = new Set(["such", "known", "well", "same", "regarded", "seen", "described", "billed"]);

/** Whether the name at token `first` follows a verb of playing, with at most two words between. */
function isPartPlayed(tokens: readonly Token[], first: number): boolean {
  for (let k = first - 1; k >= Math.max(0, first - 3); k--) {
    const t = tokens[k];
    if (!t?.word || t.upper) return false;
    if (PLAYING.has(t.lower)) return t.lower !== "as" || !NOT_A_PART_AS.has(tokens[k - 1]?.lower ?? "");
  }
  return false;
}

const OBLIQUE = new Set(["at", "from"]);
/** "Hollywood legend Dustin Hoffman has …": a subject may follow a few describing words. */
const SUBJECT_REACH = 3;

/** Token index of the first person named in a sentence. */
function firstPersonAt(names: NamesLayer, sentence: number): number {
  return names.bySentence[sentence]?.find((n) => n.person)?.first ?? -1;
}

/**
 * Who "he", "she", "his" and "her" are: the nearest person named before, in this sentence or
 * the two before it, whose given name does not say otherwise. Mentions are kept in document
 * order, so a lookup walks back from its position only as far as the window.
 */
export class Pronouns {
  private readonly mentions: PersonMention[] = [];
  private readonly sentenceStarts: number[];

  constructor(doc: Doc, names: NamesLayer) {
    this.sentenceStarts = doc.sentences.map((s) => s.tokens[0]?.start ?? s.start);
    for (const name of names.names)
      if (name.person && !doc.sentences[name.sentence]?.titleCase)
        this.mentions.push({
          sentence: name.sentence,
          start: name.start,
          person: name.person,
          oblique: OBLIQUE.has(doc.sentences[name.sentence]?.tokens[name.first - 1]?.lower ?? ""),
          subject: name.first === firstPersonAt(names, name.sentence) && name.first <= SUBJECT_REACH,
          possessive: name.possessive,
          part: isPartPlayed(doc.sentences[name.sentence]?.tokens ?? [], name.first),
        });
  }

  /**
   * The person a pronoun at a character offset of a sentence refers to, or null: the nearest
   * person named before it in this sentence or the two before whose given name does not say
   * otherwise. A name after "at" or "from" ("favourite at William Hill") is a circumstance,
   * seldom what the sentence is about, and is passed over.
   */
  resolve(word: string, sentence: number, offset: number): Person | null {
    const wanted = PRONOUNS[word.toLowerCase()];
    if (!wanted) return null;
    const candidates: PersonMention[] = [];
    for (let i = this.lastBefore(offset); i >= 0; i--) {
      const m = this.mentions[i];
      if (!m || m.sentence < sentence - 2) break;
      if (!m.oblique && !m.part && (m.person.pronoun === wanted || m.person.pronoun === null))
        candidates.push(m);
    }
    // "He later appeared in …" opening a sentence goes on about an earlier sentence's subject;
    // any pronoun passes over an owner ("Orson Welles' Macbeth") when someone else is near.
    const opensSentence = this.sentenceStarts[sentence] === offset;
    const earlierSubject = opensSentence
      ? candidates.find((m) => m.subject && m.sentence < sentence && !m.possessive)
      : undefined;
    return (earlierSubject ?? candidates.find((m) => !m.possessive) ?? candidates[0])?.person ?? null;
  }

  /**
   * The person "the actor", "the star of X and Y" or "the veteran film-maker" refers to: an earlier
   * sentence's subject within the window, whatever the gender; null when none is in view.
   */
  resolveDescribed(sentence: number, offset: number): Person | null {
    for (let i = this.lastBefore(offset); i >= 0; i--) {
      const m = this.mentions[i];
      if (!m || m.sentence < sentence - 2) return null;
      if (m.subject && m.sentence < sentence && !m.possessive) return m.person;
    }
    return null;
  }

  /** Index of the last mention before an offset (binary search over document order). */
  private lastBefore(offset: number): number {
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.mentions[mid]?.start ?? 0) < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }
}

export const isPronoun = (word: string): boolean => word.toLowerCase() in PRONOUNS;

/** Nouns that, after "the" and opening a sentence, describe a person named before. */
export const DESCRIBING_NOUNS = new Set([
  "actor",
  "actress",
  "star",
  "director",
  "film-maker",
  "filmmaker",
  "writer",
  "screenwriter",
  "producer",
  "comedian",
  "singer",
]);
