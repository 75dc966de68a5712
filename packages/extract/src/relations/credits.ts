import { GENRE_NOUNS } from "../lexicon/film-words.ts";
import { COMMON_WORDS, ROLE_TITLES } from "../lexicon/words.ts";
import { isCompanyName } from "../mentions/people.ts";
import { type SentenceView, tokenIndexAt } from "../text/analysis.ts";
import {
  addFact,
  type Context,
  contextFilm,
  filmNear,
  filmsIn,
  insideFilm,
  phraseAt,
  speaksOfUnnamedFilm,
} from "./context.ts";
import { characterAfter, peopleList, peopleListBefore, personOf } from "./names.ts";

// Every word a credit rule starts from; other tokens are skipped at once.
const TRIGGERS = new Set([
  "lead",
  "helmed",
  "head",
  "heads",
  "headed",
  "leads",
  "led",
  "top",
  "tops",
  "topped",
  "performances",
  "by",
  "portray",
  "voiced",
  "cast",
  "reunites",
  "reunited",
  "starring",
  "co-starring",
  "featuring",
  "featured",
  "co-stars",
  "stars",
  "star",
  "includes",
  "including",
  "include",
  "consists",
  "features",
  "voices",
  "joined",
  "starred",
  "debut",
  "actors",
  "directed",
  "co-directed",
  "written",
  "co-written",
  "screenplay",
  "produced",
  "co-produced",
  "director",
  "co-director",
  "filmmaker",
  "film-maker",
  "writer",
  "screenwriter",
  "co-writer",
  "producer",
  "co-star",
  "appeared",
  "appears",
  "plays",
  "played",
  "play",
  "portrays",
  "portrayed",
  "as",
  "appearance",
  "appearances",
  "cameo",
  "reprise",
  "reprises",
  "return",
  "returns",
  "appear",
  "voice",
  "alongside",
  "opposite",
  "co-stars",
  "co-wrote",
  "wrote",
  "with",
]);
const AUXILIARIES = new Set([
  "is",
  "was",
  "will",
  "would",
  "to",
  "set",
  "has",
  "have",
  "been",
  "be",
  "going",
  "also",
  "now",
  "due",
  "expected",
  "signed",
  "cast",
]);
const STARS_VERB_AFTER = new Set([
  "film",
  "movie",
  "picture",
  "production",
  "version",
  "remake",
  "sequel",
  "adaptation",
  "also",
  "which",
  "it",
  "that",
  "who",
  ",",
  "and",
  "now",
  "then",
  "they",
]);
const LIST_CUES: Record<string, string> = {
  featured: "cast",
  "co-stars": "cast",
  starring: "cast",
  "co-starring": "cast",
  featuring: "cast",
};
// Verbs that end a list of cast members: "X, Y and Z reprise their roles", "… also star".
const TRAILING_CAST_CUES = new Set([
  "star",
  "stars",
  "co-star",
  "co-stars",
  "reprise",
  "reprises",
  "return",
  "returns",
  "featured",
  "appear",
  "appears",
  "voice",
]);
// "with Alyce Mills as the lead actress": a casting even without a comma before "with".
const AS_LEAD_ROLE =
  /^(?:\S+\s+){1,4}as (?:the |its )?(?:lead|leading|title|female|male|main)? ?(?:actress|actor|star|role)\b/i;
// "was the lead singer": leads that are no acting credit.
const NOT_ACTING_LEADS =
  /^(?:singer|vocalist|guitarist|investigator|detective|author|writer|designer|animator|producer|engineer|story)$/;
const BY_CUES: Record<string, "director" | "writer" | "producer"> = {
  directed: "director",
  "co-directed": "director",
  helmed: "director",
  written: "writer",
  "co-written": "writer",
  screenplay: "writer",
  produced: "producer",
  "co-produced": "producer",
};
const ROLE_NOUNS: Record<string, "director" | "writer" | "producer"> = {
  director: "director",
  "co-director": "director",
  filmmaker: "director",
  "film-maker": "director",
  writer: "writer",
  screenwriter: "writer",
  "co-writer": "writer",
  producer: "producer",
};

