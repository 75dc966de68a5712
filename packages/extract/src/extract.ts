import { type ArticleFormat, type ExtractionResult, identifyArticle, slugify } from "@filmkb/schema";
import { assembleFacts, filmView } from "./assemble.ts";
import { Budget, UNLIMITED } from "./budget.ts";
import { isStrongCue } from "./films/evidence.ts";
import { type FilmEntity, resolveFilms } from "./films/films.ts";
import { findTitleEvidence } from "./films/titles.ts";
import { readDocument } from "./input/index.ts";
import { ROLE_TITLES } from "./lexicon/words.ts";
import { isPersonShaped, PeopleIndex } from "./mentions/people.ts";
import { addFact, type Context, contextFilm, insideFilm } from "./relations/context.ts";
import { findCredits } from "./relations/credits.ts";
import { findFilmingLocations } from "./relations/locations.ts";
import { findNotes, findStatedSequels, relateInstallments } from "./relations/notes.ts";
import { findPerformances } from "./relations/performances.ts";
import { findReleasesAndCompanies } from "./relations/releases.ts";
import { analyse, type SentenceView } from "./text/analysis.ts";
import { normaliseText } from "./text/normalise.ts";
import { EXTRACTOR_VERSION } from "./version.ts";

export interface ExtractInput {
  /** Article id; by default the hash of its content, so the same article is the same id. */
  id?: string;
  format: ArticleFormat;
  text: string;
  /** When the article was published (RFC 3339); relative dates resolve against it. */
  publishedAt?: string | null;
}

export interface ExtractOptions {
  /**
   * Milliseconds the extraction may take; past it, extraction stops with
   * `ExtractionBudgetExceeded`. Unlimited when absent.
   */
  budgetMs?: number;
  /** The budget's clock (milliseconds); tests pass their own. */
  clock?: () => number;
}

/**
 * Reads an article and states which films it names and what it says of them. Pure and
 * deterministic: the same input always gives the same result, with no I/O — or, past its
 * time budget, `ExtractionBudgetExceeded`.
 */
export function extract(input: ExtractInput, options: ExtractOptions = {}): ExtractionResult {
  const budget = options.budgetMs === undefined ? UNLIMITED : new Budget(options.budgetMs, options.clock);
  budget.check("starting");
  const document = readDocument(input.format, input.text);
  budget.check("reading the markup");
  const { text, titleCues } = normaliseText(document.text, document.titleCues);
  budget.check("normalising the text");
  const sentences = analyse(text);
  budget.check("splitting sentences");
  const publishedAtText = input.publishedAt ?? document.publishedAt;
  const publishedAt = parsePublished(publishedAtText);
  const identity = identifyArticle(input.text);
  const articleId = input.id ?? identity.id;

  const people = indexPeople(sentences);
  budget.check("finding people");
  const evidence = findTitleEvidence(text, sentences, titleCues, people);
  budget.check("finding titles");
  // A full name that is also a person is a title only on strong evidence ("1995's Lion King").
  const films = resolveFilms(text, sentences, evidence).filter(
    (f) =>
      (!people.has(f.title) || f.cues.some(isStrongCue)) &&
      // "Burton's Charlie": a person's possessive heads a description, not a title.
      !(
        /^[\p{Lu}][\p{L}'-]*'s /u.test(f.title) &&
        people.resolve(f.title.split("'s ")[0] ?? "") &&
        !f.cues.some((c) => /^(?:typography|lead|quoted)/.test(c))
      ),
  );
  const ctx: Context = {
    text,
    sentences,
    films,
    people,
    publishedAt,
    focus: focusFilm(films, document.headline),
    drafts: [],
  };
  budget.check("resolving films");
  foldFormerNames(ctx);
  indexLenientPeople(ctx);

  const prose = sentences.filter((s) => !s.titleCase);
  for (const s of prose) {
    budget.tick("reading relations");
    findCredits(ctx, s);
    findPerformances(ctx, s);
    findReleasesAndCompanies(ctx, s);
    findNotes(ctx, s);
    findStatedSequels(ctx, s);
  }
  for (const s of prose) {
    budget.tick("reading filming locations");
    findFilmingLocations(ctx, s);
  }
  budget.check("reading filming locations");
  relateInstallments(ctx);
  identityFacts(ctx);
  expandCharacters(ctx);
  budget.check("assembling facts");

  const ids = filmIds(films);
  const facts = assembleFacts(ctx, articleId, ids);
  const filmsOut = films.map((f) => {
    const id = ids.get(f) ?? slugify(f.title);
    return filmView(
      id,
      facts.filter((x) => x.filmId === id),
    );
  });
  const warnings = films.length === 0 ? ["no film titles found"] : [];
  if (publishedAtText && !publishedAt)
    warnings.push(`publication date "${publishedAtText}" not understood; ignored`);

  return {
    extractorVersion: EXTRACTOR_VERSION,
    article: {
      id: articleId,
      format: input.format,
      headline: document.headline,
      publishedAt: publishedAt ? (publishedAtText ?? null) : null,
      contentHash: identity.contentHash,
      byteLength: identity.byteLength,
      text,
    },
    films: filmsOut,
    facts,
    warnings,
  };
}

function parsePublished(value: string | null | undefined): Date | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) || !/^\d{4}-\d{2}-\d{2}/.test(value) ? null : date;
}

/** Full names in document order, so a later surname ("Cruise") resolves to the first full name. */
function indexPeople(sentences: SentenceView[]): PeopleIndex {
  const people = new PeopleIndex();
  for (const s of sentences) {
    if (s.titleCase) continue;
    for (const p of s.phrases) if (isPersonShaped(p, true)) people.add(p.text);
  }
  return people;
}

