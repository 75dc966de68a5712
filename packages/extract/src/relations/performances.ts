import { isCompanyName } from "../mentions/people.ts";
import { type SentenceView, tokenIndexAt } from "../text/analysis.ts";
import {
  addFact,
  type Context,
  filmNear,
  filmsIn,
  insideFilm,
  phraseAt,
  speaksOfUnnamedFilm,
} from "./context.ts";
import { personOf, withSuffix } from "./names.ts";

// Cast named by what is said of one actor rather than by a cast list. Each pattern reads the
// text right after (or right before) a person's name.

// "Paul Giamatti's portrayal of Ben Bernanke": the role is the capitalised phrase after "of".
const PORTRAYAL_OF = /^'s? (?:portrayal|performance|depiction) (?:of|as) (?=\p{Lu})/u;
// "features Patrick Swayze's last film role", "marked Ann Lee's screen debut".
const OWN_PERFORMANCE =
  /^'s? (?:last|final|first|only|posthumous) (?:(?:feature|film|screen|movie|major|starring|credited|acting) )?(?:role|performance|appearance)\b|^'s? (?:screen|film|acting|feature|movie) debut\b/u;
// "featuring the last performance of Denholm Elliott", "the first starring role for the still
// teenaged Douglas Fairbanks, Jr.".
const PERFORMANCE_OF =
  /\b(?:last|final|first|posthumous|only) (?:(?:film|screen|movie|starring|leading|major) )?(?:performance|role|appearance) (?:of|for) (?:the )?(?:[\p{Ll}-]+ ){0,3}$/u;
// "Imelda Staunton won best actress for her role in Vera Drake": the film after the role.
// ("for his role as R in X" names the role too; credits.ts reads that.)
const AWARDED_FOR_ROLE =
  /^\s+(?:(?:has|had|was|is)\s+)?(?:won|wins|picked up|collected|received|earned|nominated|named|praised|acclaimed)\b(?:\s+[\p{L}-]+){0,5}?\s+for\s+(?:his|her|their)\s+(?:role|performance|turn|portrayal)\b(?!\s+(?:as|of)\b)/u;