/** Directors, writers, producers and cast, each attached to the film the sentence speaks of. */
export function findCredits(ctx: Context, s: SentenceView): void {
  const { tokens } = s;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || !TRIGGERS.has(t.lower)) continue;
    const word = t.lower;
    const prev = tokens[i - 1]?.lower ?? "";

    // "starring X, Y and Z", "The film stars X", "whose voice cast includes X", "the voices of X"
    // "stars" as a verb: after the film, a pronoun or a clause ("X, directed by Y, stars Z").
    // "The film … will star Daniel Okoro": a person right after the verb is its object.
    const verbStars =
      (word === "stars" || word === "star") &&
      (STARS_VERB_AFTER.has(prev) ||
        (word === "star" && /^(?:will|would|to|also|again|'ll)$/.test(prev)) ||
        !!filmEndsAt(ctx, s, tokens[i - 1]?.end)) &&
      !!personOf(ctx, phraseAt(s, i + 1), true);
    // "whose cast includes X", "Co-stars include X", "The cast of the drama X also includes Y",
    // "features performances from X".
    const castIncludes =
      (/^(includes|including|include|consists|featuring|features)$/.test(word) &&
        ([1, 2, 3].some((k) =>
          /^(cast|actors|stars|co-stars|actresses|members)$/.test(tokens[i - k]?.lower ?? ""),
        ) ||
          /\bcast of (?:the )?[^,.;]{1,60}?(?:also )?$/i.test(
            ctx.text.slice(Math.max(s.start, t.start - 70), t.start),
          ))) ||
      (word === "performances" && /^(?:from|by)$/.test(tokens[i + 1]?.lower ?? ""));
    // "features the return of X and Y", "the debut of X"
    const returnOf =
      word === "features" &&
      tokens[i + 1]?.lower === "the" &&
      /^(?:return|debut)$/.test(tokens[i + 2]?.lower ?? "") &&
      tokens[i + 3]?.lower === "of";
    const debutOf =
      (word === "debut" && tokens[i + 1]?.lower === "of") ||
      ((word === "played" || word === "voiced") && tokens[i + 1]?.lower === "by") ||
      (word === "stars" && tokens[i + 1]?.lower === "are");
    const joinedBy =
      (word === "joined" && tokens[i + 1]?.lower === "by") ||
      // "starred matinee star Earle Williams": a descriptor may come before the name.
      (word === "starred" &&
        !/^(?:alongside|with|opposite|in|as)$/.test(tokens[i + 1]?.lower ?? "") &&
        peopleList(ctx, s, i + 1).length > 0);
    const voicesOf = word === "voices" && tokens[i + 1]?.lower === "of";
    // "Ocean's Twelve, the sequel to Ocean's Eleven, reunites George Clooney, Brad Pitt and …"
    const reunites =
      (word === "reunites" || word === "reunited") &&
      (STARS_VERB_AFTER.has(prev) || filmsIn(ctx, s).some((m) => m.end <= t.start)) &&
      !!personOf(ctx, phraseAt(s, i + 1), true);
    if (
      LIST_CUES[word] ||
      reunites ||
      debutOf ||
      verbStars ||
      castIncludes ||
      voicesOf ||
      joinedBy ||
      (word === "features" && prev !== "the")
    ) {
      // "the film stars …", "It stars …": the film the passage is about, not the nearest title.
      // "… Skyward, voiced by Emma Lane": the film the participle follows.
      const byParticiple =
        (word === "played" || word === "voiced") && !filmsIn(ctx, s).every((m) => m.start > t.start);
      const film = speaksOfUnnamedFilm(ctx, s, t.start)
        ? null
        : byParticiple
          ? filmNear(ctx, s, t.start, "before")
          : /^(film|movie|picture|it)$/.test(prev) || aboutContextFilm(s)
            ? contextFilm(ctx, s)
            : filmNear(ctx, s, t.start, i === 0 ? "after" : "before");
      const after =
        i +
        (word === "consists" || word === "performances" || debutOf || (joinedBy && word === "joined")
          ? 2
          : 1);
      // "starring: Ed Harris, Richard Masur …"
      const from = returnOf ? i + 4 : tokens[after]?.text === ":" ? after + 1 : after;
      const listed = peopleList(ctx, s, from);
      for (const p of listed) addFact(ctx, film, "cast", { name: p.name, character: p.character }, s, 0.9);
      // "X and Y are also featured." / "Margot Stevenson co-stars.": nobody after the verb, so
      // the list may end at it instead.
      if (listed.length > 0 || !TRAILING_CAST_CUES.has(word)) continue;
    }
    if (word === "actors" && tokens[i + 1]?.lower === "including") {
      const film = filmNear(ctx, s, t.start);
      for (const p of peopleList(ctx, s, i + 2))
        addFact(ctx, film, "cast", { name: p.name, character: p.character }, s, 0.75);
      continue;
    }

    // "Barbara La Marr was the female lead", "Rex Parry is the romantic lead"
    if (word === "lead" && !NOT_ACTING_LEADS.test(tokens[i + 1]?.lower ?? "")) {
      let k = i - 1;
      while (k > 0 && /^(?:female|male|romantic|leading|co|the)$/.test(tokens[k]?.lower ?? "")) k--;
      if (/^(?:was|is)$/.test(tokens[k]?.lower ?? "") && tokens[k + 1]?.lower === "the") {
        const film = filmNear(ctx, s, t.start, "before");
        for (const p of peopleListBefore(ctx, s, k))
          addFact(ctx, film, "cast", { name: p.name, character: null }, s, 0.8);
      }
      continue;
    }
    // "Ada Lund and Ivo Kemp head the cast of Night Ferry"
    if (
      /^(?:head|heads|headed|lead|leads|led|top|tops|topped)$/.test(word) &&
      tokens[i + 1]?.lower === "the" &&
      /^(?:cast|ensemble)$/.test(tokens[i + 2]?.lower ?? "")
    ) {
      const film = filmNear(ctx, s, t.start, "after");
      for (const p of peopleListBefore(ctx, s, i))
        addFact(ctx, film, "cast", { name: p.name, character: null }, s, 0.8);
      continue;
    }
    if (TRAILING_CAST_CUES.has(word) && i > 0) {
      const before = peopleListBefore(
        ctx,
        s,
        word === "featured" && /^(are|were|is|was)$/.test(prev) ? i - 1 : i,
      );
      if (before.length) {
        const film = filmNear(ctx, s, t.start, "before");
        for (const p of before) addFact(ctx, film, "cast", { name: p.name, character: null }, s, 0.8);
      }
    }
    if (
      (word === "alongside" && /\bstar/i.test(s.text)) ||
      (word === "opposite" && /\b(?:stars?|starring|plays?|played)\b/i.test(s.text))
    ) {
      const film = filmNear(ctx, s, t.start);
      for (const p of peopleList(ctx, s, i + 1))
        addFact(ctx, film, "cast", { name: p.name, character: p.character }, s, 0.8);
    }

    // "…, with Peter Dinklage, Jennifer Lopez and Drake voicing new characters"
    if (word === "with" && tokens[i - 1]?.text === ",") {
      const listed = peopleList(ctx, s, i + 1);
      const verb = tokens[listed.at(-1)?.next ?? -1]?.lower ?? "";
      if (listed.length > 0 && /^(?:voicing|playing|portraying)$/.test(verb)) {
        const film = filmNear(ctx, s, t.start, "before");
        for (const p of listed) addFact(ctx, film, "cast", { name: p.name, character: p.character }, s, 0.8);
        continue;
      }
    }
    // "…, with Helena Bonham Carter as his mother", "… with Alyce Mills as the lead actress"
    // "…, with Tom Hanks as Robert Langdon" after a credit: a named role is a casting too.
    // "…, with Christian Bale in the title role".
    const withRole = word === "with" ? withCasting(ctx, s, i) : null;
    if (withRole) {
      addFact(ctx, filmNear(ctx, s, t.start), "cast", withRole, s, 0.75);
      continue;
    }

    // "Jackson co-wrote the screenplay with Fran Walsh and Philippa Boyens"
    if (
      (word === "co-wrote" || word === "wrote") &&
      /^(?:the )?(?:screenplay|script)\b/.test(s.text.slice((tokens[i + 1]?.start ?? s.end) - s.start))
    ) {
      const film = filmNear(ctx, s, t.start);
      const subject = subjectBefore(ctx, s, i);
      if (subject) addFact(ctx, film, "writer", subject, s, 0.8);
      const withAt = tokens.findIndex((x, k) => k > i && x.lower === "with");
      if (withAt > 0)
        for (const p of peopleList(ctx, s, withAt + 1)) addFact(ctx, film, "writer", p.name, s, 0.8);
      continue;
    }

    // "Ae Fond Kiss, a film by Ken Loach": the film's maker is its director.
    if (
      word === "by" &&
      /^(?:film|movie|documentary)$/.test(prev) &&
      /^(?:a|the|new|latest)$/.test(tokens[i - 2]?.lower ?? "")
    ) {
      const name = personOf(ctx, phraseAt(s, i + 1), true);
      if (name) addFact(ctx, filmNear(ctx, s, t.start, "before"), "director", name, s, 0.75);
      continue;
    }
    // "directed by X and Y", "written by X", "produced by X" (a company is a production credit)
    const role = BY_CUES[word];
    if (role && tokens[i + 1]?.lower === "by") {
      const film = filmNear(ctx, s, t.start, "before");
      // "directed by and starring Clint Eastwood": one list for both credits.
      const andStarring =
        tokens[i + 2]?.lower === "and" && /^(?:starring|co-starring)$/.test(tokens[i + 3]?.lower ?? "");
      const listStart = andStarring ? i + 4 : i + 2;
      const company = phraseAt(s, listStart);
      // "written, produced and directed by X": every participle in the chain is X's credit.
      const roles = new Set([role]);
      // "starring and produced by William S. Hart": the chain also credits the cast.
      let starring = andStarring;
      for (let k = i - 1; k >= 0; k--) {
        const w = tokens[k]?.lower ?? "";
        if (w === "and" || w === ",") continue;
        if (w === "starring" && k === i - 2 && tokens[k + 1]?.lower === "and") {
          starring = true;
          break;
        }
        const earlier = BY_CUES[w];
        // "co-written, edited and directed by": other participles sit in the same chain.
        if (!earlier && /^[\p{Ll}-]+ed$/u.test(w) && k >= i - 6) continue;
        if (!earlier) break;
        roles.add(earlier);
      }
      // "directed by Elmer Clifton with Alyce Mills as the lead actress": the list ends where
      // a "with … as" casting begins (that rule credits her as cast).
      const castingAt = tokens.findIndex(
        (x, k) =>
          k > listStart && x.lower === "with" && tokens[phraseAt(s, k + 1)?.last ?? -1]?.lower === "as",
      );
      const credited = peopleList(ctx, s, listStart).filter((p) => castingAt < 0 || p.next <= castingAt);
      for (const r of roles) {
        if (r === "producer" && company && isCompanyName(company.text)) continue;
        for (const p of credited) addFact(ctx, film, r, p.name, s, 0.92);
      }
      if (starring)
        for (const p of credited) addFact(ctx, film, "cast", { name: p.name, character: null }, s, 0.85);
      continue;
    }
    if (word === "screenplay" && tokens[i + 1]?.lower === "written" && tokens[i + 2]?.lower === "by") {
      const film = filmNear(ctx, s, t.start, "before");
      for (const p of peopleList(ctx, s, i + 3)) addFact(ctx, film, "writer", p.name, s, 0.9);
      continue;
    }

    // "director Christopher McQuarrie", "Evil Dead director Sam Raimi", "The film's director Peter Chelsom"
    const roleNoun = ROLE_NOUNS[word];
    if (
      roleNoun &&
      prev !== "best" &&
      !/^(assistant|casting|music|art|executive|photography|stunt)$/.test(prev)
    ) {
      const phrase = phraseAt(s, i + 1);
      const name = personOf(ctx, phrase, true);
      if (name && phrase) {
        const titled = filmEndsAt(ctx, s, tokens[i - 1]?.end);
        const film = titled ?? filmNear(ctx, s, t.start, "after");
        addFact(ctx, film, roleNoun, name, s, titled ? 0.85 : 0.75);
      }
      continue;
    }

    // "co-star Richard Gere", "returning star Tom Cruise", "Troy star Eric Bana"
    if (
      word === "co-star" ||
      (word === "star" &&
        (/^(returning|lead|its|leading)$/.test(prev) ||
          tokens[i - 1]?.text === "film's" ||
          filmEndsAt(ctx, s, tokens[i - 1]?.end)))
    ) {
      // "Its star, Maria Costa, was named …": the name may stand in apposition.
      const apposed = tokens[i + 1]?.text === "," ? 2 : 1;
      const name = personOf(ctx, phraseAt(s, i + apposed), true);
      if (name) {
        const film =
          filmEndsAt(ctx, s, tokens[i - 1]?.end) ?? contextFilm(ctx, s) ?? filmNear(ctx, s, t.start);
        addFact(ctx, film, "cast", { name, character: null }, s, 0.8);
      }
      continue;
    }

    // "X, star of A, B and C"; "X starred in A"; "has since then starred in such films as A and B"
    if (
      (word === "star" && tokens[i + 1]?.lower === "of") ||
      /^(starred|appeared|starring|appears)$/.test(word) ||
      // "… is to appear in The Da Vinci Code"
      (word === "appear" && tokens[i + 1]?.lower === "in") ||
      // "Keira Knightley will star opposite Matthew Macfadyen in Pride and Prejudice"
      ((word === "star" || word === "stars") &&
        /^(?:in|opposite|alongside)$/.test(tokens[i + 1]?.lower ?? "")) ||
      // "Penn made his screen debut in 1948's Iron Harvest"
      (word === "debut" && tokens[i + 1]?.lower === "in")
    ) {
      const subject = subjectBefore(ctx, s, i) ?? subjectOfVerb(ctx, s, i);
      if (!subject) continue;
      for (const m of filmsIn(ctx, s))
        if (m.start > t.start) addFact(ctx, m.film, "cast", { name: subject, character: null }, s, 0.75);
      continue;
    }

    // "Nicole Kidman has been cast as Samantha in a film version of Bewitched"
    if (
      word === "cast" &&
      /^(?:been|be|being|was|is|were|are)$/.test(prev) &&
      tokens[i + 1]?.lower === "as"
    ) {
      const name = subjectOfVerb(ctx, s, i);
      const film = name ? filmNear(ctx, s, t.start, "after") : null;
      if (name)
        addFact(ctx, film, "cast", { name, character: characterAfter(s, i + 1)?.name ?? null }, s, 0.8);
      continue;
    }

    // "Smith plays a New York date doctor", "persuaded DiCaprio to play Hughes", "stars Reeves as an exorcist"
    // "Eddie Murphy voices a donkey" (but "the voices of X" is a list, and "voiced by" a credit).
    const voices =
      (word === "voices" || word === "voiced") && !/^(?:of|by)$/.test(tokens[i + 1]?.lower ?? "");
    if (/^(plays|played|play|portray|portrays|portrayed)$/.test(word) || voices) {
      // "a Broadway play", "Marber's play": bare "play" is a verb only after "to" or an auxiliary.
      if ((word === "play" || word === "portray") && !AUXILIARIES.has(tokens[i - 1]?.lower ?? "")) continue;
      // "Depp is to play", "Highmore will play", "Smith plays": the name before the auxiliaries.
      const name = subjectOfVerb(ctx, s, i);
      if (!name) continue;
      const character = phraseAt(s, i + 1);
      // "who played Gandalf in the Lord of the Rings films": a role in something not named here
      // says nothing of the film the sentence goes on to name.
      const roleEnd = character?.last ?? i + 1;
      if (tokens[roleEnd]?.lower === "in" && roleInOtherWork(ctx, s, roleEnd)) continue;
      const film = filmNear(ctx, s, t.start);
      addFact(
        ctx,
        film,
        "cast",
        {
          name,
          // The object of "plays" is a role even when it looks like a name ("Willy Wonka").
          character:
            character && !character.possessive && !insideFilm(ctx, character.start, character.end)
              ? character.text
              : null,
        },
        s,
        0.8,
      );
      continue;
    }
    // "Emma Watson is ever better as Hermione": the clause's subject plays the named character.
    if (word === "as" && characterAfter(s, i)) {
      const clauseStart =
        lastIndexBefore(tokens, i, (x) => x.text === "," || x.text === ";" || x.lower === "and") + 1;
      const subject = s.phrases.find((p) => p.first === clauseStart);
      const name = personOf(ctx, subject, false);
      const character = characterAfter(s, i);
      const film = filmsIn(ctx, s).length ? filmNear(ctx, s, t.start) : contextFilm(ctx, s);
      if (name && character && subject && subject.last < i && !personOf(ctx, phraseAt(s, i + 1), false)) {
        addFact(ctx, film, "cast", { name, character: character.name }, s, 0.65);
      }
      continue;
    }

    // "saw Pierce Brosnan make his final appearance": a person appearing in the film named here.
    if (word === "appearance" || word === "appearances" || word === "cameo") {
      const subject = subjectBefore(ctx, s, i);
      const named = filmsIn(ctx, s);
      if (subject && named.length === 1 && named[0])
        addFact(ctx, named[0].film, "cast", { name: subject, character: null }, s, 0.65);
    }
  }
  personGenreTitle(ctx, s);
  possessiveCharacter(ctx, s);
}