/** Names outside the given-name lexicon ("Ving Rhames") count once they sit in a name list. */
function indexLenientPeople(ctx: Context): void {
  for (const s of ctx.sentences) {
    if (s.titleCase) continue;
    for (const p of s.phrases) {
      if (
        p.words.length >= 2 &&
        p.words.length <= 3 &&
        !insideFilm(ctx, p.start, p.end) &&
        isPersonShaped(p, false)
      ) {
        const before = ctx.text.slice(Math.max(s.start, p.start - 2), p.start);
        if (
          before.includes(",") ||
          /\b(?:starring|stars|and|with|by|director|actor|actress|star)\s$/i.test(
            ctx.text.slice(Math.max(s.start, p.start - 24), p.start),
          )
        )
          ctx.people.add(p.text);
      }
    }
  }
}

/** "The film, formerly known as X": X joins the names of the film the sentence is about. */
function foldFormerNames(ctx: Context): void {
  for (const former of [...ctx.films]) {
    const named =
      former.cues.includes("former-name") &&
      // Named in its own right: quoted, or by a strong cue other than a bare year or "worked on".
      !former.cues.some((c) => c === "quoted" || (isStrongCue(c) && !/^(?:year-|worked-on)/.test(c)));
    if (!named) continue;
    const mention = former.mentions[0];
    const s = mention ? ctx.sentences[mention.sentence] : undefined;
    const others = ctx.films.filter((f) => f !== former);
    const target = s ? contextFilm({ ...ctx, films: others }, s) : null;
    if (!target) continue;
    for (const form of former.forms) target.forms.add(form);
    target.mentions = [...target.mentions, ...former.mentions].sort((a, b) => a.start - b.start);
    ctx.films.splice(ctx.films.indexOf(former), 1);
  }
}

/** The film an article is mostly about: named most often, in the headline counting double. */
function focusFilm(films: FilmEntity[], headline: string | null): FilmEntity | null {
  let best: FilmEntity | null = null;
  let bestScore = -1;
  for (const f of films) {
    const score =
      f.mentions.length + (headline && [...f.forms].some((form) => headline.includes(form)) ? 2 : 0);
    if (score > bestScore) {
      best = f;
      bestScore = score;
    }
  }
  return best;
}

function identityFacts(ctx: Context): void {
  for (const film of ctx.films) {
    const first = film.mentions[0];
    const s = first ? ctx.sentences[first.sentence] : undefined;
    if (!s) continue;
    addFact(ctx, film, "title", film.title, s, film.score);
    for (const form of film.forms) if (form !== film.title) addFact(ctx, film, "alias", form, s, film.score);
    const yearSentence = film.yearEvidence ? ctx.sentences[film.yearEvidence.sentence] : undefined;
    if (film.year && yearSentence) addFact(ctx, film, "year", film.year, yearSentence, 0.9);
    else {
      const releases = ctx.drafts.filter((d) => d.film === film && d.predicate === "release");
      const theatrical = releases.filter(
        (d) => (d.value as { medium: string | null }).medium !== "streaming",
      );
      const earliest = (theatrical.length ? theatrical : releases).sort((a, b) =>
        String((a.value as { date: string }).date).localeCompare(String((b.value as { date: string }).date)),
      )[0];
      const rs = earliest ? ctx.sentences[earliest.sentence] : undefined;
      if (earliest && rs)
        addFact(
          ctx,
          film,
          "year",
          Number(String((earliest.value as { date: string }).date).slice(0, 4)),
          rs,
          0.7,
        );
    }
    const fs = film.franchiseEvidence
      ? ctx.sentences.find(
          (x) =>
            film.franchiseEvidence &&
            film.franchiseEvidence.start >= x.start &&
            film.franchiseEvidence.start < x.end,
        )
      : undefined;
    if (film.franchise && fs) addFact(ctx, film, "franchise", film.franchise, fs, 0.85);
    if (film.installment && s) addFact(ctx, film, "installment", film.installment, s, 0.85);
  }
}

/^(?:Agent|Captain|Detective|Officer|Inspector|Doctor|Dr|Professor|Sergeant|Colonel|General|Major|Lieutenant|Commander|Private|Uncle|Aunt|King|Queen|Prince|Princess) /;

/** "Agent Hunt" is "Ethan Hunt" when the article also names a non-credited "Ethan Hunt". */
function expandCharacters(ctx: Context): void {
  // People already credited, and characters already given to someone, are not the full name.
  const credited = new Set(
    ctx.drafts.flatMap((d) =>
      typeof d.value === "object" && "name" in d.value
        ? [
            String(d.value.name),
            ...("character" in d.value && d.value.character ? [String(d.value.character)] : []),
          ]
        : typeof d.value === "string"
          ? [d.value]
          : [],
    ),
  );
  const fullNames = ctx.sentences.flatMap((s) =>
    s.phrases.filter((p) => isPersonShaped(p, false) && !credited.has(p.text)).map((p) => p.text),
  );
  for (const d of ctx.drafts) {
    if (d.predicate !== "cast") continue;
    const value = d.value as { name: string; character: string | null };
    if (!value.character || !ROLE_TITLES.has(value.character.split(" ")[0]?.toLowerCase() ?? "")) continue;
    const surname = value.character.split(" ").pop();
    const full = fullNames.find((n) => n.split(" ").pop() === surname);
    if (full) d.value = { ...value, character: full };
  }
}

function filmIds(films: FilmEntity[]): Map<FilmEntity, string> {
  const ids = new Map<FilmEntity, string>();
  const used = new Set<string>();
  for (const f of films) {
    let id = slugify(f.title);
    for (let n = 2; used.has(id); n++) id = `${slugify(f.title)}-${n}`;
    used.add(id);
    ids.set(f, id);
  }
  return ids;
}