// "with Ana Ruiz returning to direct", "Ana Ruiz will direct", "who directed Salt Coast".
// "Ana Ruiz helms Night Ferry", "Ana Ruiz, the director of Night Ferry,", "Ana Ruiz's
// directorial debut, Night Ferry".
const DIRECTS =
  /^(?:\s+(?:(?:is|will|has|had|was|is set|is due|has signed|signed|has been hired)\s+)?(?:(?:returning|returns|back|again|also|set|due|signed(?: up)?|lined up|expected|hired)\s+)?(?:to\s+)?(?:direct|helm)(?:s|ed|ing)?\b(?!\s+by)|,\s+(?:the|who is the|who was the)\s+(?:co-)?director\s+of\b|'s?\s+(?:directorial|feature)\s+debut\b)/;
// "has been cast in X", "takes the role of Ava Gardner in X", "landed the lead role in X",
// "provides the voice of Puss in Boots in X".
const TAKES_ROLE =
  /^\s+(?:(?:has|had|was|is|will|is to|is set to|has been)\s+)?(?:been\s+)?(?:cast in|(?:takes?|took|taken|taking|lands?|landed|wins?|won|gets?|got)\s+(?:on\s+)?the\s+(?:lead |leading |title |starring |central |main )?(?:role|part)(?: of| in)?|(?:provides?|provided|lends?|lent|supplies|supplied)\s+the\s+voice\s+of)\b/;
// "Harold Penn, best known for his roles in The Glass Key and Mercy Road, …": every film after.
const KNOWN_FOR_ROLES =
  /^,?\s+(?:who is\s+|who was\s+)?(?:best|perhaps best|probably best|widely|also)?\s*(?:known|remembered|famous)\s+for\s+(?:his|her|their)\s+(?:roles?|parts?|performances?|appearances?)\s+in\b/;
// "Kate Winslet joined the cast", "… and Ivy Hart round out the ensemble" ("head the cast" is
// read with its whole list in credits.ts).
const JOINED_CAST =
  /^ (?:also |later |then )?(?:joined|joins|rounded out|rounds out|round out) the (?:cast|ensemble)\b/u;
// "produced and directed by Barbra Streisand, who also stars." Only the present tense and a
// clause that ends there: "who starred in Titanic" names another film.
const WHO_ALSO_STARS =
  /^, who (?:also )?(?:stars|co-stars|appears)(?: (?:in (?:it|the film|the movie)|as [^,.;]+))?[,.;]/u;
// "with Sigourney Weaver returning in an additional role".
const RETURNING_WITH = /^ (?:returning|reprising (?:his|her|their) role) (?:in|as)\b/u;

// An awards list: "Best actress: Imelda Staunton, Vera Drake", "Best director: Mike Leigh for …".
const AWARD_WINNER_BEFORE =
  /(?:^|[.;]\s|\n)(?:the\s+)?(?:best|outstanding)\s+(?:[\p{L}-]+\s+){0,2}?(actor|actress|director|performer)\b[^:.;\n]{0,30}:\s+$/iu;
const AWARD_FILM_AFTER = /^(?:,\s+|\s+(?:for|in)\s+)$/;
// "Ben Adair won best actor for Paper Kites".
const WON_CATEGORY_FOR =
  /^\s+(?:(?:has|had|was|is)\s+)?(?:won|wins|named|nominated\s+for|took|picked\s+up|collected)\s+(?:the\s+)?(?:award\s+for\s+)?best\s+(?:[\p{L}-]+\s+){0,2}?(actor|actress|director|performer|performance)\s+(?:award\s+|prize\s+)?for\s+$/u;

// Any of the patterns above needs one of these words; most sentences have none.
const ANY_CUE =
  /\b(?:portrayal|performance|depiction|role|appearance|debut|joined|joins|round|rounds|rounded|stars|co-stars|appears|returning|reprising|actor|actress|director|performer|won|wins|nominated|direct|directs|directed|directing|helms|helmed|cast|part|known|remembered|famous|voice)\b/i;

export function findPerformances(ctx: Context, s: SentenceView): void {
  if (s.text.includes("(")) findBracketedActors(ctx, s);
  if (PRONOUN_SUBJECT.test(s.text)) findPronounNominations(ctx, s);
  if (!ANY_CUE.test(s.text)) return;
  for (const phrase of s.phrases) {
    const person = personOf(ctx, phrase, true);
    if (!person) continue;
    const name = withSuffix(s, phrase, person).name;
    const after = ctx.text.slice(phrase.end, Math.min(s.end, phrase.end + 80));
    const before = ctx.text.slice(Math.max(s.start, phrase.start - 48), phrase.start);
    if (awardWinner(ctx, s, phrase.end, before, name)) continue;
    const known = KNOWN_FOR_ROLES.exec(after);
    if (known) {
      const from = phrase.end + known[0].length;
      // The films listed up to the end of the clause.
      const clauseEnd = ctx.text.slice(from, s.end).search(/,\s+(?:has|had|is|was|who|and has)\b|[;.]\s/);
      const until = clauseEnd < 0 ? s.end : from + clauseEnd;
      for (const m of filmsIn(ctx, s))
        if (m.start >= from && m.end <= until)
          addFact(ctx, m.film, "cast", { name, character: null }, s, 0.75);
      continue;
    }
    const takes = TAKES_ROLE.exec(after);
    if (takes) {
      const at = phrase.end + takes[0].length;
      const k = tokenIndexAt(s, at + 1);
      const role = takes[0].endsWith(" of") && k >= 0 ? phraseAt(s, k) : undefined;
      // "the voice of Puss in Boots in Shrek 2": the role runs up to "in" and the film.
      const next = filmsIn(ctx, s).find((m) => m.start > at);
      const upToFilm = next ? /^\s(\p{Lu}.*?) in $/u.exec(ctx.text.slice(at, next.start))?.[1] : undefined;
      const character =
        role && !insideFilm(ctx, role.start, role.end)
          ? (takes[0].endsWith(" of") && upToFilm) || role.text
          : null;
      addFact(ctx, filmNear(ctx, s, at, "after"), "cast", { name, character }, s, 0.75);
      continue;
    }
    const directs = DIRECTS.exec(after);
    if (directs) {
      addFact(ctx, filmNear(ctx, s, phrase.end + directs[0].length), "director", name, s, 0.75);
      continue;
    }
    let character: string | null = null;
    const portrayal = PORTRAYAL_OF.exec(after);
    if (portrayal) {
      const k = tokenIndexAt(s, phrase.end + portrayal[0].length);
      const role = k >= 0 ? phraseAt(s, k) : undefined;
      if (!role) continue;
      character = role.text;
    } else if (AWARDED_FOR_ROLE.test(after)) {
      const award = AWARDED_FOR_ROLE.exec(after)?.[0] ?? "";
      const film = filmNear(ctx, s, phrase.end + award.length, "after");
      addFact(ctx, film, "cast", { name, character: null }, s, 0.75);
      continue;
    } else if (
      !OWN_PERFORMANCE.test(after) &&
      !PERFORMANCE_OF.test(before) &&
      !JOINED_CAST.test(after) &&
      !WHO_ALSO_STARS.test(after) &&
      !(RETURNING_WITH.test(after) && /\bwith $/.test(before))
    )
      continue;
    if (speaksOfUnnamedFilm(ctx, s, phrase.start)) continue;
    addFact(ctx, filmNear(ctx, s, phrase.start), "cast", { name, character }, s, 0.75);
  }
}

/**
 * "Best director: Mike Leigh, Vera Drake", "Ben Adair won best actor for Paper Kites": the
 * winner's credit on the film the award was for.
 */
function awardWinner(ctx: Context, s: SentenceView, nameEnd: number, before: string, name: string): boolean {
  const films = filmsIn(ctx, s).filter((m) => m.start > nameEnd);
  // "Best director: Mike Leigh, Vera Drake" names the category before the name; "Ben Adair won
  // best actor for Paper Kites" between the name and the film.
  let category = AWARD_WINNER_BEFORE.exec(before)?.[1]?.toLowerCase();
  let film = category
    ? films.find((m) => AWARD_FILM_AFTER.test(ctx.text.slice(nameEnd, m.start)))?.film
    : undefined;
  for (const m of category ? [] : films) {
    const won = WON_CATEGORY_FOR.exec(ctx.text.slice(nameEnd, m.start));
    if (!won) continue;
    category = won[1]?.toLowerCase();
    film = m.film;
    break;
  }
  if (!category || !film) return false;
  if (category === "director") addFact(ctx, film, "director", name, s, 0.8);
  else addFact(ctx, film, "cast", { name, character: null }, s, 0.8);
  return true;
}

/** "Walter's daughter Ruth (Jenna Holt) returns …": a role, and its actor in brackets. */
function findBracketedActors(ctx: Context, s: SentenceView): void {
  for (const role of s.phrases) {
    const open = ctx.text.slice(role.end, role.end + 2);
    if (open !== " (" || insideFilm(ctx, role.start, role.end)) continue;
    const k = tokenIndexAt(s, role.end + 2);
    const actor = k >= 0 ? phraseAt(s, k) : undefined;
    if (!actor || ctx.text[actor.end] !== ")") continue;
    const name = personOf(ctx, actor, true);
    // "Film Booking Offices of America (F.B.O.)": an abbreviation, not an actor.
    if (!name || name === role.text || !/\p{Ll}/u.test(name) || isCompanyName(role.text)) continue;
    addFact(ctx, filmNear(ctx, s, role.start), "cast", { name, character: role.text }, s, 0.7);
  }
}

const PRONOUN_SUBJECT = /^(?:He|She)\b/;
const NOMINATED = /\b(?:nominated|shortlisted|named|up)\b/i;
const CATEGORY = /\bbest (?:lead |leading |supporting )?(actor|actress|director)\b/gi;

/**
 * "… saw Clint Eastwood get his third nomination for Million Dollar Baby. He is … nominated
 * for best director and best lead actor.": the person and film the last sentence tied together.
 */
function findPronounNominations(ctx: Context, s: SentenceView): void {
  if (!NOMINATED.test(s.text)) return;
  const categories = [...s.text.matchAll(CATEGORY)].map((m) => (m[1] ?? "").toLowerCase());
  const prev = ctx.sentences[s.index - 1];
  if (categories.length === 0 || !prev || prev.paragraph !== s.paragraph) return;
  const forFilm = filmsIn(ctx, prev).find((m) =>
    /\bfor $/.test(ctx.text.slice(Math.max(prev.start, m.start - 4), m.start)),
  );
  if (!forFilm) return;
  const person = prev.phrases
    .filter((p) => p.end <= forFilm.start)
    .map((p) => personOf(ctx, p, true))
    .filter((name): name is string => !!name)
    .at(-1);
  if (!person) return;
  for (const category of new Set(categories)) {
    if (category === "director") addFact(ctx, forFilm.film, "director", person, s, 0.7);
    else addFact(ctx, forFilm.film, "cast", { name: person, character: null }, s, 0.7);
  }
}