function lastIndexBefore<T>(items: T[], before: number, test: (item: T) => boolean): number {
  for (let k = before - 1; k >= 0; k--) if (test(items[k] as T)) return k;
  return -1;
}

/** "It is a sequel to X and stars Y": a sentence whose subject is "it" or "the film" is about the context film. */
const aboutContextFilm = (s: SentenceView) =>
  /^(?:It|The (?:film|movie|picture)|This (?:film|movie))\b/.test(s.text);

const filmEndsAt = (ctx: Context, s: SentenceView, end: number | undefined) =>
  end === undefined ? null : (filmsIn(ctx, s).find((m) => m.end === end)?.film ?? null);

/**
 * The name right before a verb and its auxiliaries ("Keira Knightley will star"): a subject in
 * that place may be any name-shaped phrase, not only one with a common given name.
 */
function subjectOfVerb(ctx: Context, s: SentenceView, i: number): string | null {
  let end = i;
  while (end > 0 && end > i - 5 && AUXILIARIES.has(s.tokens[end - 1]?.lower ?? "")) end--;
  // "Cate Blanchett, who plays …": the name the relative pronoun stands for.
  if (s.tokens[end - 1]?.lower === "who" && s.tokens[end - 2]?.text === ",") end -= 2;
  const phrase = s.phrases.find((p) => p.last === end);
  // "Patrick Marber's play": after a possessive, "play" is the noun.
  return phrase?.possessive ? null : personOf(ctx, phrase, true);
}

