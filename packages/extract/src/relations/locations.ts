import type { FilmEntity } from "../films/films.ts";
import { PLACE_SUFFIXES, regionCode } from "../lexicon/places.ts";
import { isCompanyName, isPersonShaped } from "../mentions/people.ts";
import type { Phrase } from "../mentions/phrases.ts";
import type { SentenceView } from "../text/analysis.ts";
import { addFact, type Context, contextFilm, filmNear, filmsIn, insideFilm } from "./context.ts";

// "shot in Sintra", and with the film as object: "shot the film over six weeks near Sintra".
// "Filming on the sequel starts in X" comes first: plain "filming on" would take "on" for a place.
// The object keeps out "shot and stabbed in Amsterdam".
const FILMING_CUE =
  /\b(?:(?:filming (?:on (?:the )?[\w-]+ )?(?:starts|started|begins|began|will (?:start|begin)|is due to (?:start|begin)|takes place|took place|moves|moved|wrapped)|filmed|filming|shot|shooting|shoot|on location|location shooting|principal photography|production (?:moved|began|started|took place))\s+(?:on location\s+)?|(?:filmed|shot)\s+(?:the\s+(?:film|movie|picture|sequel|remake|feature)|it)\s+(?:(?:over|for|during)\s+(?:[\w-]+\s+){1,3}?)?)(?:in|at|on|around|across|near)\s+/gi;
const TITLE_THEN_PLACE =
  /^\s+(?:(?:over|in|for|during)\s+(?:[\w-]+\s+){1,3}?)?(?:in|at|near|around|on location in)\s+/;
const SPEECH = /\b(?:said|says|wrote|writes|posted|added|told|tweeted|explained|captioned)\b/;

function isPlace(ctx: Context, p: Phrase): boolean {
  // Film studios are companies and places: "shot at Pinewood Studios".
  const studio = /\bStudios?$/.test(p.text);
  if (insideFilm(ctx, p.start, p.end) || (isCompanyName(p.text) && !studio)) return false;
  if (ctx.people.resolve(p.text)) return false;
  // "Whitby Swing Bridge" is a place even though "Whitby" is also a given name.
  const placeShaped =
    p.words.length >= 2 && PLACE_SUFFIXES.has((p.words[p.words.length - 1] ?? "").toLowerCase());
  if (!placeShaped && isPersonShaped(p, true)) return false;
  return /^\p{Lu}/u.test(p.text) && p.words.length <= 5;
}

function addLocation(
  ctx: Context,
  s: SentenceView,
  p: Phrase,
  confidence: number,
  film = filmNear(ctx, s, p.start),
): void {
  addFact(ctx, film, "filmingLocation", { name: p.text, region: regionCode(p.text) }, s, confidence);
}

/**
 * Filming locations: "filmed in X", "shot on location in X and Y"; and, in a director's or
 * star's own words about the shoot, "the people of X", "a week in X" and the places thanked
 * ("thanks to X Railway").
 */
export function findFilmingLocations(ctx: Context, s: SentenceView): void {
  const cues = [...s.text.matchAll(FILMING_CUE)].map((m) => ({
    at: s.start + (m.index ?? 0) + m[0].length,
    film: undefined as FilmEntity | undefined,
  }));
  // "We shot Estuary in three weeks in Essex": the title as the verb's object.
  for (const m of filmsIn(ctx, s)) {
    if (!/\b(?:filmed|shot)\s+$/.test(ctx.text.slice(Math.max(s.start, m.start - 10), m.start))) continue;
    const place = TITLE_THEN_PLACE.exec(ctx.text.slice(m.end, Math.min(s.end, m.end + 60)));
    if (place) cues.push({ at: m.end + place[0].length, film: m.film });
  }
  for (const { at, film } of cues) {
    const places = s.phrases.filter((p) => p.start >= at && p.start < at + 120);
    let expected = at;
    for (const p of places) {
      const gap = ctx.text.slice(expected, p.start);
      if (
        !/^(?:\s*(?:,|and|&|the|fabulous|beautiful|sunny|rural|central|northern|southern|eastern|western|downtown)\s*)*$/i.test(
          gap,
        )
      )
        break;
      if (!isPlace(ctx, p)) break;
      addLocation(ctx, s, p, 0.85, film ?? filmNear(ctx, s, p.start));
      expected = p.end;
    }
  }
  crewVoice(ctx, s);
}

/** The paragraph's quote belongs to a director or star of the film when they are named saying it. */
function crewVoice(ctx: Context, s: SentenceView): void {
  const paragraph = ctx.sentences.filter((x) => x.paragraph === s.paragraph);
  const paragraphStart = paragraph[0]?.start ?? s.start;
  const quotesBefore = (ctx.text.slice(paragraphStart, s.start).match(/"/g) ?? []).length;
  const quoted = s.text.includes('"') || quotesBefore % 2 === 1;
  if (!quoted) return;
  const speakerSentence = paragraph.find((x) => SPEECH.test(x.text));
  if (!speakerSentence) return;
  const speaker = speakerSentence.phrases.map((p) => ctx.people.resolve(p.text)).find(Boolean);
  const film = contextFilm(ctx, s);
  if (!speaker || !film) return;
  const crew = ctx.drafts.some(
    (d) =>
      d.film === film &&
      (d.predicate === "director" || d.predicate === "cast") &&
      (d.value === speaker || (d.value as { name?: string }).name === speaker),
  );
  if (!crew) return;
  const firstPerson = /\b(?:we|we've|we'd|our|us)\b/i.test(s.text);
  for (const p of s.phrases) {
    if (!isPlace(ctx, p)) continue;
    const before = ctx.text.slice(Math.max(s.start, p.start - 160), p.start);
    const peopleOf = /\bpeople of\s+$/i.test(before.slice(-30));
    const stayedIn =
      firstPerson &&
      /\b(?:week|weeks|fortnight|days|day|time|month|months|shoot|stay|summer|spring)\b[^.]*\bin\s+(?:\p{Ll}+\s+)?$/iu.test(
        before,
      );
    const thanked =
      /\bthanks?\b/i.test(s.text) &&
      p.words.length >= 2 &&
      PLACE_SUFFIXES.has((p.words[p.words.length - 1] ?? "").toLowerCase());
    if (peopleOf || stayedIn || thanked) addLocation(ctx, s, p, 0.6, film);
  }
}
