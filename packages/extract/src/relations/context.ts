import type { FilmEntity } from "../films/films.ts";
import type { PeopleIndex } from "../mentions/people.ts";
import type { Phrase } from "../mentions/phrases.ts";
import type { SentenceView } from "../text/analysis.ts";

type DraftValue = string | number | Record<string, unknown>;

/** A fact before it is validated: what, about which film, where it was said, how sure. */
export interface FactDraft {
  film: FilmEntity;
  predicate: string;
  value: DraftValue;
  start: number;
  end: number;
  sentence: number;
  confidence: number;
}

export interface Context {
  text: string;
  sentences: SentenceView[];
  films: FilmEntity[];
  people: PeopleIndex;
  publishedAt: Date | null;
  focus: FilmEntity | null;
  drafts: FactDraft[];
}

export function addFact(
  ctx: Context,
  film: FilmEntity | null,
  predicate: string,
  value: DraftValue,
  s: SentenceView,
  confidence: number,
): void {
  if (!film) return;
  ctx.drafts.push({ film, predicate, value, start: s.start, end: s.end, sentence: s.index, confidence });
}

type SentenceMention = { film: FilmEntity; start: number; end: number };
const mentionCache = new WeakMap<Context, Map<number, SentenceMention[]>>();

/** Films mentioned in a sentence, in order (indexed once per extraction). */
export function filmsIn(ctx: Context, s: SentenceView): SentenceMention[] {
  let index = mentionCache.get(ctx);
  if (!index) {
    index = new Map();
    for (const film of ctx.films) {
      for (const m of film.mentions) {
        const list = index.get(m.sentence) ?? [];
        list.push({ film, start: m.start, end: m.end });
        index.set(m.sentence, list);
      }
    }
    for (const list of index.values()) list.sort((a, b) => a.start - b.start);
    mentionCache.set(ctx, index);
  }
  return index.get(s.index) ?? [];
}

// "Nolan's next film", "a new movie", "his untitled project": a film the article does not name.
const UNNAMED_FILM =
  /\b(?:next|new|upcoming|untitled|forthcoming|another|latest)\s+(?:[\p{Ll}\p{N}-]+\s+)?(?:film|movie|feature|project|picture)\b/u;