const OTHER_WORK =
  /\b(?:films|movies|series|franchise|trilogy|saga|sequels|show|sitcom|soap|play|musical|stage|opera)\b/i;

/** "played Gandalf in [the Lord of the Rings films], …": the role's "in" names some other work. */
function roleInOtherWork(ctx: Context, s: SentenceView, inAt: number): boolean {
  const from = s.tokens[inAt]?.end ?? s.end;
  const next = filmsIn(ctx, s).find((m) => m.start >= from);
  const stretch = ctx.text.slice(from, next ? next.start : s.end);
  return OTHER_WORK.test(next ? stretch : (stretch.split(",")[0] ?? ""));
}

/** The person a sentence is about before token `i`: the nearest named person before it. */
function subjectBefore(ctx: Context, s: SentenceView, i: number): string | null {
  // "A previous film on Fitch's play appeared …": a possessive is no subject.
  const before = s.phrases.filter((p) => p.last <= i && !p.possessive).reverse();
  for (const p of before) {
    const name = personOf(ctx, p, false);
    if (name) return name;
  }
  return null;
}

/** "…, with X as Y" / "…, with X in the title role": the casting a "with" opens, if it is one. */
function withCasting(
  ctx: Context,
  s: SentenceView,
  i: number,
): { name: string; character: string | null } | null {
  const { tokens } = s;
  const afterComma = tokens[i - 1]?.text === ",";
  const rest = s.text.slice((tokens[i + 1]?.start ?? s.end) - s.start);
  const phrase = phraseAt(s, i + 1);
  const name = personOf(ctx, phrase, true);
  if (!name || !phrase) return null;
  if (afterComma && IN_LEAD_ROLE.test(s.text.slice(phrase.end - s.start))) return { name, character: null };
  if (tokens[phrase.last]?.lower !== "as") return null;
  const character = characterAfter(s, phrase.last)?.name ?? null;
  const casting =
    (afterComma && /\bplay|\bstar|\bcast\b/i.test(s.text)) ||
    (afterComma && character !== null && /\b(?:directed|written|produced|film|movie)\b/i.test(s.text)) ||
    AS_LEAD_ROLE.test(rest);
  return casting ? { name, character } : null;
}
const IN_LEAD_ROLE = /^\s+in\s+the\s+(?:title|lead|leading|starring|central)\s+role\b/;

