import { OPENING_PHRASE, opensWithAnaphor } from "../films/anaphora.ts";
import { mentionsAwards } from "../films/title-rules.ts";
import { tradeOf } from "../names/people.ts";
import { WORD_CLASSES } from "../patterns/classes.ts";
import { type Match, type SentenceUnits, wordAfter } from "../patterns/pattern.ts";
import type { Rule } from "../patterns/rule.ts";
import { isWordAt, type Unit } from "../patterns/units.ts";

const PREPOSITIONS = new Set(
  "with for against at to from alongside opposite beside behind near by".split(" "),
);

/**
 * "as a retired MI6 agent": a part described with "a" or "an" before the name is no character
 * of that name; the name only qualifies the description.
 */
function describedPart(s: SentenceUnits, captured: Unit[] | undefined): boolean {
  const first = captured?.[0];
  for (let at = first ? s.indexOf(first) - 1 : -1; at >= 0; at--) {
    const u = s.units[at];
    if (u?.kind !== "word") return false;
    if (u.lower === "a" || u.lower === "an") return true;
    if (u.lower === "as") return false;
  }
  return false;
}

/** "as the man who kills X", "as the boyfriend of X": the name belongs to a clause or phrase about the part. */
function clauseBeforePart(s: SentenceUnits, captured: Unit[] | undefined): boolean {
  const first = captured?.[0];
  for (let at = first ? s.indexOf(first) - 1 : -1; at >= 0; at--) {
    const u = s.units[at];
    if (u?.kind !== "word" || u.lower === "as") return false;
    if (/^(?:who|that|which|whose|of|with|to|for)$/.test(u.lower)) return true;
  }
  return false;
}

/**
 * "made a film accusing Harbour Holdings of fraud": a name after a kind of film and a word that
 * goes on describing it is that description's object, not the film's title.
 */
function afterPostModifiedNoun(s: SentenceUnits, captured: Unit[] | undefined): boolean {
  const first = captured?.[0];
  const at = first ? s.indexOf(first) : -1;
  const before = s.units[at - 1];
  const noun = s.units[at - 2];
  const isKindNoun = (u: Unit | undefined) =>
    u?.kind === "word" &&
    (WORD_CLASSES.get("filmNoun")?.has(u.lower) === true || WORD_CLASSES.get("genre")?.has(u.lower) === true);
  return before?.kind === "word" && !/^[,:]$/.test(before.lower) && !isKindNoun(before) && isKindNoun(noun);
}

/** "in the Amos Pell film", "a Salt Road sequel": a name before a kind of film qualifies it. */
function beforeKindNoun(s: SentenceUnits, captured: Unit[] | undefined): boolean {
  const after = wordAfter(s, captured);
  return (
    WORD_CLASSES.get("filmNoun")?.has(after) === true ||
    WORD_CLASSES.get("genre")?.has(after) === true ||
    after === "sequel"
  );
}

/** Unit `at` follows a comma that ends an opening phrase of plain words. */
function afterOpeningPhrase(s: SentenceUnits, at: number): boolean {
  const comma = s.units[at - 1];
  if (at > OPENING_PHRASE || comma?.kind !== "word" || comma.lower !== ",") return false;
  for (let i = 0; i < at - 1; i++) {
    const u = s.units[i];
    // A capitalised opening word ("Speaking …") is a word too.
    if (u?.kind !== "word" && !(u?.kind === "name" && u.name.initialWord)) return false;
  }
  return true;
}

/** The match names an award category before its people ("a best director nomination for"). */
function namesCategory(s: SentenceUnits, m: Match): boolean {
  const first = m.captures.person?.[0];
  const end = first ? s.indexOf(first) : m.end;
  return s.units
    .slice(m.start, end)
    .some((u) => u.kind === "word" && WORD_CLASSES.get("category")?.has(u.lower) === true);
}

/** "The film, which …", "The drama, which …": the sentence opens on a film spoken of before. */
function opensWithFilmAnaphor(s: SentenceUnits): boolean {
  const first = s.sentence.tokens[0]?.lower;
  return first !== "it" && first !== "its" && opensWithAnaphor(s.sentence.tokens);
}

/** "Joey, starring Matt LeBlanc": the work before the verb is a name that is no film. */
function afterOtherWork(units: readonly Unit[], i: number): boolean {
  const comma = units[i - 1];
  const work = comma?.kind === "word" && comma.lower === "," ? units[i - 2] : undefined;
  return work?.kind === "name" && work.type === "NAME";
}

/** "stars" at unit i is the plural noun: after an adjective or determiner, or before "like". */
function pluralStars(units: readonly Unit[], i: number): boolean {
  const u = units[i];
  if (u?.kind !== "word" || (u.lower !== "stars" && u.lower !== "co-stars")) return false;
  const before = units[i - 1];
  const after = units[i + 1];
  // "The stars are X, Y and Z" names the film's cast.
  if (after?.kind === "word" && /^(?:are|were|include|includes|:)$/.test(after.lower)) return false;
  if (after?.kind === "word" && /^(?:like|such|including|from|of|who|and)$/.test(after.lower)) return true;
  if (i === 0) return true;
  if (
    before?.kind === "name" &&
    (before.type === "NAT" || before.type === "PLACE" || before.type === "MEDIA")
  )
    return true;
  // "fellow Desperate Housewives stars X and Y": a show's cast, named as company.
  const twoBefore = units[i - 2];
  if (
    before?.kind === "name" &&
    twoBefore?.kind === "word" &&
    /^(?:fellow|other|former)$/.test(twoBefore.lower)
  )
    return true;
  return (
    before?.kind === "word" &&
    /^(?:the|fellow|other|british|hollywood|big|top|young|two|three|its|their|many|several|both|famous|former)$/.test(
      before.lower,
    )
  );
}

/** Words that make "director" another trade: "casting director", "art director". */
const COMPOUND_TRADES = new Set(
  "casting art music musical executive creative managing artistic photography assistant".split(" "),
);

/** How far back a verb of playing may stand ("portrayal of the late explorer X"). */
const PORTRAYAL_REACH = 5;

/** "playing X", "portrayal of X", "as late singer X": what comes before a part played. */
function portrayedBefore(units: readonly Unit[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - PORTRAYAL_REACH); k--) {
    const u = units[k];
    if (u?.kind !== "word") return false;
    // "played opposite the veteran X": X is a fellow player, not a part.
    if (/^(?:opposite|alongside|with)$/.test(u.lower)) return false;
    if (/^(?:playing|plays|played|portraying|portrays|portrayed|portrayal|as|depicting)$/.test(u.lower))
      return true;
  }
  return false;
}

/** Unit index of the sentence's last "host" or "presenter" ("sees the return of X as host"), or -1. */
function lastHostWord(s: SentenceUnits): number {
  return s.once(lastHostWord, () => {
    for (let i = s.units.length - 1; i >= 0; i--) {
      const u = s.units[i];
      if (u?.kind === "word" && (u.lower === "host" || u.lower === "presenter")) return i;
    }
    return -1;
  });
}

/** "The music was played by X": a thing played, not a part. */
const isMusicOrGame = (word: string) => /^(?:music|score|song|songs|tune|match|game)$/.test(word);

/** "plays tennis with Nell Crane": the name after a preposition is no character. */
function prepositionBefore(s: SentenceUnits, captured: Unit[] | undefined): boolean {
  const first = captured?.[0];
  const at = first ? s.indexOf(first) : -1;
  const prev = at > 0 ? s.units[at - 1] : undefined;
  return prev?.kind === "word" && PREPOSITIONS.has(prev.lower);
}

const NOT_A_CAST_LEAD = new Set(
  "singer singers vocalist vocals guitarist guitar dancer investigator investigators detective author negotiator researcher designer engineer prosecutor counsel lawyer attorney".split(
    " ",
  ),
);

const NOT_A_PART = new Set(
  `piano guitar drums violin cello bass saxophone trumpet instrument tennis golf football cricket
  rugby game games match matches gig gigs concert concerts show shows set sets song songs tune
  note key major crucial vital important big pivotal significant central leading part`.split(/\s+/),
);

export type CreditRole = "director" | "writer" | "producer" | "cast";

/**
 * What a credit rule says: the people in slot `person` have a credit on the film in slot
 * `film` (or, without one, on the film the sentence is about). The credit is fixed, read from
 * the verbs the sentence used (`byVerb`: "wrote, directed and starred in"), or from the award
 * category it names (`byCategory`: "best director … Amos Pell for Salt Road").
 */
export interface CreditEmit {
  /**
   * The credit: fixed; `byVerb` from the verbs in the slots named by `verbs` ("wrote, directed
   * and starred"); `byNoun` from the role nouns in `nouns` ("its director and star");
   * `byCategory` from the award category named (`category`, else the nearest before the match,
   * else `fallback`); `byTrade` from what the article calls the person ("actress X").
   */
  credit: CreditRole | "byVerb" | "byNoun" | "byCategory" | "byTrade";
  /** Slot names, comma-separated, holding the people. */
  person: string;
  film?: string;
  character?: string;
  /** Slot names, comma-separated, holding the verbs of `byVerb`. */
  verbs?: string;
  nouns?: string;
  /** Slot names, comma-separated, holding the award categories of `byCategory`. */
  category?: string;
  fallback?: CreditRole;
  /** Without a film slot, the film must be named in the same sentence (not carried over). */
  filmInSentence?: boolean;
  /** The part played is the film's title ("who played the title role"). */
  titleRole?: boolean;
  /**
   * false: the film slot says nothing of whether the name there is a film, only what a known
   * film's person did ("Total Film's Jamie Graham" is a magazine's critic).
   */
  namesAFilm?: false;
}

export type CreditRule = Rule<CreditEmit>;

// Sentence guards, kept as constants: `SentenceUnits.hasWord` reads a sentence once per test.
const isAwardingVerb = (w: string) => w === "awarded" || w === "gave" || w === "handed";
const isCastingWordForAlongside = (w: string) =>
  /^(?:stars|starring|starred|co-stars?|role|roles|lead|plays|played|playing|portrays|portrayed)$/.test(w);
const isCastingWordForWithAs = (w: string) =>
  /^(?:play|plays|played|star|stars|starring|starred|cast|voices?)$/.test(w);
const isStarringVerb = (w: string) => w === "stars" || w === "starring" || w === "starred";
const isCastingWordForJoinedBy = (w: string) =>
  /^(?:star|stars|starring|starred|cast|reprise|return|roles?|voices?)$/.test(w);

const PERSON = "<PERSON|PNAME>";
/** Verbs of a film winning nominations for its people. */
const EARNED = "earned|scored|received|got|gained|garnered|picked|won|secured|landed up?";
const PEOPLE = "<PERSON|PNAME+>";
const CHARACTER = "<PERSON|PNAME|NAME|CHAR>";
const MAKING_VERBS =
  "written|directed|produced|co-written|co-directed|co-produced|scripted|helmed|wrote|co-wrote|starred|co-starred|starring|edited|shot|photographed|scored|created|conceived|devised|developed|adapted|animated|narrated";

/**
 * Credits, most specific first: a rule that names the film beats one that leaves it to the
 * context, a character beats none. Each rule's examples are sentences written for the project.
 */