// What may come before a sentence's subject: "Meanwhile, Oscar hopeful X …", "Comedy X …".
const SUBJECT_PREFIX = /^(?:[\p{L}-]+,\s+)?(?:[\p{L}'-]+\s+){0,3}$/u;
const PREFIX_VERBS =
  /\b(?:is|was|are|were|has|had|have|said|says|took|won|stars|starred|named|called|in|of|for|by|with|to|who|whose|which|that|where|when)\b/i;
const opensClause = (before: string) => SUBJECT_PREFIX.test(before) && !PREFIX_VERBS.test(before);

const SEQUEL_REFERENCE = /\bthe (?:new |upcoming |planned )?sequel\b/i;
const FIRST_REFERENCE = /\bthe (?:first|original) (?:film|movie|one|instalment|installment)\b/i;

/** A later installment for "the sequel", the franchise's first film for "the first film". */
function namedInstallment(ctx: Context, s: SentenceView): FilmEntity | null {
  if (filmsIn(ctx, s).length > 0) return null;
  const numbered = ctx.films.filter((f) => f.franchise && (f.installment ?? 0) >= 2);
  if (numbered.length !== 1) return null;
  const sequel = numbered[0] ?? null;
  if (SEQUEL_REFERENCE.test(s.text)) return sequel;
  if (FIRST_REFERENCE.test(s.text))
    return ctx.films.find((f) => f !== sequel && f.title === sequel?.franchise) ?? null;
  return null;
}

const ANAPHOR = /^(?:The|This|Its) (?:film|movie|picture)\b|^It\b/;

/**
 * The film a sentence is about when it names none: an encyclopedia lead's film; the installment
 * "the sequel" or "the first film" means; the subject of the sentence before, or the film that
 * sentence was itself about; the last one named earlier in the paragraph; else the article's
 * focus (the film named most, the headline's counting double).
 */
export function contextFilm(ctx: Context, s: SentenceView): FilmEntity | null {
  // Asked once per cue, and again for every sentence an anaphor leads back through: remember.
  let known = contextOf.get(ctx);
  if (!known) {
    known = new Map();
    contextOf.set(ctx, known);
  }
  if (!known.has(s.index)) known.set(s.index, findContextFilm(ctx, s));
  return known.get(s.index) ?? null;
}

const contextOf = new WeakMap<Context, Map<number, FilmEntity | null>>();

function findContextFilm(ctx: Context, s: SentenceView): FilmEntity | null {
  // A sentence about an unnamed film says nothing about the one in context.
  if (filmsIn(ctx, s).length === 0 && UNNAMED_FILM.test(s.text)) return null;
  // An encyclopedia lead is about one film; "the film" and "it" refer to it throughout.
  const lead = ctx.films.find((f) => f.cues.includes("lead"));
  if (lead) return lead;
  // "the sequel", "the first film": the installment the article names, when it names one.
  const installment = namedInstallment(ctx, s);
  if (installment) return installment;
  // "The film, which stars …" opening a paragraph goes on about the last paragraph's film.
  const paragraphs = ANAPHOR.test(s.text) ? [s.paragraph, s.paragraph - 1] : [s.paragraph];
  for (let i = s.index - 1; i >= 0; i--) {
    const prev = ctx.sentences[i];
    if (!prev || !paragraphs.includes(prev.paragraph)) break;
    const named = filmsIn(ctx, prev);
    // "Harbour Nights, the sequel to Harbour Days, … It was …", "The Last Ferryman will be
    // directed by … Filming starts in …": the sentence goes on about the last one's subject.
    const subject = named[0];
    if (subject && opensClause(ctx.text.slice(prev.start, subject.start))) return subject.film;
    // "The film, which stars …, knocked The Salt Road into second place. Director X said …":
    // the last sentence was itself about the film in context, whatever else it named.
    if (ANAPHOR.test(prev.text)) return contextFilm(ctx, prev);
    const last = named[named.length - 1];
    // A film named once in passing ("whose previous film X premiered …") is rarely what a
    // later "the film" means; the article's focus is.
    if (last) return last.film.mentions.length > 1 || !ctx.focus ? last.film : ctx.focus;
  }
  return ctx.focus;
}

/** The film a cue at `position` speaks of: the nearest one named in the sentence, else the context. */
// ", who won three Oscars for X," — a film named inside a relative clause is not the one the
// main clause speaks of.
// ", the sequel to Ocean's Eleven," is such an aside too.
const RELATIVE_CLAUSE =
  /,\s(?:who|whose|which|where|the (?:sequel|prequel|follow-up|remake) (?:to|of))\b[^,]*,/g;

const clausesOf = new WeakMap<SentenceView, [number, number][]>();

function insideRelativeClause(s: SentenceView, start: number): boolean {
  let clauses = clausesOf.get(s);
  if (!clauses) {
    clauses = [...s.text.matchAll(RELATIVE_CLAUSE)].map((m): [number, number] => [
      s.start + (m.index ?? 0),
      s.start + (m.index ?? 0) + m[0].length,
    ]);
    clausesOf.set(s, clauses);
  }
  return clauses.some(([from, to]) => start >= from && start < to);
}

const INDEFINITE_FILM = /\b(?:into|as)\s+an?\s+(?:[\p{Ll}\p{N}-]+\s+)?(?:film|movie|feature|picture)\b/u;

/**
 * "… which had been made into a film in 1933, starring X": a cue after an indefinite film, with
 * no title named in between, speaks of that unnamed film.
 */
export function speaksOfUnnamedFilm(ctx: Context, s: SentenceView, position: number): boolean {
  const before = filmsIn(ctx, s).filter((m) => m.end <= position);
  const since = before[before.length - 1]?.end ?? s.start;
  return INDEFINITE_FILM.test(ctx.text.slice(since, position));
}

export function filmNear(
  ctx: Context,
  s: SentenceView,
  position: number,
  prefer: "before" | "after" | "nearest" = "nearest",
): FilmEntity | null {
  // Titles inside a relative clause count only for a cue inside that same clause.
  const cueInClause = insideRelativeClause(s, position);
  const named = filmsIn(ctx, s).filter((m) => cueInClause || !insideRelativeClause(s, m.start));
  if (speaksOfUnnamedFilm(ctx, s, position)) return null;
  if (named.length === 0) return contextFilm(ctx, s);
  const before = named.filter((m) => m.end <= position);
  const after = named.filter((m) => m.start >= position);
  const pick = (m: SentenceMention | undefined) => (m ? sequelMeant(ctx, m) : null);
  if (prefer === "before" && before.length) return pick(before[before.length - 1]);
  if (prefer === "after" && after.length) return pick(after[0]);
  const distance = (m: { start: number; end: number }) =>
    m.end <= position ? position - m.end : m.start - position;
  return pick(named.reduce((a, b) => (distance(b) < distance(a) ? b : a)));
}

/**
 * "A sequel to Glass Harbour is in the works, with Ana Ruiz returning to direct": a title after
 * "sequel to" stands for its sequel, when the article names exactly one.
 */
function sequelMeant(ctx: Context, m: SentenceMention): FilmEntity {
  if (!/\bsequel (?:to|of) $/.test(ctx.text.slice(Math.max(0, m.start - 12), m.start))) return m.film;
  const sequels = ctx.films.filter((f) => f.franchise === m.film.title && (f.installment ?? 0) >= 2);
  return sequels.length === 1 && sequels[0] ? sequels[0] : m.film;
}

const phraseIndex = new WeakMap<SentenceView, Map<number, Phrase>>();

/** The capitalised phrase that starts at a token, if any (indexed once per sentence). */
export function phraseAt(s: SentenceView, tokenIndex: number): Phrase | undefined {
  let index = phraseIndex.get(s);
  if (!index) {
    index = new Map(s.phrases.map((p) => [p.first, p]));
    phraseIndex.set(s, index);
  }
  return index.get(tokenIndex);
}

/** Whether a character span falls inside a film title mention. */
const mentionCover = new WeakMap<Context, Uint8Array>();

/**
 * Whether a stretch overlaps any film's mention. The characters mentions cover are indexed once
 * per article: mentions are final when the context is built (folding a former name into a film
 * moves mentions, it does not move what they cover).
 */
export function insideFilm(ctx: Context, start: number, end: number): boolean {
  let cover = mentionCover.get(ctx);
  if (!cover) {
    cover = new Uint8Array(ctx.text.length + 1);
    for (const f of ctx.films) for (const m of f.mentions) cover.fill(1, m.start, m.end);
    mentionCover.set(ctx, cover);
  }
  for (let i = start; i < end; i++) if (cover[i]) return true;
  return false;
}