const SUBJECT_GENRES = new Set(["biopic", "documentary", "profile", "tribute"]);

/** "the new Keanu Reeves sci-fi thriller Constantine": a star named before the genre of a title. */
function personGenreTitle(ctx: Context, s: SentenceView): void {
  for (const m of filmsIn(ctx, s)) {
    const k = tokenIndexAt(s, m.start);
    let j = k - 1;
    let genre = false;
    // Walk back over the genre ("sci-fi thriller", "romantic comedy") to the name before it.
    while (j >= 0 && k - j <= 4) {
      const word = s.tokens[j]?.lower ?? "";
      if (GENRE_NOUNS.has(word)) genre = true;
      else if (!/^\p{Ll}[\p{Ll}-]*$/u.test(s.tokens[j]?.text ?? "") || COMMON_WORDS.has(word)) break;
      j--;
    }
    // "the Bobby Darin biopic Beyond the Sea": the name is the film's subject, not its star.
    if (!genre || s.tokens.slice(j + 1, k).some((t) => SUBJECT_GENRES.has(t.lower))) continue;
    const phrase = s.phrases.find((p) => p.last === j + 1);
    if (!phrase || phrase.possessive) continue;
    const name = personOf(ctx, phrase, true);
    if (name) addFact(ctx, m.film, "cast", { name, character: null }, s, 0.6);
  }
}

/** "Cruise's Agent Hunt": a star's possessive before a character name. */
function possessiveCharacter(ctx: Context, s: SentenceView): void {
  for (const phrase of s.phrases) {
    if (!phrase.possessive) continue;
    const name = personOf(ctx, phrase, false);
    if (!name) continue;
    const next = phraseAt(s, phrase.last);
    if (
      !next ||
      next.possessive ||
      personOf(ctx, next, false) ||
      filmsIn(ctx, s).some((m) => m.start === next.start)
    )
      continue;
    if (!ROLE_TITLES.has(next.words[0]?.toLowerCase() ?? "") || next.words.length < 2) continue;
    addFact(
      ctx,
      contextFilm(ctx, s) ?? filmNear(ctx, s, next.start),
      "cast",
      { name, character: next.text },
      s,
      0.7,
    );
  }
}