export const CREDIT_RULES: CreditRule[] = [
  // — directors, writers and producers, by the verbs that credit them —
  {
    id: "credit.film-made-by",
    pattern: `film=<FILM> ,? is|was|were|are|has|had|been|being? verbs=${MAKING_VERBS}+ by person=${PEOPLE}`,
    emit: { credit: "byVerb", person: "person", film: "film", verbs: "verbs" },
    confidence: 0.9,
    examples: [
      {
        text: "Salt Road is written and directed by Amos Pell.",
        expect: ["writer Amos Pell @ Salt Road", "director Amos Pell @ Salt Road"],
      },
    ],
    counterExamples: ["Salt Road was praised by Amos Pell."],
  },
  {
    id: "credit.film-made-by-described",
    pattern: `film=<FILM> ,? is|was|were|are|has|had|been? verbs=${MAKING_VERBS}|made+ by ~2 org=<MEDIA|ORG>? role=@role person=${PEOPLE}`,
    emit: { credit: "byVerb", person: "person", film: "film", verbs: "verbs" },
    confidence: 0.9,
    examples: [
      {
        text: "The Glass Lantern was directed by first-time film-maker Ruth Ellery.",
        expect: ["director Ruth Ellery @ The Glass Lantern"],
      },
      {
        text: "Iron Lantern is directed by British film-maker Amos Pell.",
        expect: ["director Amos Pell @ Iron Lantern"],
      },
      {
        text: "The thriller Night Ferry was directed by Pixar veteran Amos Pell.",
        expect: ["director Amos Pell @ Night Ferry"],
      },
    ],
    counterExamples: [
      "The Glass Lantern was praised by former TV presenter Ruth Ellery.",
      "Based on the hero Iron Jack created by Amos Pell, the film stars Ruth Ellery.",
      "The Glass Lantern was made by Harbour Pictures with producer Ivo Kemp.",
      "The Glass Lantern was made by Harbour Pictures veteran Amos Pell.",
      "The Glass Lantern was made by first-time producer Ivo Kemp.",
    ],
    // "made by producer X": a role noun that names another credit says the verb is loose; "made by
    // Universal with …" is a company's film, "directed by Pixar veteran X" its director.
    when: (m) => {
      const role = m.captures.role?.[0];
      const trade = role?.kind === "word" ? tradeOf(role.lower) : null;
      const company = (m.captures.org ?? []).some((u) => u.kind === "name" && u.type === "ORG");
      const directed = (m.captures.verbs ?? []).some((u) => u.kind === "word" && /directed$/.test(u.lower));
      return (trade === null || trade === "director") && (!company || directed);
    },
  },
  {
    id: "credit.film-by-maker",
    pattern: `film=<FILM> ,? by ~2 nouns=director|directors|film-maker|film-makers|filmmaker|filmmakers|co-director person=${PEOPLE}`,
    emit: { credit: "byNoun", person: "person", film: "film", nouns: "nouns" },
    confidence: 0.8,
    examples: [
      {
        text: "The festival closes with Iron Lantern by Welsh director Ivo Kemp.",
        expect: ["director Ivo Kemp @ Iron Lantern"],
      },
    ],
    counterExamples: ["The festival closes with Iron Lantern, praised by director Ivo Kemp."],
  },
  {
    id: "credit.films-own-maker",
    pattern: `the|this film's|movie's|picture's ~1 nouns=director|co-director|star|co-star|producer|writer|screenwriter ,? person=${PEOPLE}`,
    emit: { credit: "byNoun", person: "person", nouns: "nouns" },
    confidence: 0.8,
    examples: [
      {
        text: "The thriller Deep Harbour opened in May. The film's director, Amos Pell, is Welsh.",
        expect: ["director Amos Pell @ Deep Harbour"],
      },
      {
        text: "The thriller Deep Harbour opened in May. Speaking at the premiere, the film's star Ruth Ellery thanked the crew.",
        expect: ["cast Ruth Ellery @ Deep Harbour"],
      },
    ],
    counterExamples: [
      "Deep Harbour opened in May. The festival's director Ivo Kemp said he was delighted.",
      "The thriller Deep Harbour won. Tom Reed, who won best actor, was praised by the film's director Ivo Kemp.",
    ],
    // Only as the sentence's subject, at its start or after an opening phrase ("Speaking on the red
    // carpet, the film's director …"): further in, "the film's" may be any film the sentence has in mind.
    when: (m, s) => m.start === 0 || afterOpeningPhrase(s, m.start),
  },
  {
    id: "credit.film-then-made-by",
    pattern: `film=<FILM> , ~6 verbs=${MAKING_VERBS}+ by person=${PEOPLE}`,
    emit: { credit: "byVerb", person: "person", film: "film", verbs: "verbs" },
    confidence: 0.85,
    examples: [
      {
        text: "Salt Road, a thriller about smugglers directed by Amos Pell, opens today.",
        expect: ["director Amos Pell @ Salt Road"],
      },
    ],
    counterExamples: ["Salt Road, a thriller, was praised by Amos Pell."],
  },
  {
    id: "credit.made-by-and",
    pattern: `verbs=${MAKING_VERBS} by and verbsAfter=${MAKING_VERBS}+ by? person=${PEOPLE}`,
    emit: { credit: "byVerb", person: "person", verbs: "verbs,verbsAfter" },
    confidence: 0.8,
    examples: [
      {
        text: "The thriller Salt Road opens today. It was directed by and starring Amos Pell.",
        expect: ["director Amos Pell @ Salt Road", "cast Amos Pell @ Salt Road"],
      },
    ],
    counterExamples: ["The thriller Salt Road opens today. It was directed by and for Amos Pell."],
  },
  {
    id: "credit.made-by",
    pattern: `verbs=${MAKING_VERBS}+ by person=${PEOPLE}`,
    emit: { credit: "byVerb", person: "person", verbs: "verbs" },
    confidence: 0.75,
    examples: [
      {
        text: "The thriller Salt Road opens today. Written and directed by Amos Pell, it is his first feature.",
        expect: ["writer Amos Pell @ Salt Road", "director Amos Pell @ Salt Road"],
      },
    ],
    counterExamples: ["The bridge was designed by Amos Pell."],
  },
  {
    id: "credit.person-made-film",
    pattern: `person=${PEOPLE} ,? who? has|had|also? verbs=wrote|directed|produced|co-wrote|co-directed|helmed|helms|directs|writes|made|starred|co-starred+ in? ^4 film=<FILM+>`,
    emit: { credit: "byVerb", person: "person", film: "film", verbs: "verbs" },
    confidence: 0.85,
    examples: [
      {
        text: "Amos Pell, who directed the 1998 hit Salt Road, is back.",
        expect: ["director Amos Pell @ Salt Road"],
      },
      {
        text: "Amos Pell wrote, directed and starred in Salt Road.",
        expect: [
          "writer Amos Pell @ Salt Road",
          "director Amos Pell @ Salt Road",
          "cast Amos Pell @ Salt Road",
        ],
      },
    ],
    counterExamples: [
      "Amos Pell saw Salt Road twice.",
      "Amos Pell made a film accusing Harbour Holdings of fraud.",
    ],
    when: (m, s) => !afterPostModifiedNoun(s, m.captures.film),
  },
  {
    id: "credit.made-with",
    pattern: `verbs=co-wrote|wrote|co-directed|directed|co-produced|produced|co-created|created ~3 with person=${PEOPLE}`,
    emit: { credit: "byVerb", person: "person", verbs: "verbs" },
    confidence: 0.75,
    examples: [
      {
        text: "The thriller Salt Road opens today. Its star co-wrote the screenplay with Amos Pell and Nell Crane.",
        expect: ["writer Amos Pell @ Salt Road", "writer Nell Crane @ Salt Road"],
      },
    ],
    counterExamples: ["The thriller Salt Road opens today. Amos Pell wrote the script with a pencil."],
  },
  {
    id: "credit.pronoun-made-film",
    pattern: `person=he|she ~2 verbs=wrote|directed|produced|co-wrote|co-directed|helmed|made+ ^4 film=<FILM+>`,
    emit: { credit: "byVerb", person: "person", film: "film", verbs: "verbs" },
    confidence: 0.8,
    examples: [
      {
        text: "Ruth Ellery is back. She wrote and directed Salt Road.",
        expect: ["writer Ruth Ellery @ Salt Road", "director Ruth Ellery @ Salt Road"],
      },
    ],
    counterExamples: ["Ruth Ellery is back. She wrote and directed a letter to the council."],
  },
  {
    id: "credit.stars-in-and-made",
    pattern: `person=${PERSON} ,? who? verbs=stars|starred|appears|appeared in and verbsAfter=co-wrote|wrote|directed|co-directed|produced|co-produced film=<FILM>`,
    emit: { credit: "byVerb", person: "person", film: "film", verbs: "verbs,verbsAfter" },
    confidence: 0.85,
    examples: [
      {
        text: "Amos Pell, who stars in and co-wrote Salt Road, won the prize.",
        expect: ["cast Amos Pell @ Salt Road", "writer Amos Pell @ Salt Road"],
      },
    ],
    counterExamples: ["Amos Pell, who stars in and loves Salt Road, won the prize."],
  },
  {
    id: "director.made-films-including",
    pattern: `person=${PERSON} ~3 made|directed|helmed ~5 films|movies|features ,? including|include|such as? film=<FILM+>`,
    emit: { credit: "director", person: "person", film: "film" },
    confidence: 0.8,
    examples: [
      {
        text: "Amos Pell has made more than 20 films, including Salt Road and Night Ferry.",
        expect: ["director Amos Pell @ Salt Road", "director Amos Pell @ Night Ferry"],
      },
    ],
    counterExamples: ["Amos Pell has seen more than 20 films, including Salt Road."],
  },
  {
    id: "credit.person-made-it",
    pattern: `person=${PERSON} , #number ,? verbs=wrote|directed|produced|co-wrote|co-directed|helmed|starred+ in? the|this|that? film|movie|picture|feature|it`,
    emit: { credit: "byVerb", person: "person", verbs: "verbs" },
    confidence: 0.8,
    examples: [
      {
        text: "The thriller Salt Road is by Amos Pell. Pell, 52, wrote, directed and starred in the picture.",
        expect: [
          "writer Amos Pell @ Salt Road",
          "director Amos Pell @ Salt Road",
          "cast Amos Pell @ Salt Road",
        ],
      },
    ],
    counterExamples: ["Pell, 52, wrote a novel."],
  },
  {
    id: "credit.maker-made-it",
    pattern: `person=${PERSON} ,? who? has|had|also? verbs=wrote|directed|produced|co-wrote|co-directed|helmed|starred+ in? the|this|that film|movie|picture|feature`,
    emit: { credit: "byVerb", person: "person", verbs: "verbs" },
    confidence: 0.75,
    examples: [
      {
        text: "The thriller Salt Road opens today. Amos Pell directed the film in Wales.",
        expect: ["director Amos Pell @ Salt Road"],
      },
    ],
    counterExamples: ["Amos Pell directed the play."],
  },
  // — directors —
  {
    id: "credit.its-maker",
    pattern: `its|their ~1 nouns=director|co-director|star|co-star|stars|producer|writer|screenwriter+ ,? ~5 person=${PEOPLE}`,
    emit: { credit: "byNoun", person: "person", nouns: "nouns" },
    confidence: 0.8,
    examples: [
      {
        text: "Salt Road earned a prize for its director, Welsh-born Amos Pell, and its young star, the 18-year-old actress Ruth Ellery.",
        expect: ["director Amos Pell @ Salt Road", "cast Ruth Ellery @ Salt Road"],
      },
    ],
    counterExamples: ["The school praised its director, Amos Pell."],
  },
  {
    id: "credit.worked-with-role-on",
    pattern: `worked|working|works|work|collaborated|teamed|reunited up? with nouns=director|co-director|writer|screenwriter|producer person=${PERSON} on|for film=<FILM+>`,
    emit: { credit: "byNoun", person: "person", nouns: "nouns", film: "film" },
    confidence: 0.8,
    examples: [
      {
        text: "He later worked with director Ruth Ellery on Salt Road and Quiet Shore.",
        expect: ["director Ruth Ellery @ Salt Road", "director Ruth Ellery @ Quiet Shore"],
      },
    ],
    counterExamples: ["He later worked with director Ruth Ellery on a charity in 1979."],
  },
  {
    id: "director.a-film-by",
    pattern: `a|the|an ^2 film|movie|documentary|feature|drama|comedy|thriller by person=${PEOPLE}`,
    emit: { credit: "director", person: "person" },
    confidence: 0.75,
    examples: [
      {
        text: "Dry Stone, a film by Ruth Ellery, won the top prize.",
        expect: ["director Ruth Ellery @ Dry Stone"],
      },
    ],
    counterExamples: ["Dry Stone, a film praised by Ruth Ellery, won the top prize."],
  },
  {
    id: "credit.described-maker-of",
    pattern: `the ~2 person=actor|actress|star|director|film-maker|filmmaker|writer|producer of film=<FILM+>`,
    emit: { credit: "byNoun", person: "person", nouns: "person", film: "film" },
    confidence: 0.7,
    examples: [
      {
        text: "Hollywood legend Ruth Ellery spoke out on Monday. The star of Salt Road and Quiet Shore said films were worse.",
        expect: ["cast Ruth Ellery @ Salt Road", "cast Ruth Ellery @ Quiet Shore"],
      },
    ],
    counterExamples: ["The thriller Salt Road was a hit. The star of the show has not been named."],
    // Only a sentence's opening description refers back: "Ellery, the star of X" is an apposition.
    when: (m) => m.start === 0,
  },
  {
    id: "credit.described-made-it",
    pattern: `the ~2 person=actor|actress|star|director|film-maker|filmmaker , ~2 who ~3 verbs=plays|played|playing|starred|stars|directed|wrote|appeared|appears ~4 in film=<FILM+>`,
    emit: { credit: "byVerb", person: "person", film: "film", verbs: "verbs" },
    confidence: 0.7,
    examples: [
      {
        text: "Hollywood star Ruth Ellery spoke on Monday. The 30-year-old actor, who is nominated for playing a pilot in Salt Road, said so.",
        expect: ["cast Ruth Ellery @ Salt Road"],
      },
    ],
    counterExamples: ["The actor, who is nominated for playing a pilot in the remake, said so."],
    when: (m) => m.start === 0,
  },
  {
    id: "cast.with-roles-in",
    pattern: `person=${PERSON} *8 with roles|parts|appearances in film=<FILM+>`,
    emit: { credit: "cast", person: "person", film: "film" },
    confidence: 0.75,
    examples: [
      {
        text: "Ruth Ellery has returned to film, with roles in Salt Road and Quiet Shore.",
        expect: ["cast Ruth Ellery @ Salt Road", "cast Ruth Ellery @ Quiet Shore"],
      },
    ],
    counterExamples: ["Ruth Ellery has returned to film, with roles in London and Paris."],
  },
  {
    id: "credit.pronoun-colleague",
    pattern: `his|her|their nouns=director|co-director|co-star|producer|writer|screenwriter+ person=${PERSON}`,
    emit: { credit: "byNoun", person: "person", nouns: "nouns" },
    confidence: 0.65,
    examples: [
      {
        text: "Ruth Ellery won best actress for Salt Road. She praised her director and co-star Amos Pell.",
        expect: ["director Amos Pell @ Salt Road", "cast Amos Pell @ Salt Road"],
      },
    ],
    counterExamples: ["She praised her friend Amos Pell."],
  },
  {
    id: "credit.which-pronoun-made",
    pattern:
      "film=<FILM> , which|that person=he|she|they verbs=wrote|directed|produced|co-wrote|co-directed|starred|co-produced+ in?",
    emit: { credit: "byVerb", person: "person", film: "film", verbs: "verbs" },
    confidence: 0.85,
    examples: [
      {
        text: "Amos Pell won the prize for Salt Road, which he wrote, directed and starred in.",
        expect: [
          "writer Amos Pell @ Salt Road",
          "director Amos Pell @ Salt Road",
          "cast Amos Pell @ Salt Road",
        ],
      },
    ],
    counterExamples: ["Amos Pell won the prize for Salt Road, which he praised."],
  },
  {
    id: "director.role-possessive",
    pattern: "director|film-maker|filmmaker person=<PERSON|PNAME's> ^3 ,? film=<FILM>",
    emit: { credit: "director", person: "person", film: "film" },
    confidence: 0.85,
    examples: [
      {
        text: "Director Amos Pell's gritty thriller Salt Road opens today.",
        expect: ["director Amos Pell @ Salt Road"],
      },
    ],
    counterExamples: ["Actor Amos Pell's thriller Salt Road opens today."],
  },
  {
    id: "credit.compound-role",
    pattern: `nouns=writer-director|director-writer|writer-producer|producer-director|director-producer|actor-director|actor-writer|star-director person=${PERSON}`,
    emit: { credit: "byNoun", person: "person", nouns: "nouns" },
    confidence: 0.75,
    examples: [
      {
        text: "Salt Road won the prize for best screenplay, for writer-director Amos Pell.",
        expect: ["writer Amos Pell @ Salt Road", "director Amos Pell @ Salt Road"],
      },
    ],
    counterExamples: ["Salt Road won the prize for best screenplay, for actor Amos Pell."],
  },
  {
    id: "credit.role-subject",
    pattern: `nouns=director|film-maker|filmmaker|screenwriter|writer-director|producer person=${PERSON}`,
    emit: { credit: "byNoun", person: "person", nouns: "nouns" },
    confidence: 0.7,
    examples: [
      {
        text: "The thriller Salt Road is in post-production. Director Amos Pell has shared a first image.",
        expect: ["director Amos Pell @ Salt Road"],
      },
    ],
    counterExamples: ["The thriller Salt Road is in post-production. Guests include director Amos Pell."],
    // The sentence's subject: what it says of the person belongs to the story's film.
    when: (m) => m.start === 0,
  },
  {
    id: "credit.film-reunites",
    pattern: `film=<FILM> reunites|reunited|reuniting ~1 nouns=director|writer-director|screenwriter|writer|producer person=${PERSON}`,
    emit: { credit: "byNoun", person: "person", nouns: "nouns", film: "film" },
    confidence: 0.8,
    examples: [
      {
        text: "The thriller Salt Road 2 reunites director Amos Pell with Ruth Ellery.",
        expect: ["director Amos Pell @ Salt Road 2"],
      },
    ],
    counterExamples: ["The Salt Road 2 premiere reunites director Amos Pell with his old school."],
  },
  {
    id: "director.title-director",
    pattern: `film=<FILM+> director|co-director|film-maker|filmmaker|directors person=${PERSON}`,
    emit: { credit: "director", person: "person", film: "film" },
    confidence: 0.85,
    examples: [
      {
        text: "Salt Road director Amos Pell said he was delighted.",
        expect: ["director Amos Pell @ Salt Road"],
      },
    ],
    counterExamples: ["Salt Road star Amos Pell said he was delighted."],
  },
  {
    id: "writer.title-writer",
    pattern: `film=<FILM+> writer|screenwriter|co-writer|scriptwriter person=${PERSON}`,
    emit: { credit: "writer", person: "person", film: "film" },
    confidence: 0.85,
    examples: [{ text: "Salt Road writer Amos Pell has died.", expect: ["writer Amos Pell @ Salt Road"] }],
    counterExamples: ["Salt Road star Amos Pell has died."],
  },
  {
    id: "director.director-of",
    pattern: `person=${PERSON} , ~3 director|co-director|film-maker|filmmaker|maker of film=<FILM+>`,
    emit: { credit: "director", person: "person", film: "film" },
    confidence: 0.85,
    examples: [
      {
        text: "Amos Pell, the director of Salt Road, was there.",
        expect: ["director Amos Pell @ Salt Road"],
      },
    ],
    counterExamples: ["Amos Pell, the star of Salt Road, was there."],
  },
  {
    id: "director.director-of-then-name",
    pattern: `director|co-director|film-maker|filmmaker|maker of film=<FILM> ,? person=${PERSON}`,
    emit: { credit: "director", person: "person", film: "film" },
    confidence: 0.85,
    examples: [
      {
        text: "The director of Salt Road, Amos Pell, was there.",
        expect: ["director Amos Pell @ Salt Road"],
      },
    ],
    counterExamples: ["The star of Salt Road, Amos Pell, was there."],
  },
  {
    id: "director.possessive-direction",
    pattern: "person=<PERSON|PNAME's> direction|directing|directorial ~2 of? ,? film=<FILM>",
    emit: { credit: "director", person: "person", film: "film" },
    confidence: 0.85,
    examples: [
      {
        text: "Critics praised Amos Pell's direction of Salt Road.",
        expect: ["director Amos Pell @ Salt Road"],
      },
      {
        text: "Amos Pell's directorial debut Salt Road opens today.",
        expect: ["director Amos Pell @ Salt Road"],
      },
    ],
    counterExamples: ["Critics praised Amos Pell's performance in Salt Road."],
  },
  {
    id: "director.from-director",
    pattern: `film=<FILM> , ~3 from|by director|film-maker|filmmaker person=${PERSON}`,
    emit: { credit: "director", person: "person", film: "film" },
    confidence: 0.85,
    examples: [
      {
        text: "Salt Road, the new thriller from director Amos Pell, opens today.",
        expect: ["director Amos Pell @ Salt Road"],
      },
    ],
    counterExamples: ["Salt Road, praised by actor Amos Pell, opens today."],
  },
  {
    id: "director.debut",
    pattern: `person=his|her directorial? debut ,? film=<FILM>`,
    emit: { credit: "director", person: "person", film: "film" },
    confidence: 0.75,
    examples: [
      {
        text: "Amos Pell was named best new director for his debut Salt Road.",
        expect: ["director Amos Pell @ Salt Road"],
      },
    ],
    counterExamples: ["Amos Pell was praised for his acting debut in Salt Road."],
    when: (m, s) => !s.units.slice(m.start, m.end).some((u) => u.kind === "word" && u.lower === "acting"),
  },
  // — awards: the category says which credit —

  {
    id: "credit.film-possessive-category",
    pattern: `film=<FILM's> person=${PERSON} ~5 best|top ~2 category=@category`,
    emit: { credit: "byCategory", person: "person", film: "film", category: "category", namesAFilm: false },
    confidence: 0.7,
    examples: [
      {
        text: "The thriller Night Ferry leads the race. Night Ferry's Tom Reed should take best actor, critics predict.",
        expect: ["cast Tom Reed @ Night Ferry"],
      },
    ],
    counterExamples: [
      "The thriller Night Ferry leads the race. Night Ferry's Tom Reed is tipped for success.",
      "The thriller Night Ferry leads. Night Ferry's Tom Reed watched as Amos Pell lost the best director prize.",
    ],
  },
  {
    id: "credit.category-nominations-for-films",
    pattern: `person=${PERSON} *10 best|top ~2 category=@category *10 his|her|their|previous|several|many|two|three|four|five|six|seven|eight|nine|ten|#number ~1 nominations|nods for ~2 films|movies|roles including|like|such as? film=<FILM+>`,
    emit: { credit: "byCategory", person: "person", film: "film", category: "category" },
    confidence: 0.75,
    examples: [
      {
        text: "Amos Pell, tipped again for best director, already holds two nominations for films like Red Harbour, Cold Creek and Blue Steel.",
        expect: [
          "director Amos Pell @ Red Harbour",
          "director Amos Pell @ Cold Creek",
          "director Amos Pell @ Blue Steel",
        ],
      },
    ],
    counterExamples: [
      "Amos Pell has never won the best director prize, and he has praised films including Red Harbour and Cold Creek.",
      "Amos Pell, up for best director, said nominations for films like Red Harbour showed the Academy's taste.",
    ],
  },
  {
    id: "credit.whose-nomination-was-for",
    pattern: `person=${PERSON} , whose first|only|latest|second|third? <AWARD>? nomination|nominations|nod|win|award was|were|came for <PERSON|PNAME's>? film=<FILM>`,
    emit: { credit: "byTrade", person: "person", film: "film" },
    confidence: 0.75,
    examples: [
      {
        text: "Irish actor Tom Reed has died. Reed, whose Oscar nomination was for Amos Pell's Night Ferry, was 85.",
        expect: ["cast Tom Reed @ Night Ferry"],
      },
      {
        text: "Director Ruth Ellery, whose only Bafta win came for Cold Orchard, is back.",
        expect: ["director Ruth Ellery @ Cold Orchard"],
      },
    ],
    counterExamples: [
      "Tom Reed, whose nomination was for his stage work, was 85.",
      "Tom Reed, whose agent was at Night Ferry's premiere, was 85.",
    ],
  },
  {
    id: "credit.nominated-for-film-by-trade",
    pattern: `trade=@role person=${PERSON} ,|- who? is|was|has|have|been? nominated|shortlisted for ^3 film=<FILM>`,
    emit: { credit: "byTrade", person: "person", film: "film" },
    confidence: 0.75,
    examples: [
      {
        text: "Among the hopefuls is the Welsh director Amos Pell, nominated for his spy drama Night Ferry.",
        expect: ["director Amos Pell @ Night Ferry"],
      },
      {
        text: "The actress Ruth Ellery, who is nominated for Cold Orchard, will host.",
        expect: ["cast Ruth Ellery @ Cold Orchard"],
      },
    ],
    counterExamples: [
      "Welsh director Amos Pell, who is tipped for a knighthood, will host.",
      "Welsh director Amos Pell - shortlisted for best director - is an outsider.",
      "Casting director Dana Hale, who is nominated for Cold Orchard, will host.",
      "The actress Ruth Ellery - shortlisted for the Cold Orchard remake - has signed.",
    ],
    // The trade is said right before the name, and is the person's own ("casting director" is not
    // a film's director); "nominated for the X remake" is for another film.
    when: (m, s) => {
      const trade = m.captures.trade?.[0];
      const before = trade ? s.units[s.indexOf(trade) - 1] : undefined;
      const word =
        before?.kind === "word"
          ? before.lower
          : before?.kind === "name"
            ? before.name.text.toLowerCase()
            : "";
      const compound = COMPOUND_TRADES.has(word);
      return !compound && !beforeKindNoun(s, m.captures.film);
    },
  },

  {
    id: "credit.award-went-to",
    pattern: `category=@category ~4 went|goes|go|going to person=${PERSON} for film=<FILM>`,
    emit: { credit: "byCategory", person: "person", film: "film", category: "category" },
    confidence: 0.85,
    examples: [
      {
        text: "The director award went to Amos Pell for Salt Road.",
        expect: ["director Amos Pell @ Salt Road"],
      },
    ],
    counterExamples: ["The award went to Amos Pell for Salt Road."],
  },
  {
    id: "credit.won-category-for",
    pattern: `person=${PEOPLE} *5 best|top ~2 category=@category ~4 for ^4 film=<FILM+>`,
    emit: { credit: "byCategory", person: "person", film: "film", category: "category" },
    confidence: 0.8,
    examples: [
      { text: "Amos Pell won best director for Salt Road.", expect: ["director Amos Pell @ Salt Road"] },
      {
        text: "Ruth Ellery took the best actress prize for Quiet Shore.",
        expect: ["cast Ruth Ellery @ Quiet Shore"],
      },
    ],
    counterExamples: ["Amos Pell won an award for Salt Road."],
  },
  {
    id: "credit.won-named-category-for",
    pattern: `person=${PEOPLE} *5 category=<AWARD> ~4 for ^4 film=<FILM+>`,
    emit: { credit: "byCategory", person: "person", film: "film", category: "category" },
    confidence: 0.8,
    examples: [
      { text: "Ruth Ellery won Best Actress for Quiet Shore.", expect: ["cast Ruth Ellery @ Quiet Shore"] },
    ],
    counterExamples: ["Ruth Ellery won the Golden Shell for Quiet Shore."],
  },
  {
    id: "credit.category-award-for",
    pattern: `person=${PEOPLE} ~5 the? category=@category award|prize|prizes|nomination|nominations|honour|trophy|title for film=<FILM+>`,
    emit: { credit: "byCategory", person: "person", film: "film", category: "category" },
    confidence: 0.8,
    examples: [
      {
        text: "Amos Pell earned the directing award for Salt Road.",
        expect: ["director Amos Pell @ Salt Road"],
      },
    ],
    counterExamples: ["Amos Pell earned the audience award for Salt Road."],
  },
  {
    id: "credit.category-for-person",
    pattern: `best|top? ~2 category=@category ~3 for @role? person=${PEOPLE}`,
    emit: { credit: "byCategory", person: "person", category: "category" },
    confidence: 0.7,
    examples: [
      {
        text: "The drama Salt Road has six nominations, including best film and best actor for Tom Reed.",
        expect: ["cast Tom Reed @ Salt Road"],
      },
    ],
    counterExamples: ["Tom Reed won best actor for the third time."],
  },
  {
    id: "credit.awarded-person-category",
    pattern: `awarded|gave|handed person=${PERSON} the best|top ~2 category=@category`,
    emit: { credit: "byCategory", person: "person", category: "category" },
    confidence: 0.75,
    examples: [
      {
        text: "The drama Salt Road did well. The jury awarded Amos Pell the best director prize.",
        expect: ["director Amos Pell @ Salt Road"],
      },
    ],
    counterExamples: ["The jury awarded Amos Pell a cheque."],
  },
  {
    id: "credit.and-person-category",
    pattern: `and person=${PERSON} the best|top ~2 category=@category`,
    emit: { credit: "byCategory", person: "person", category: "category" },
    confidence: 0.7,
    examples: [
      {
        text: "The drama Salt Road did well. The jury awarded Amos Pell the best director prize and Ruth Ellery the best actress award.",
        expect: ["cast Ruth Ellery @ Salt Road"],
      },
    ],
    counterExamples: ["The jury thanked Amos Pell and Ruth Ellery the best of friends."],
    when: (_m, s) => s.hasWord(isAwardingVerb),
  },
  {
    id: "credit.person-favourite-for",
    pattern: `person=${PERSON} ~10 ,? for film=<FILM>`,
    emit: { credit: "byCategory", person: "person", film: "film" },
    confidence: 0.65,
    examples: [
      {
        text: "In the supporting categories, Tom Reed is favourite to take home his first award, for Salt Road.",
        expect: ["cast Tom Reed @ Salt Road"],
      },
    ],
    counterExamples: ["In the supporting categories, Tom Reed thanked everyone for Salt Road."],
    when: (m, s) =>
      mentionsAwards(s) &&
      s.units
        .slice(m.start, m.end)
        .some(
          (u) =>
            (u.kind === "word" &&
              [
                "favourite",
                "favorite",
                "tipped",
                "nominated",
                "nomination",
                "award",
                "prize",
                "oscar",
              ].includes(u.lower)) ||
            (u.kind === "name" && u.type === "AWARD"),
        ),
  },
  {
    id: "credit.nominated-in-categories",
    pattern: `person=he|she|${PERSON} is|was|has|have|been|also|again ~2 nominated|shortlisted|up for best? category=@category and|,|as|well|as ~2 best? also=@category?`,
    emit: { credit: "byCategory", person: "person", category: "category,also" },
    confidence: 0.75,
    examples: [
      {
        text: "Ruth Ellery was nominated for Salt Road. She is nominated for best director and best actress.",
        expect: ["director Ruth Ellery @ Salt Road", "cast Ruth Ellery @ Salt Road"],
      },
    ],
    counterExamples: [
      "Ruth Ellery was nominated for Salt Road. He is nominated for best director and best actor.",
    ],
  },
  {
    id: "credit.nominee-for",
    pattern: `person=${PERSON} for film=<FILM>`,
    emit: { credit: "byCategory", person: "person", film: "film" },
    confidence: 0.7,
    examples: [
      {
        text: "Nominees for best director are Amos Pell for Salt Road and Ruth Ellery for Quiet Shore.",
        expect: ["director Amos Pell @ Salt Road", "director Ruth Ellery @ Quiet Shore"],
      },
    ],
    counterExamples: ["Amos Pell thanked Ruth Ellery for Salt Road."],
    when: (_m, s) => mentionsAwards(s),
  },
  {
    id: "credit.nominee-in-brackets",
    pattern: `person=${PERSON} ( film=<FILM> )`,
    emit: { credit: "byCategory", person: "person", film: "film", fallback: "cast" },
    confidence: 0.75,
    examples: [
      {
        text: "Best actress nominees include Ruth Ellery (Quiet Shore).",
        expect: ["cast Ruth Ellery @ Quiet Shore"],
      },
    ],
    counterExamples: ["Ruth Ellery (Quiet Shore) spoke to the press."],
    when: (_m, s) => mentionsAwards(s),
  },
  {
    id: "credit.film-category-nomination-for",
    pattern: `film=<FILM> ,? which|that? has|have|had|also? ${EARNED} ~2 best|top category=@category ~2 nomination|nominations|nod|nods for person=${PEOPLE}`,
    emit: { credit: "byCategory", person: "person", film: "film", category: "category" },
    confidence: 0.8,
    examples: [
      {
        text: "Salt Road received a best director nod for Amos Pell.",
        expect: ["director Amos Pell @ Salt Road"],
      },
    ],
    counterExamples: ["Salt Road received a best director nod for its studio, Harbour Pictures."],
  },
  {
    id: "credit.film-nominations-for-people",
    pattern: `film=<FILM> ,? which|that? has|have|had|also? ${EARNED} ~3 nomination|nominations|nod|nods for person=${PEOPLE}`,
    emit: { credit: "byTrade", person: "person", film: "film", fallback: "cast" },
    confidence: 0.75,
    examples: [
      {
        text: "Salt Road has earned Bafta nominations for Tom Reed and Irish actress Ann Vale.",
        expect: ["cast Tom Reed @ Salt Road", "cast Ann Vale @ Salt Road"],
      },
      {
        text: "Critics adored Salt Road, which picked up nominations for Tom Reed and actress Ann Vale.",
        expect: ["cast Tom Reed @ Salt Road", "cast Ann Vale @ Salt Road"],
      },
    ],
    counterExamples: [
      "Salt Road earned praise at the festival, but the jury's nominations for Tom Reed and Ann Vale went elsewhere.",
      "Salt Road has earned praise, and the Academy announced nominations for Tom Reed.",
      "Salt Road has earned nominations for Harbour Pictures.",
      "Salt Road received a best director nod for Amos Pell.",
    ],
    // "a best director nomination for X": the category says the credit (the rule above).
    when: (m, s) => !namesCategory(s, m),
  },
  {
    id: "credit.anaphor-nominations-for-people",
    pattern: `which|that has|have|had|also? ${EARNED} ~3 nomination|nominations|nod|nods for person=${PEOPLE}`,
    emit: { credit: "byTrade", person: "person", fallback: "cast" },
    confidence: 0.7,
    examples: [
      {
        text: "The thriller Night Ferry opened in May. The film, which received nominations for Tom Reed and Ann Vale, was shot in Wales.",
        expect: ["cast Tom Reed @ Night Ferry", "cast Ann Vale @ Night Ferry"],
      },
    ],
    counterExamples: [
      "Salt Road climbed to fourth. It is a show which earned nominations for Tom Reed.",
      "Salt Road climbed to fourth. Harbour Pictures, which earned nominations for Tom Reed, is pleased.",
      "The thriller Salt Road leads. The documentary, which received nominations for Tom Reed, is a surprise.",
      "The thriller Salt Road leads. The film, which received a best director nod for Amos Pell, is Welsh.",
    ],
    // "The film, which earned …": the relative clause is the film's only when the sentence's
    // subject is the film spoken of before.
    when: (m, s) => !namesCategory(s, m) && s.once(opensWithFilmAnaphor, () => opensWithFilmAnaphor(s)),
  },
  // — cast —
  {
    id: "cast.takes-role-of",
    pattern: `person=${PERSON} ~3 take|takes|took|taking|play|plays|played|landed|lands|land|won|wins|win|got|gets on? the|a ~2 role|part of character=${CHARACTER} in? film=<FILM>?`,
    emit: { credit: "cast", person: "person", film: "film", character: "character" },
    confidence: 0.85,
    examples: [
      {
        text: "Ruth Ellery takes the role of Ada Byrne in Iron Lantern.",
        expect: ["cast Ruth Ellery as Ada Byrne @ Iron Lantern"],
      },
    ],
    counterExamples: ["Ruth Ellery takes the role of chair in Iron Lantern Films."],
  },
  {
    id: "cast.in-the-title-role",
    pattern: `person=${PERSON} ~2 stars|starred|star|starring|plays|played|appears|appeared|is|was in|as the title|lead|leading|starring|main|central ~1 role|part|character`,
    emit: { credit: "cast", person: "person" },
    confidence: 0.8,
    examples: [
      {
        text: "Salt Road is a 1991 action comedy film. Ruth Ellery stars in the title role.",
        expect: ["cast Ruth Ellery @ Salt Road"],
      },
    ],
    counterExamples: ["Salt Road is a 1991 action comedy film. Ruth Ellery was in the title race."],
    // "… in the lead role in Harbour Lights": the part is in a film the rule does not name.
    when: (m, s) => {
      const next = s.units[m.end];
      return next?.kind !== "word" || next.lower !== "in";
    },
  },
  {
    id: "cast.landed-role-in",
    pattern: `person=${PERSON} ~3 take|takes|took|taking|play|plays|played|landed|lands|land|won|wins|win|got|gets|has|had the|a|her|his lead|leading|title|starring|main|central|first ~1 role|part in film=<FILM>`,
    emit: { credit: "cast", person: "person", film: "film" },
    confidence: 0.85,
    examples: [
      {
        text: "Ruth Ellery landed the lead role in Iron Lantern.",
        expect: ["cast Ruth Ellery @ Iron Lantern"],
      },
    ],
    counterExamples: ["Ruth Ellery landed the lead role in London."],
  },
  {
    id: "cast.cast-in",
    pattern: `person=${PEOPLE} has|have|had|was|were|is|are? been? cast|recast in film=<FILM>`,
    emit: { credit: "cast", person: "person", film: "film" },
    confidence: 0.85,
    examples: [
      { text: "Ruth Ellery has been cast in Iron Lantern.", expect: ["cast Ruth Ellery @ Iron Lantern"] },
    ],
    counterExamples: ["Ruth Ellery has been cast in bronze."],
  },
  {
    id: "cast.will-star-as",
    pattern: `will|would|to|shall again|also? star <NAT>? @role? person=${PERSON} as ~3 character=${CHARACTER}`,
    emit: { credit: "cast", person: "person", character: "character" },
    confidence: 0.85,
    examples: [
      {
        text: "The sequel Salt Road 2 opens in May. Salt Road 2 will again star Ruth Ellery as Captain Holm.",
        expect: ["cast Ruth Ellery as Captain Holm @ Salt Road 2"],
      },
    ],
    counterExamples: ["The sequel Salt Road 2 opens in May. Ruth Ellery will again star as a guest."],
    when: (m, s) => !describedPart(s, m.captures.character),
  },
  {
    id: "cast.starring-as",
    pattern: `film=<FILM>? ,? starring|co-starring|featuring|stars|starred <NAT>? @role? person=${PERSON} as ~4 character=${CHARACTER}`,
    emit: { credit: "cast", person: "person", film: "film", character: "character" },
    confidence: 0.85,
    examples: [
      {
        text: "The drama Salt Road, starring Ruth Ellery as the smuggler Nell Crane, opens today.",
        expect: ["cast Ruth Ellery as Nell Crane @ Salt Road"],
      },
      {
        text: "The new Salt Road, starring Tom Reed as the ageing ship captain Ivo Marsh, opens in May.",
        expect: ["cast Tom Reed as Ivo Marsh @ Salt Road"],
      },
    ],
    counterExamples: [
      "Salt Road, starring Ruth Ellery, opens as planned.",
      "Salt Road stars Tom Reed as a retired naval officer who meets Ivo Marsh.",
      "Salt Road stars Tom Reed as the man who kills Ivo Marsh.",
      "Salt Road stars Tom Reed as the boyfriend of singer Nell Crane.",
    ],
    when: (m, s) => !describedPart(s, m.captures.character) && !clauseBeforePart(s, m.captures.character),
  },
  {
    id: "cast.title-possessive-star",
    pattern: `film=<FILM's> star|stars|actor|actress|co-star|co-stars person=${PEOPLE}`,
    emit: { credit: "cast", person: "person", film: "film" },
    confidence: 0.8,
    examples: [{ text: "Salt Road's star Ruth Ellery was there.", expect: ["cast Ruth Ellery @ Salt Road"] }],
    counterExamples: ["Salt Road's director Ruth Ellery was there."],
  },
  {
    id: "cast.film-starring",
    pattern: `film=<FILM> ,? which|that|who? will|is|was|has|had? also|now? starring|co-starring|featuring|stars|starred|co-stars|features <NAT>? @role? person=${PEOPLE}`,
    emit: { credit: "cast", person: "person", film: "film" },
    confidence: 0.85,
    examples: [
      {
        text: "Salt Road, starring Ruth Ellery and Tom Reed, opens today.",
        expect: ["cast Ruth Ellery @ Salt Road", "cast Tom Reed @ Salt Road"],
      },
      {
        text: "Salt Road also stars Irish actors Niamh Byrne and Declan Roe.",
        expect: ["cast Niamh Byrne @ Salt Road", "cast Declan Roe @ Salt Road"],
      },
    ],
    counterExamples: ["Salt Road beat films starring Ruth Ellery."],
  },
  {
    id: "cast.voices-of",
    pattern: `the? voice|voices|voice-work|talents of person=${PEOPLE}`,
    emit: { credit: "cast", person: "person" },
    confidence: 0.8,
    examples: [
      {
        text: "The animated film Iron Lantern stars the voices of Ruth Ellery and Tom Reed.",
        expect: ["cast Ruth Ellery @ Iron Lantern", "cast Tom Reed @ Iron Lantern"],
      },
    ],
    counterExamples: ["Iron Lantern was praised by the voice of Ruth Ellery's radio show."],
  },
  {
    id: "cast.cast-of-film-includes",
    pattern: `cast|line-up|ensemble of ~3 film=<FILM> also? includes|include|including|included|features|comprises :? person=${PEOPLE}`,
    emit: { credit: "cast", person: "person", film: "film" },
    confidence: 0.85,
    examples: [
      {
        text: "The cast of the drama Salt Road also includes Ruth Ellery, Tom Reed and Amy Lowe.",
        expect: ["cast Ruth Ellery @ Salt Road", "cast Tom Reed @ Salt Road", "cast Amy Lowe @ Salt Road"],
      },
    ],
    counterExamples: ["The cast of the drama Salt Road also includes London locations."],
  },
  {
    id: "cast.head-the-cast",
    pattern: `person=${PEOPLE} head|heads|headed|heading|lead|leads|led|leading|top|tops|topped|front|fronts|fronted the cast|line-up|ensemble of? ~3 film=<FILM>?`,
    emit: { credit: "cast", person: "person", film: "film" },
    confidence: 0.85,
    examples: [
      {
        text: "Ruth Ellery and Tom Reed head the cast of the thriller Night Ferry.",
        expect: ["cast Ruth Ellery @ Night Ferry", "cast Tom Reed @ Night Ferry"],
      },
    ],
    counterExamples: ["Ruth Ellery and Tom Reed head the board of the company Night Ferry Films."],
  },
  {
    id: "cast.cast-includes",
    pattern: `cast|line-up|ensemble|contributors|interviewees|co-stars ~3 includes|include|including|included|consists|features|comprises|of of? :? person=${PEOPLE}`,
    emit: { credit: "cast", person: "person" },
    confidence: 0.8,
    examples: [
      {
        text: "The drama Iron Lantern opens today. Its supporting cast includes Ruth Ellery and Tom Reed.",
        expect: ["cast Ruth Ellery @ Iron Lantern", "cast Tom Reed @ Iron Lantern"],
      },
    ],
    counterExamples: ["The drama Iron Lantern opens today. The cast party included a speech."],
  },
  {
    id: "cast.list-subject",
    pattern: `person=${PEOPLE} also|all|both? star|co-star|co-stars|return|reprise|voice|appear|feature`,
    emit: { credit: "cast", person: "person" },
    confidence: 0.75,
    examples: [
      {
        text: "The drama Iron Lantern opens today. Ruth Ellery and Tom Reed also star.",
        expect: ["cast Ruth Ellery @ Iron Lantern", "cast Tom Reed @ Iron Lantern"],
      },
    ],
    counterExamples: ["The drama Iron Lantern opens today. Ruth Ellery and Tom Reed also spoke."],
  },
  {
    id: "cast.reprises-role",
    pattern: `person=${PEOPLE} will|would|is|are|to? reprise|reprises|reprised|reprising his|her|their|the role|roles|part|parts`,
    emit: { credit: "cast", person: "person" },
    confidence: 0.75,
    examples: [
      {
        text: "The sequel Iron Lantern 2 opens today. Ruth Ellery reprises her role.",
        expect: ["cast Ruth Ellery @ Iron Lantern 2"],
      },
    ],
    counterExamples: ["The sequel Iron Lantern 2 opens today. Ruth Ellery reprises her criticism."],
  },
  {
    id: "cast.who-also-stars",
    pattern: `person=${PEOPLE} , who also|too? stars|starred|co-stars|co-starred|appears|appeared|features|featured`,
    emit: { credit: "cast", person: "person" },
    confidence: 0.75,
    examples: [
      {
        text: "The thriller Iron Lantern is directed by Ruth Ellery, who also stars.",
        expect: ["cast Ruth Ellery @ Iron Lantern"],
      },
    ],
    counterExamples: ["The thriller Iron Lantern is directed by Ruth Ellery, who also stars in Salt Road."],
    // "…, who also stars in Salt Road": another film's part (read by the rules that name it).
    when: (m, s) => {
      const next = s.units[m.end];
      return next?.kind !== "word" || !/^(?:in|on|at|as)$/.test(next.lower);
    },
  },
  {
    id: "cast.returning-in-role",
    pattern: `person=${PEOPLE} is|are|will? returning|returns|return|returned in|to a|an|the|his|her|their ~2 role|roles|part|parts`,
    emit: { credit: "cast", person: "person" },
    confidence: 0.7,
    examples: [
      {
        text: "The sequel Iron Lantern 2 opens today, with Ruth Ellery returning in a new role.",
        expect: ["cast Ruth Ellery @ Iron Lantern 2"],
      },
    ],
    counterExamples: [
      "The sequel Iron Lantern 2 opens today, with Ruth Ellery returning to her role as chair.",
    ],
    when: (m, s) => {
      const next = s.units[m.end];
      return next?.kind !== "word" || next.lower !== "as";
    },
  },
  {
    id: "cast.joins-cast-as",
    pattern: `person=${PERSON} has|have|had|will? joined|joins|join the cast|ensemble of? film=<FILM>? as the|a|an? @role? character=${CHARACTER}`,
    emit: { credit: "cast", person: "person", film: "film", character: "character" },
    confidence: 0.85,
    examples: [
      {
        text: "The thriller Iron Lantern starts shooting in May. Ruth Ellery joins the cast as Mara Vale.",
        expect: ["cast Ruth Ellery as Mara Vale @ Iron Lantern"],
      },
      {
        text: "Tom Reed has joined the cast of Iron Lantern as the villain Odo Vance.",
        expect: ["cast Tom Reed as Odo Vance @ Iron Lantern"],
      },
    ],
    counterExamples: [
      "The thriller Iron Lantern starts in May. Ruth Ellery joins the cast as a producer.",
      "The thriller Iron Lantern starts in May. Tom Reed joins the cast as the replacement for Ivo Kemp.",
      "The thriller Iron Lantern starts in May. Ruth Ellery joins the cast, as does Amos Pell.",
    ],
  },
  {
    id: "cast.joined-the-cast",
    pattern: `person=${PEOPLE} has|have|had? joined|joins|join the cast|ensemble`,
    emit: { credit: "cast", person: "person" },
    confidence: 0.75,
    examples: [
      {
        text: "The thriller Iron Lantern starts shooting in May. Ruth Ellery has joined the cast.",
        expect: ["cast Ruth Ellery @ Iron Lantern"],
      },
    ],
    counterExamples: ["The thriller Iron Lantern starts shooting in May. Ruth Ellery has joined the board."],
  },
  {
    id: "cast.performance-of",
    pattern: `last|final|first|late? performance|performances|appearance|appearances|turns of|by|from person=${PEOPLE}`,
    emit: { credit: "cast", person: "person" },
    confidence: 0.65,
    examples: [
      {
        text: "The thriller Iron Lantern opens today. It includes the last performance of Ruth Ellery.",
        expect: ["cast Ruth Ellery @ Iron Lantern"],
      },
    ],
    counterExamples: ["The thriller Iron Lantern opens today. The band gave a performance at the Rialto."],
  },
  {
    id: "cast.reunites",
    pattern: `reunites|reunited|reuniting|reunite person=${PEOPLE}`,
    emit: { credit: "cast", person: "person" },
    confidence: 0.7,
    examples: [
      {
        text: "Iron Lantern, the sequel to Salt Road, reunites Ruth Ellery and Tom Reed.",
        expect: ["cast Ruth Ellery @ Iron Lantern", "cast Tom Reed @ Iron Lantern"],
      },
    ],
    counterExamples: ["The thriller Iron Lantern opens today. Ruth Ellery reunited with her sister."],
  },
  {
    id: "cast.star-opposite-in",
    pattern: `person=${PEOPLE} ,? #number? ,? ~2 star|stars|starred|starring|co-star|co-stars|co-starred opposite|alongside|with partner=${PEOPLE} in ~4 film=<FILM>`,
    emit: { credit: "cast", person: "person,partner", film: "film" },
    confidence: 0.85,
    examples: [
      {
        text: "Ruth Ellery will star opposite Tom Reed in Iron Lantern.",
        expect: ["cast Ruth Ellery @ Iron Lantern", "cast Tom Reed @ Iron Lantern"],
      },
      {
        text: "Ruth Ellery, 41, recently starred alongside Tom Reed in the romantic comedy Iron Lantern.",
        expect: ["cast Ruth Ellery @ Iron Lantern", "cast Tom Reed @ Iron Lantern"],
      },
    ],
    counterExamples: ["Ruth Ellery will star opposite Tom Reed in London."],
  },
  {
    id: "cast.aside-appears-in",
    pattern: `person=${PERSON} , *10 , is|was|will|has|had|would ~2 appear|star|co-star|feature|appears|stars|appeared|starred in film=<FILM>`,
    emit: { credit: "cast", person: "person", film: "film" },
    confidence: 0.8,
    examples: [
      {
        text: "Ruth Ellery, star of Salt Road and Quiet Shore, is to appear in Iron Lantern.",
        expect: ["cast Ruth Ellery @ Iron Lantern"],
      },
    ],
    counterExamples: ["Ruth Ellery, star of Salt Road, is to appear in court."],
  },
  {
    id: "cast.played-by",
    pattern: `character=${CHARACTER} ,|( who|and? is|was|will|be? played|portrayed|voiced|essayed by person=${PEOPLE}`,
    emit: { credit: "cast", person: "person", character: "character" },
    confidence: 0.8,
    examples: [
      {
        text: "Salt Road tells the story of ferryman Tomas Ek, played by Ruth Ellery.",
        expect: ["cast Ruth Ellery as Tomas Ek @ Salt Road"],
      },
    ],
    counterExamples: ["Salt Road tells the story of ferryman Tomas Ek, written by Ruth Ellery."],
  },
  {
    id: "cast.role-played-by",
    pattern: `role|part|character of? ~2 played|portrayed|voiced by person=${PEOPLE}`,
    emit: { credit: "cast", person: "person" },
    confidence: 0.75,
    examples: [
      {
        text: "The thriller Salt Road opens today. The lead role is played by Ruth Ellery.",
        expect: ["cast Ruth Ellery @ Salt Road"],
      },
    ],
    counterExamples: ["The thriller Salt Road opens today. The lead role is written for Ruth Ellery."],
  },
  {
    id: "cast.starring-role-for",
    pattern: `starring|leading|lead|title|breakthrough|debut|screen role|roles|part for the|a? ~2 person=${PEOPLE}`,
    emit: { credit: "cast", person: "person" },
    confidence: 0.75,
    examples: [
      {
        text: "Salt Road is a 1926 comedy film notable as the first starring role for the young Ruth Ellery.",
        expect: ["cast Ruth Ellery @ Salt Road"],
      },
    ],
    counterExamples: [
      "Salt Road is a 1926 comedy film notable as the first commission for the young Ruth Ellery.",
    ],
  },
  {
    id: "cast.voiced-by",
    pattern: `voiced by person=${PEOPLE}`,
    emit: { credit: "cast", person: "person" },
    confidence: 0.75,
    examples: [
      {
        text: "It was followed by the animated adventure Skyward, voiced by Ruth Ellery and Tom Reed.",
        expect: ["cast Ruth Ellery @ Skyward", "cast Tom Reed @ Skyward"],
      },
    ],
    counterExamples: ["It was followed by the animated adventure Skyward, praised by Ruth Ellery."],
  },
  {
    id: "cast.will-star",
    pattern: `will|to|would|shall again|also? star|feature|co-star person=${PEOPLE}`,
    emit: { credit: "cast", person: "person" },
    confidence: 0.75,
    examples: [
      {
        text: "The thriller Iron Lantern opens in May. The film, based on a novel, will star Ruth Ellery as an agent.",
        expect: ["cast Ruth Ellery @ Iron Lantern"],
      },
    ],
    counterExamples: ["The thriller Iron Lantern opens in May. Ruth Ellery will star in a play."],
  },
  {
    id: "cast.screen-debut",
    pattern: `person=${PERSON} ~3 make|makes|made|making her|his|their screen|acting|film|big-screen|feature|movie debut in|with ~3 film=<FILM>`,
    emit: { credit: "cast", person: "person", film: "film" },
    confidence: 0.85,
    examples: [
      {
        text: "Ruth Ellery made her screen debut in 1948's Iron Harvest.",
        expect: ["cast Ruth Ellery @ Iron Harvest"],
      },
    ],
    counterExamples: ["Ruth Ellery made her stage debut in 1948's Iron Harvest."],
  },
  {
    id: "credit.debut-with",
    pattern: `person=${PERSON} ~3 make|makes|made|making her|his|their <PLACE|NAT>? ~2 debut with ~3 film=<FILM>`,
    emit: { credit: "byTrade", person: "person", film: "film" },
    confidence: 0.75,
    examples: [
      {
        text: "British director Ruth Ellery is to make her Hollywood debut with spy thriller Iron Lantern.",
        expect: ["director Ruth Ellery @ Iron Lantern"],
      },
    ],
    counterExamples: ["British director Ruth Ellery is to make her debut with the Royal Ballet."],
  },
  {
    id: "cast.role-in-brackets",
    pattern: `character=${CHARACTER} ( person=<PERSON|PNAME> )`,
    emit: { credit: "cast", person: "person", character: "character" },
    confidence: 0.7,
    examples: [
      {
        text: "The drama Salt Road opens today. Walter's daughter Ruth (Amy Lowe) comes home to persuade him.",
        expect: ["cast Amy Lowe as Ruth @ Salt Road"],
      },
    ],
    counterExamples: [
      "The drama Salt Road opens today. Its distributor, Film Booking Offices (F.B.O.), is pleased.",
    ],
  },
  {
    id: "cast.played-by-someone",
    pattern: `played|portrayed|voiced|essayed by person=${PEOPLE}`,
    emit: { credit: "cast", person: "person" },
    confidence: 0.65,
    examples: [
      {
        text: "The drama Salt Road opens today. Tom Reed plays a widower who refuses to sell to a developer played by Amy Lowe.",
        expect: ["cast Amy Lowe @ Salt Road"],
      },
    ],
    counterExamples: ["The drama Salt Road opens today. The music was played by Amy Lowe on the piano."],
    when: (m, s) => {
      const before = s.units[m.start - 1];
      return (
        !(before?.kind === "word" && NOT_A_PART.has(before.lower)) && !s.hasWordBefore(m.start, isMusicOrGame)
      );
    },
  },
  {
    id: "credit.returning-to-make",
    pattern: `person=${PEOPLE} is|are|will? returning|returns|return|back to verbs=direct|write|produce|star|co-write|co-direct`,
    emit: { credit: "byVerb", person: "person", verbs: "verbs" },
    confidence: 0.75,
    examples: [
      {
        text: "The thriller Salt Road 2 is in the works, with Amos Pell returning to direct.",
        expect: ["director Amos Pell @ Salt Road 2"],
      },
    ],
    counterExamples: ["The thriller Salt Road 2 is in the works, with Amos Pell returning to school."],
  },
  {
    id: "cast.alongside",
    pattern: `alongside|opposite|co-starring|along ~2 with|co-stars? person=${PEOPLE}`,
    emit: { credit: "cast", person: "person" },
    confidence: 0.6,
    examples: [
      {
        text: "Iron Lantern stars Tom Reed in the title role, alongside Ruth Ellery and Amy Lowe.",
        expect: ["cast Ruth Ellery @ Iron Lantern", "cast Amy Lowe @ Iron Lantern"],
      },
    ],
    counterExamples: ["Iron Lantern was shown at the festival, alongside a talk by Ruth Ellery."],
    when: (_m, s) => s.hasWord(isCastingWordForAlongside),
  },
  {
    id: "cast.with-as",
    pattern: `with person=${PERSON} as ~3 character=${CHARACTER}?`,
    emit: { credit: "cast", person: "person", character: "character" },
    confidence: 0.7,
    examples: [
      {
        text: "The thriller Salt Road opens in May. Amy Lowe will play Ada Crane, with Ned Dahl as her brother.",
        expect: ["cast Ned Dahl @ Salt Road"],
      },
      {
        text: "The thriller Salt Road will be directed by Amy Lowe, with Ned Dahl as Captain Reyes.",
        expect: ["cast Ned Dahl as Captain Reyes @ Salt Road"],
      },
    ],
    counterExamples: ["The thriller Salt Road opens in May. Amy Lowe met the press, with Ned Dahl as host."],
    // A named part ("with Theo Marsh as Captain Reyes") or a verb of casting in the sentence.
    when: (m, s) =>
      (m.captures.character?.some((u) => u.kind === "name") ?? false) || s.hasWord(isCastingWordForWithAs),
  },
  {
    id: "cast.as-respectively",
    pattern: `person=${PEOPLE} as character=<PERSON|PNAME|NAME+> ,? respectively`,
    emit: { credit: "cast", person: "person", character: "character" },
    confidence: 0.85,
    examples: [
      {
        text: "The drama Iron Lantern stars Tom Reed and Ruth Ellery as Ned and Nell, respectively.",
        expect: ["cast Tom Reed as Ned @ Iron Lantern", "cast Ruth Ellery as Nell @ Iron Lantern"],
      },
    ],
    counterExamples: ["The drama Iron Lantern stars Tom Reed and Ruth Ellery as Ned and Nell."],
  },
  {
    id: "cast.as-pair",
    pattern: `,|and person=${PERSON} as ~3 character=${CHARACTER}?`,
    emit: { credit: "cast", person: "person", character: "character" },
    confidence: 0.75,
    examples: [
      {
        text: "The drama Iron Lantern stars Tom Reed as Ned Lowe, Ruth Ellery as Nell Crane, and Amy Lowe as Kate Finch.",
        expect: [
          "cast Ruth Ellery as Nell Crane @ Iron Lantern",
          "cast Amy Lowe as Kate Finch @ Iron Lantern",
        ],
      },
    ],
    counterExamples: ["The drama Iron Lantern won, and Ruth Ellery as chair thanked Nell Crane."],
    when: (m, s) => !prepositionBefore(s, m.captures.character) && s.hasWord(isStarringVerb),
  },
  {
    id: "cast.list-after-part",
    pattern: `starring|stars|starred|co-stars|featuring|features <PERSON|PNAME> as ~3 <CHAR|PERSON|PNAME|NAME> ,? and|, person=${PEOPLE}`,
    emit: { credit: "cast", person: "person" },
    confidence: 0.8,
    examples: [
      {
        text: "The thriller Night Ferry stars Tom Reed as Captain Holm and Ruth Ellery.",
        expect: ["cast Ruth Ellery @ Night Ferry"],
      },
    ],
    counterExamples: ["The thriller Night Ferry stars Tom Reed as Captain Holm and Sons Ltd."],
  },
  {
    id: "cast.lead",
    pattern: `person=${PERSON} was|is|plays|played the? female|male|romantic? lead|star|heroine|hero`,
    emit: { credit: "cast", person: "person" },
    confidence: 0.75,
    examples: [
      {
        text: "The drama Iron Lantern opens today. Ruth Ellery is the female lead.",
        expect: ["cast Ruth Ellery @ Iron Lantern"],
      },
    ],
    counterExamples: ["The drama Iron Lantern opens today. Ruth Ellery is the lead singer."],
    // "the lead singer", "the lead investigator": a lead of something other than a cast.
    when: (m, s) => {
      const next = s.units[m.end];
      return next?.kind !== "word" || !NOT_A_CAST_LEAD.has(next.lower);
    },
  },
  {
    id: "cast.joined-by",
    pattern: `joined|accompanied by person=${PEOPLE}`,
    emit: { credit: "cast", person: "person" },
    confidence: 0.7,
    examples: [
      {
        text: "The thriller Iron Lantern opens today. Ruth Ellery and Tom Reed return and are joined by Amy Lowe and Ned Crane.",
        expect: ["cast Amy Lowe @ Iron Lantern"],
      },
    ],
    counterExamples: [
      "The thriller Iron Lantern opens today. The director was joined by Amy Lowe for lunch.",
    ],
    when: (_m, s) => s.hasWord(isCastingWordForJoinedBy),
  },
  {
    id: "cast.list-featured",
    pattern: `person=${PEOPLE} are|were|is|was also|all? featured|cast|seen|heard`,
    emit: { credit: "cast", person: "person" },
    confidence: 0.7,
    examples: [
      {
        text: "Dry Creek is a 1991 comedy film. Rex Parry, Ada Quill and Lia Gant are also featured.",
        expect: ["cast Rex Parry @ Dry Creek", "cast Lia Gant @ Dry Creek"],
      },
    ],
    counterExamples: [
      "Dry Creek is a 1991 comedy film. Rex Parry and Ada Quill are also featured in a new exhibition.",
    ],
    when: (m, s) => {
      const next = s.units[m.end];
      return !(next?.kind === "word" && next.lower === "in");
    },
  },
  {
    id: "cast.return-of",
    pattern: `features|marks|sees|includes the return of person=${PEOPLE}`,
    emit: { credit: "cast", person: "person" },
    confidence: 0.75,
    examples: [
      {
        text: "Dry Creek 2 is a 2022 horror film. It features the return of Rex Parry and Ada Quill from the first film.",
        expect: ["cast Rex Parry @ Dry Creek 2"],
      },
    ],
    counterExamples: [
      "Dry Creek 2 is a 2022 horror film. The festival sees the return of Rex Parry as host.",
    ],
    when: (m, s) => lastHostWord(s) < m.end,
  },
  {
    id: "cast.with-voicing",
    pattern: `with person=${PEOPLE} voicing|playing|as`,
    emit: { credit: "cast", person: "person" },
    confidence: 0.7,
    examples: [
      {
        text: "Cold Snap is a 2012 animated film. Rex Parry reprises his role, with Ada Quill and Lia Gant voicing new characters.",
        expect: ["cast Ada Quill @ Cold Snap", "cast Lia Gant @ Cold Snap"],
      },
    ],
    counterExamples: [
      "Cold Snap is a 2012 animated film. It was made with Ada Quill playing the producer's role at the studio.",
    ],
    when: (m, s) =>
      !s.units
        .slice(m.end, m.end + 3)
        .some((u) => u.kind === "word" && (u.lower === "producer's" || u.lower === "producer")),
  },
  {
    id: "cast.starring",
    pattern: `starring|co-starring|featuring|stars|co-stars|starred|features|featured :? are|is? alongside? <NAT>? ~1 @role? person=${PEOPLE}`,
    emit: { credit: "cast", person: "person" },
    confidence: 0.75,
    counterExamples: [
      "Hollywood stars attended.",
      "The thriller Salt Road opens today. British stars Ruth Ellery and Tom Reed are hoping to win.",
      "The thriller Salt Road opens today. Stars like Ruth Ellery also have films showing.",
    ],
    examples: [
      {
        text: "The thriller Salt Road opens today. The film also stars Irish actors Niamh Byrne and Declan Roe.",
        expect: ["cast Niamh Byrne @ Salt Road", "cast Declan Roe @ Salt Road"],
      },
      {
        text: "The thriller Salt Road opens today. The stars are Ruth Ellery and Tom Reed.",
        expect: ["cast Ruth Ellery @ Salt Road", "cast Tom Reed @ Salt Road"],
      },
    ],
    // "British stars X and Y", "stars like X": the noun, not the verb.
    when: (m, s) => !pluralStars(s.units, m.start) && !afterOtherWork(s.units, m.start),
  },
  {
    id: "cast.starring-known-for",
    pattern: `<FILM>|@genre|@filmNoun ,? starring|co-starring|featuring <NAME|MEDIA>? and? <NAME|MEDIA's> person=${PEOPLE}`,
    emit: { credit: "cast", person: "person" },
    confidence: 0.75,
    examples: [
      {
        text: "Salt Road is a caper starring Hope and Glory's Ruth Ellery.",
        expect: ["cast Ruth Ellery @ Salt Road"],
      },
    ],
    counterExamples: [
      "Salt Road is a caper starring Hope and Glory.",
      "The thriller Night Ferry opens tonight with a charity gala featuring Strictly Ballroom's Ann Vale.",
    ],
  },
  {
    id: "cast.starring-described",
    pattern: `starring|co-starring|featuring|stars|co-stars|starred ~1 <NAME|ORG|MEDIA|PLACE|NAT> actor|actress|actors|actresses|star|stars|comedian|singer|newcomer|veteran person=${PEOPLE}`,
    emit: { credit: "cast", person: "person" },
    confidence: 0.75,
    examples: [
      {
        text: "The festival opens with the comedy Salt Road, starring former Dock Street actress Ruth Ellery and Amy Lowe.",
        expect: ["cast Ruth Ellery @ Salt Road", "cast Amy Lowe @ Salt Road"],
      },
    ],
    counterExamples: [
      "The festival opens with the comedy Salt Road, starring former Dock Street manager Ruth Ellery.",
    ],
    when: (m, s) => !pluralStars(s.units, m.start) && !afterOtherWork(s.units, m.start),
  },
  {
    id: "cast.stars-in",
    pattern: `person=${PEOPLE} ,? who? has|had|will|is|was|also? star|stars|starred|co-star|co-stars|co-starred|appears|appeared|appear|acts|acted|starring|appearing ~2 in ~3 film=<FILM+>`,
    emit: { credit: "cast", person: "person", film: "film" },
    confidence: 0.85,
    examples: [
      {
        text: "Ruth Ellery has appeared in Salt Road and Quiet Shore.",
        expect: ["cast Ruth Ellery @ Salt Road", "cast Ruth Ellery @ Quiet Shore"],
      },
      { text: "Tom Reed stars in quirky movie Night Ferry.", expect: ["cast Tom Reed @ Night Ferry"] },
    ],
    counterExamples: ["Ruth Ellery appeared in London."],
  },
  {
    id: "cast.pronoun-stars-in",
    pattern: `person=he|she ~2 star|stars|starred|co-star|co-stars|co-starred|appears|appeared|acted|appearing|starring ~2 in <PERSON|PNAME's>? ~3 film=<FILM+>`,
    emit: { credit: "cast", person: "person", film: "film" },
    confidence: 0.8,
    examples: [
      {
        text: "Ruth Ellery was tenth on the list. She later appeared in Salt Road and Quiet Shore.",
        expect: ["cast Ruth Ellery @ Salt Road", "cast Ruth Ellery @ Quiet Shore"],
      },
      {
        text: "Ruth Ellery is back. She has starred in Amos Pell's Salt Road and in two plays.",
        expect: ["cast Ruth Ellery @ Salt Road"],
      },
    ],
    counterExamples: ["Ruth Ellery was tenth on the list. She later appeared in court."],
  },
  {
    id: "cast.since-starred-in",
    pattern: `person=${PERSON} *12 and has|have|had? since|then|also? then? starred|appeared|featured ~2 in ~2 such? films|movies? as|including? film=<FILM+>`,
    emit: { credit: "cast", person: "person", film: "film" },
    confidence: 0.75,
    examples: [
      {
        text: "Ruth Ellery first found fame on stage and has since starred in such films as Salt Road and Quiet Shore.",
        expect: ["cast Ruth Ellery @ Salt Road", "cast Ruth Ellery @ Quiet Shore"],
      },
    ],
    counterExamples: ["Ruth Ellery first found fame on stage and has since starred in London."],
  },
  {
    id: "cast.title-star",
    pattern: `film=<FILM> star|stars|actor|actress|actors|co-star|co-stars person=${PEOPLE}`,
    emit: { credit: "cast", person: "person", film: "film" },
    confidence: 0.8,
    examples: [{ text: "Salt Road star Ruth Ellery was there.", expect: ["cast Ruth Ellery @ Salt Road"] }],
    counterExamples: ["Salt Road director Ruth Ellery was there."],
  },
  {
    id: "cast.star-of",
    pattern: `person=${PERSON} ,|- ~3 star|stars|co-star|actor|actress of ^3 film=<FILM+>`,
    emit: { credit: "cast", person: "person", film: "film" },
    confidence: 0.85,
    examples: [
      {
        text: "Ruth Ellery, star of Salt Road and Quiet Shore, will present.",
        expect: ["cast Ruth Ellery @ Salt Road", "cast Ruth Ellery @ Quiet Shore"],
      },
    ],
    counterExamples: ["Ruth Ellery, director of Salt Road, will present."],
  },
  {
    id: "cast.plays-in-version",
    pattern: `person=${PERSON} ,? ~3 play|plays|played|playing|portray|portrays|portrayed character=${CHARACTER} in <PERSON|PNAME's>? ~3 version|adaptation|remake|retelling of film=<FILM>`,
    emit: { credit: "cast", person: "person", film: "film", character: "character" },
    confidence: 0.85,
    examples: [
      {
        text: "Tom Reed is to play Captain Crane in Amy Lowe's film version of The Salt Road.",
        expect: ["cast Tom Reed as Captain Crane @ The Salt Road"],
      },
    ],
    counterExamples: ["Tom Reed is to play Captain Crane in the stage version."],
  },
  {
    id: "cast.plays-in",
    pattern: `person=${PERSON} ,? ~3 plays|played|portrays|portrayed|playing|portraying|play|portray|voices|voiced|voice ~3 character=${CHARACTER} in film=<FILM>`,
    emit: { credit: "cast", person: "person", film: "film", character: "character" },
    confidence: 0.85,
    examples: [
      {
        text: "Ruth Ellery plays the smuggler Nell Crane in Salt Road.",
        expect: ["cast Ruth Ellery as Nell Crane @ Salt Road"],
      },
    ],
    counterExamples: ["Ruth Ellery plays tennis with Nell Crane in Salt Road."],
    when: (m, s) => !prepositionBefore(s, m.captures.character),
  },
  {
    id: "cast.playing-in",
    pattern: `person=${PEOPLE} ~3 playing|portraying|plays|played|portrays|portrayed ~5 in film=<FILM>`,
    emit: { credit: "cast", person: "person", film: "film" },
    confidence: 0.75,
    examples: [
      {
        text: "Ruth Ellery triumphed for playing a tough sailor in Salt Road.",
        expect: ["cast Ruth Ellery @ Salt Road"],
      },
    ],
    counterExamples: ["Ruth Ellery was seen playing golf in Paris."],
  },
  {
    id: "cast.to-play",
    pattern: `person=${PERSON} to play|portray ~3 character=${CHARACTER}`,
    emit: { credit: "cast", person: "person", character: "character" },
    confidence: 0.7,
    examples: [
      {
        text: "The thriller Salt Road is ready. Amos Pell persuaded Ruth Ellery to play Nell Crane.",
        expect: ["cast Ruth Ellery as Nell Crane @ Salt Road"],
      },
    ],
    counterExamples: ["Ruth Ellery went to play golf with Nell Crane."],
    when: (m, s) => !prepositionBefore(s, m.captures.character),
  },
  {
    id: "cast.stars-as",
    pattern: `person=${PERSON} stars|starred|co-stars|co-starred|appears|appeared as ~3 character=${CHARACTER}?`,
    emit: { credit: "cast", person: "person", character: "character" },
    confidence: 0.8,
    examples: [
      {
        text: "Iron Lantern is a 1999 thriller. Ruth Ellery stars as Nell Crane, a smuggler.",
        expect: ["cast Ruth Ellery as Nell Crane @ Iron Lantern"],
      },
      {
        text: "Iron Lantern is a 1999 thriller. Ruth Ellery stars as a doctor in a mining town.",
        expect: ["cast Ruth Ellery @ Iron Lantern"],
      },
    ],
    counterExamples: ["Iron Lantern is a 1999 thriller. Ruth Ellery appeared as a guest on the show."],
    when: (m, s) => {
      const next = s.units[m.end - (m.captures.character ? 0 : 0)];
      return (
        !(
          next?.kind === "word" &&
          ["guest", "host", "presenter", "judge", "herself", "himself"].includes(next.lower)
        ) &&
        !s.units
          .slice(m.start, m.end + 3)
          .some((u) => u.kind === "word" && ["guest", "host", "presenter", "judge"].includes(u.lower))
      );
    },
  },
  {
    id: "cast.plays",
    pattern: `person=${PERSON} ,? #number? ,? ~2 plays|played|portrays|portrayed|playing|portraying|voices|voiced|play|portray|voice ~4 ,? character=${CHARACTER}`,
    emit: { credit: "cast", person: "person", character: "character" },
    confidence: 0.75,
    examples: [
      {
        text: "The thriller Salt Road opens today. Dana Okafor leads the cast. Okafor, 29, plays his estranged sister, Ruth Vane.",
        expect: ["cast Dana Okafor as Ruth Vane @ Salt Road"],
      },
    ],
    counterExamples: [
      "Dana Okafor, 29, plays football with Ruth Vane.",
      "Dana Okafor plays Ruth Vane in the Harbour films.",
    ],
    // "plays Hermione in the … films": a part in another work.
    when: (m, s) =>
      !prepositionBefore(s, m.captures.character) &&
      !(s.units[m.end]?.kind === "word" && (s.units[m.end] as { lower: string }).lower === "in"),
  },
  {
    id: "cast.possessive-character",
    pattern: `person=<PERSON|PNAME's> character=<PERSON|CHAR>`,
    emit: { credit: "cast", person: "person", character: "character" },
    confidence: 0.75,
    examples: [
      {
        text: "The thriller Salt Road shoots in May. Footage shows Tom Reed's Agent Crane on a train.",
        expect: ["cast Tom Reed as Agent Crane @ Salt Road"],
      },
    ],
    counterExamples: [
      "The thriller Salt Road shoots in May. Footage shows Tom Reed's brother Ned Crane on a train.",
    ],
    when: (m) =>
      m.captures.character?.[0]?.kind === "name" && m.captures.character[0].name.kind === "character",
  },
  {
    id: "cast.possessive-portrayal",
    pattern: `person=<PERSON|PNAME's> ^2 portrayal|performance|turn|role|depiction as|of ^3 character=${CHARACTER}`,
    emit: { credit: "cast", person: "person", character: "character" },
    confidence: 0.75,
    examples: [
      {
        text: "The thriller Iron Lantern opens today. Tom Reed's portrayal of Judge Amos won praise.",
        expect: ["cast Tom Reed as Judge Amos @ Iron Lantern"],
      },
      {
        text: "Tom Reed's portrayal of the late explorer Nell Crane in Iron Lantern won praise.",
        expect: ["cast Tom Reed as Nell Crane @ Iron Lantern"],
      },
    ],
    counterExamples: ["The thriller Iron Lantern opens today. Tom Reed's portrait of Amy Lowe won praise."],
  },
  {
    id: "cast.possessive-role",
    pattern: `person=<PERSON|PNAME's> ^3 role|roles|performance|turn|part|portrayal`,
    emit: { credit: "cast", person: "person" },
    confidence: 0.7,
    examples: [
      {
        text: "The thriller Iron Lantern opens today. It features Tom Reed's last film role.",
        expect: ["cast Tom Reed @ Iron Lantern"],
      },
    ],
    counterExamples: ["The thriller Iron Lantern opens today. It features Tom Reed's last words."],
  },
  {
    id: "cast.played-a-part",
    pattern: `person=${PERSON} plays|played|portrays|portrayed the|a|an|his|her ~3 wife|husband|mother|father|son|daughter|sister|brother|princess|prince|king|queen|villain|hero|heroine|detective|doctor|teacher|girlfriend|boyfriend|friend|lover|leader|killer|role|part|lead`,
    emit: { credit: "cast", person: "person" },
    confidence: 0.65,
    examples: [
      {
        text: "The thriller Iron Lantern opens today. Amy Lowe plays the unpredictable wife of a diplomat.",
        expect: ["cast Amy Lowe @ Iron Lantern"],
      },
    ],
    counterExamples: ["The thriller Iron Lantern opens today. Amy Lowe played the piano at the premiere."],
  },
  {
    id: "cast.plays-someone",
    pattern: `person=${PERSON} plays|played|portrays|portrayed|playing|portraying a|an`,
    emit: { credit: "cast", person: "person" },
    confidence: 0.6,
    examples: [
      {
        text: "The thriller Iron Lantern opens today. Amy Lowe plays a lighthouse keeper who hears voices.",
        expect: ["cast Amy Lowe @ Iron Lantern"],
      },
    ],
    counterExamples: [
      "The thriller Iron Lantern opens today. Amy Lowe played a gig at the premiere.",
      "The thriller Iron Lantern opens today. Amy Lowe played a key role in the sale.",
    ],
    // What one plays that is not a part: an instrument, a game, a show, or a role in an affair.
    when: (m, s) =>
      !s.units.slice(m.end, m.end + 3).some((u) => u.kind === "word" && NOT_A_PART.has(u.lower)),
  },
  {
    id: "cast.with-as-lead",
    pattern: `with person=${PERSON} as|in the|a lead|leading|main|title|starring ~1 actress|actor|star|role|character|part`,
    emit: { credit: "cast", person: "person" },
    confidence: 0.75,
    examples: [
      {
        text: "Iron Lantern is a 1925 drama film. It was directed by Tom Reed with Amy Lowe as the lead actress.",
        expect: ["cast Amy Lowe @ Iron Lantern"],
      },
      {
        text: "Iron Lantern, with Amy Lowe in the title role, opens on Friday.",
        expect: ["cast Amy Lowe @ Iron Lantern"],
      },
    ],
    counterExamples: ["Iron Lantern is a 1925 drama film. It was made with Amy Lowe as the lead investor."],
  },
  {
    id: "cast.title-role",
    pattern: `person=${PERSON} ,? who? played|plays|takes|took|has|had|won|landed the title role|part`,
    emit: { credit: "cast", person: "person", titleRole: true },
    confidence: 0.75,
    examples: [
      {
        text: "The drama Salt Road won best film and Ruth Ellery, who played the title role, was named best actress.",
        expect: ["cast Ruth Ellery as Salt Road @ Salt Road"],
      },
    ],
    counterExamples: [
      "The drama Salt Road won best film and Ruth Ellery, who played the piano, was named best pianist.",
      "The drama Salt Road won best film and Ruth Ellery, who played the lead role, was named best actress.",
      "Ruth Ellery, who had the title role in Night Ferry, now stars in Salt Road.",
    ],
    // "the title role in X": the part is X's, which the sentence names; not the film in context.
    when: (m, s) =>
      !isWordAt(s.units, m.end, "in") && !isWordAt(s.units, m.end, "of") && !isWordAt(s.units, m.end, "for"),
  },
  {
    id: "cast.lead-role",
    pattern: `person=${PERSON} ,? who? played|plays|takes|took|has|had the lead|leading|starring role|part`,
    emit: { credit: "cast", person: "person" },
    confidence: 0.75,
    examples: [
      {
        text: "The thriller Salt Road opens on Friday. Ruth Ellery, who takes the lead role, trained for a year.",
        expect: ["cast Ruth Ellery @ Salt Road"],
      },
    ],
    counterExamples: [
      "The drama Salt Road won best film and Ruth Ellery, who played the piano, was named best pianist.",
    ],
  },
  {
    id: "cast.co-star-with",
    pattern: `co-star|star|appear|act with person=${PERSON} in <PERSON|PNAME's>? ^3 film=<FILM>`,
    emit: { credit: "cast", person: "person", film: "film" },
    confidence: 0.8,
    examples: [
      {
        text: "She is lined up to co-star with Tom Reed in Amos Pell's Salt Road.",
        expect: ["cast Tom Reed @ Salt Road"],
      },
    ],
    counterExamples: ["She is lined up to dine with Tom Reed in Salt Road."],
  },
  {
    id: "cast.pronoun-role-as-in",
    pattern: `person=his|her ~2 role|roles|part|performance|portrayal|turn as ~2 <PLACE|MEDIA>? ~1 character=${CHARACTER} in ~3 film=<FILM>`,
    emit: { credit: "cast", person: "person", film: "film", character: "character" },
    confidence: 0.8,
    examples: [
      {
        text: "Ruth Ellery won for her role as Nell Crane in Salt Road.",
        expect: ["cast Ruth Ellery as Nell Crane @ Salt Road"],
      },
      {
        text: "Ruth Ellery is nominated for her supporting role as Hollywood agent Nell Crane in Salt Road.",
        expect: ["cast Ruth Ellery as Nell Crane @ Salt Road"],
      },
    ],
    counterExamples: [
      "Tom Reed praised her as Nell Crane in Salt Road.",
      "Tom Reed won for his supporting role as a nurse alongside Nell Crane in Salt Road.",
    ],
    when: (m, s) => !describedPart(s, m.captures.character),
  },
  {
    id: "cast.roles-in",
    pattern: `person=${PEOPLE} ~5 for ~3 role|roles|performance|performances|parts|part ~2 in film=<FILM+>`,
    emit: { credit: "cast", person: "person", film: "film" },
    confidence: 0.8,
    examples: [
      {
        text: "Ruth Ellery and Tom Reed won prizes for best supporting roles in Salt Road.",
        expect: ["cast Ruth Ellery @ Salt Road", "cast Tom Reed @ Salt Road"],
      },
    ],
    counterExamples: ["Ruth Ellery won praise for her roles on stage in London."],
  },
  {
    id: "cast.co-star",
    pattern: `his|her|their|the? co-star|co-stars person=${PERSON}`,
    emit: { credit: "cast", person: "person" },
    confidence: 0.65,
    examples: [
      {
        text: "Tom Reed won best actor for Salt Road. Co-star Ruth Ellery was nominated too.",
        expect: ["cast Ruth Ellery @ Salt Road"],
      },
    ],
    counterExamples: ["His friend Ruth Ellery was nominated too."],
  },
  {
    id: "cast.star-in-sentence",
    pattern: `and|while its? star|stars person=${PEOPLE}`,
    emit: { credit: "cast", person: "person", filmInSentence: true },
    confidence: 0.6,
    examples: [
      {
        text: "Salt Road was named best picture and star Tom Reed best actor.",
        expect: ["cast Tom Reed @ Salt Road"],
      },
    ],
    counterExamples: ["Hollywood star Tom Reed was named best dressed."],
  },
  {
    id: "credit.person-kind-noun",
    pattern: "the|a|an|this|that|his|her|their? person=<PERSON|PNAME> @genre|@filmNoun ,? film=<FILM>",
    emit: { credit: "byTrade", person: "person", film: "film", fallback: "cast" },
    confidence: 0.65,
    examples: [
      {
        text: "The Ruth Ellery drama Salt Roads completed the top three.",
        expect: ["cast Ruth Ellery @ Salt Roads"],
      },
      {
        text: "Director Amos Pell was there. The Amos Pell thriller Salt Roads opens today.",
        expect: ["director Amos Pell @ Salt Roads"],
      },
    ],
    counterExamples: [
      "The Ruth Ellery Foundation film prize went to Salt Roads.",
      "The Ruth Ellery biopic Salt Roads completed the top three.",
    ],
    // "the Ray Charles biopic Ray", "the Stephen King adaptation": the subject or the source.
    when: (m, s) =>
      !s.units
        .slice(m.start, m.end)
        .some(
          (u) =>
            u.kind === "word" && /^(?:biopic|biopics|adaptation|documentary|portrait|tribute)$/.test(u.lower),
        ),
  },
  {
    id: "credit.pronoun-new-film",
    pattern:
      "person=his|her|their new|latest|next|forthcoming|upcoming|last|debut? @genre|@filmNoun ,? film=<FILM>",
    emit: { credit: "byTrade", person: "person", film: "film", fallback: "cast" },
    confidence: 0.7,
    examples: [
      {
        text: "Actor Tom Reed is in London to publicise his new comedy, Night Ferry.",
        expect: ["cast Tom Reed @ Night Ferry"],
      },
    ],
    counterExamples: [
      "Tom Reed saw a new comedy, Night Ferry.",
      "Ruth Ellery is in London to publicise her new album, Salt Road.",
    ],
  },
  {
    id: "cast.pronoun-role-in",
    pattern:
      "person=his|her ~2 role|roles|part|parts|performance|performances|portrayal|turn|appearance|debut *6 in <PERSON|PNAME's>? ^3 film=<FILM+>",
    emit: { credit: "cast", person: "person", film: "film" },
    confidence: 0.8,
    examples: [
      {
        text: "Tom Reed was there. It was his first role in Salt Road.",
        expect: ["cast Tom Reed @ Salt Road"],
      },
      {
        text: "Tom Reed lost. Critics had loved his role in the romantic drama Tidewater.",
        expect: ["cast Tom Reed @ Tidewater"],
      },
    ],
    counterExamples: [
      "Tom Reed praised her work on Salt Road.",
      "Ruth Ellery won. She was praised for her performance in the Amos Pell film.",
    ],
    when: (m, s) => !beforeKindNoun(s, m.captures.film),
  },
  {
    id: "cast.joined",
    pattern: `person=${PEOPLE} has|have? joined|joins|join the cast of film=<FILM>`,
    emit: { credit: "cast", person: "person", film: "film" },
    confidence: 0.85,
    examples: [
      { text: "Ruth Ellery has joined the cast of Salt Road.", expect: ["cast Ruth Ellery @ Salt Road"] },
    ],
    counterExamples: ["Ruth Ellery has joined the board of Salt Road Films."],
  },
  {
    id: "cast.joins-as",
    pattern: `person=${PERSON} has|have|will? joined|joins|join film=<FILM>? as ~3 character=${CHARACTER}`,
    emit: { credit: "cast", person: "person", film: "film", character: "character" },
    confidence: 0.85,
    examples: [
      {
        text: "Ruth Ellery joins Salt Road as Nell Crane.",
        expect: ["cast Ruth Ellery as Nell Crane @ Salt Road"],
      },
    ],
    counterExamples: ["Ruth Ellery joins the board as chair."],
  },
  {
    id: "cast.returns-as",
    pattern: `person=${PERSON} ,? who? returns|returning|return|reprises|reprising|reprise|will|is ~3 as character=${CHARACTER}`,
    emit: { credit: "cast", person: "person", character: "character" },
    confidence: 0.8,
    examples: [
      {
        text: "The thriller Salt Road 2 opens in May. Ruth Ellery returns as Nell Crane, the part she played in the first film.",
        expect: ["cast Ruth Ellery as Nell Crane @ Salt Road 2"],
      },
      {
        text: "The thriller Salt Road 2 opens in May. Ruth Ellery reprises her role as Nell Crane.",
        expect: ["cast Ruth Ellery as Nell Crane @ Salt Road 2"],
      },
    ],
    counterExamples: [
      "The thriller Salt Road 2 opens in May. Ruth Ellery returns as BBC Scotland's head of drama.",
    ],
    when: (m, s) =>
      s.units
        .slice(m.start, m.end)
        .some(
          (u) => u.kind === "word" && /^(?:returns|returning|reprises|reprising|return|back)$/.test(u.lower),
        ),
  },
  {
    id: "cast.return-as-list",
    pattern: `person=${PEOPLE} , who return|reprise|are|will ~3 as|their`,
    emit: { credit: "cast", person: "person" },
    confidence: 0.75,
    examples: [
      {
        text: "The thriller Salt Road 2 reunites Ruth Ellery and Amos Pell, who return as the siblings Nell and Tom Crane.",
        expect: ["cast Ruth Ellery @ Salt Road 2", "cast Amos Pell @ Salt Road 2"],
      },
    ],
    counterExamples: [
      "The thriller Salt Road 2 thanks Ruth Ellery and Amos Pell, who return as judges of the festival.",
    ],
    // Parts, not offices: a name or "the"/"their" and a name follow.
    when: (m, s) =>
      s.units.slice(m.end, m.end + 4).some((u) => u.kind === "name") &&
      s.units
        .slice(m.start, m.end)
        .some((u) => u.kind === "word" && /^(?:return|reprise|returning|back)$/.test(u.lower)),
  },
  {
    id: "cast.cast-as",
    pattern: `person=${PEOPLE} has|have|had|was|were|is|are? been? cast|recast as ~3 character=${CHARACTER} in? film=<FILM>?`,
    emit: { credit: "cast", person: "person", film: "film", character: "character" },
    confidence: 0.85,
    examples: [
      {
        text: "Ruth Ellery has been cast as Nell Crane in Salt Road.",
        expect: ["cast Ruth Ellery as Nell Crane @ Salt Road"],
      },
    ],
    counterExamples: ["Ruth Ellery cast doubt on Salt Road."],
  },
  {
    id: "credit.named-best",
    pattern: `person=${PEOPLE} ~3 named|won|took|received|scooped|earned|got|collected|triumphed|nominated ~3 as? the? best|top ~2 category=@category`,
    emit: { credit: "byCategory", person: "person", category: "category" },
    confidence: 0.65,
    examples: [
      {
        text: "Salt Road won four prizes. Amos Pell was named best director.",
        expect: ["director Amos Pell @ Salt Road"],
      },
    ],
    counterExamples: ["Amos Pell named his best friend as director."],
  },
  {
    id: "cast.person-in-film",
    pattern: `person=${PERSON} in film=<FILM>`,
    emit: { credit: "cast", person: "person", film: "film" },
    confidence: 0.65,
    examples: [{ text: "She lost to Ruth Ellery in Salt Road.", expect: ["cast Ruth Ellery @ Salt Road"] }],
    counterExamples: ["Amos Pell in Paris.", "She was nominated for playing Amos Pell in Salt Road."],
    // "playing Howard Hughes in The Aviator": the person is the part, not the player.
    when: (m, s) => !portrayedBefore(s.units, m.start),
  },
];
