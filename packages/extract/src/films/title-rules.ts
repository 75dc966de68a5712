import { isEnglishWord } from "../lexicon/english.ts";
import { BROADCASTERS } from "../lexicon/entities.ts";
import { FILM_NOUNS, GENRE_NOUNS } from "../lexicon/film-words.ts";
import { ORDINALS } from "../lexicon/words.ts";
import { WORD_CLASSES } from "../patterns/classes.ts";
import { type Match, type SentenceUnits, wordAfter } from "../patterns/pattern.ts";
import type { Rule } from "../patterns/rule.ts";
import { isWordAt, type NameUnit, type Unit } from "../patterns/units.ts";

/** What a title rule says: the name in slot `title` is a film (or, with `veto`, is not). */
export interface TitleEmit {
  /** The slot, or slots joined by commas, holding the film names. */
  title: string;
  year?: string;
  veto?: boolean;
}

export type TitleRule = Rule<TitleEmit>;

/** "an epic Western drama film": a genre set in capitals before a kind of film describes it. */
function describesGenre(m: Match, s: SentenceUnits): boolean {
  const title = capturedName(m.captures.title);
  const next = s.units[m.end];
  return (
    title !== undefined &&
    title.name.words.length === 1 &&
    GENRE_NOUNS.has(title.name.text.toLowerCase()) &&
    next?.kind === "word" &&
    (GENRE_NOUNS.has(next.lower) || FILM_NOUNS.has(next.lower))
  );
}

const FILM_REFERENCES = new Set([...FILM_NOUNS, ...GENRE_NOUNS, "sequel", "instalment", "installment"]);

const SENTENCE_ADVERBS = new Set([
  "elsewhere",
  "meanwhile",
  "however",
  "separately",
  "overall",
  "still",
  "instead",
  "nevertheless",
  "nonetheless",
  "besides",
  "moreover",
  "furthermore",
  "additionally",
  "finally",
  "similarly",
  "likewise",
  "otherwise",
  "indeed",
  "today",
  "yesterday",
  "tomorrow",
]);

/** Verbs a film named in a fronted apposition goes on with ("…, Blue Steel, opens in June"). */
const APPOSITION_VERBS = new Set(
  "opens open will is was has had arrives hits stars starring follows sees begins starts comes takes premieres reaches".split(
    " ",
  ),
);
/** The verbs of the rights rules, and "picked up". */
const ACQUIRING = new Set([...(WORD_CLASSES.get("acquiring") ?? []), "won", "up"]);
/** Words that may say which rights were bought: where, and for which screens. */
const RIGHTS_WORDS = new Set(
  "the uk us worldwide international global domestic north american european british streaming distribution theatrical cinema release".split(
    " ",
  ),
);
/** After the title, what a film's title in "the rights to X" may be followed by. */
const AFTER_RIGHTS_TITLE = new Set(
  ". , ; : and for from in on at which that to with by after until as is was will has had".split(" "),
);

/**
 * "bought the UK rights to X": rights for a territory or a screen (not a book's film rights, a
 * sequel's, or a sport's) to a title that ends its phrase ("Formula One racing" goes on).
 */
export function rightsToAFilm(s: SentenceUnits, m: Match): boolean {
  let rights = m.start;
  while (rights < m.end && !isWordAt(s.units, rights, "rights")) rights++;
  // Back from "rights" to the verb: only words that say where or for which screens.
  for (let i = rights - 1; i > m.start; i--) {
    const u = s.units[i];
    if (u?.kind !== "word") continue;
    if (ACQUIRING.has(u.lower)) break;
    if (!RIGHTS_WORDS.has(u.lower)) return false;
  }
  const next = s.units[m.end];
  return next === undefined || (next.kind === "word" && AFTER_RIGHTS_TITLE.has(next.lower));
}

const isDealWord = (w: string) => /^(?:festival|distributor|distribution|rights|studio|studios)$/.test(w);
/** A key for `SentenceUnits.once`: whether the sentence names an event. */
const namesAnEvent = {};

/** Unit index of the sentence's last reference to a film by a noun ("the thriller"), or -1. */
function lastFilmReference(s: SentenceUnits): number {
  return s.once(lastFilmReference, () => {
    for (let i = s.units.length - 1; i >= 0; i--) if (refersToFilm(s.units, i)) return i;
    return -1;
  });
}

const LINKS = new Set(["of", "for", "with", "in", "on", "at", "by", "from", "to", "and", "or", ","]);

/** "the thriller", "its sequel", "the spy film": a film referred to by a noun at unit i. */
function refersToFilm(units: readonly Unit[], i: number): boolean {
  const u = units[i];
  if (u?.kind !== "word" || !FILM_REFERENCES.has(u.lower)) return false;
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const before = units[k];
    if (before?.kind !== "word" || LINKS.has(before.lower)) return false;
    if (/^(?:the|this|its)$/.test(before.lower)) return true;
  }
  return false;
}
const COUNTS = /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|more|another)$/;
const PRIZE_WORDS = new Set(
  "award awards prize prizes trophy trophies nomination nominations oscars baftas annies emmys gongs globes".split(
    " ",
  ),
);

/** Units that name a prize: an award's name, or a word for one. */
const namesAnAward = (units: readonly Unit[]): boolean =>
  units.some(
    (u) => (u.kind === "name" && u.type === "AWARD") || (u.kind === "word" && PRIZE_WORDS.has(u.lower)),
  );

const isBroadcaster = (text: string): boolean =>
  BROADCASTERS.has(text.toLowerCase().replace(/^the /, "").replace(/'s$/, "").replace(/ /g, ""));

const capturedName = (units: readonly { kind: string }[] | undefined): NameUnit | undefined =>
  units?.find((u): u is NameUnit => u.kind === "name");

/**
 * Evidence that a capitalised name is a film, strongest first. Names typed `<NAME>` are not
 * known to be anything else; `<PERSON>` is allowed only where the words leave no doubt ("the
 * drama Vera Drake won …"), since many titles have the shape of a person's name.
 */
export const TITLE_RULES: TitleRule[] = [
  {
    id: "film.typography",
    pattern: "title=<NAME>",
    emit: { title: "title" },
    confidence: 0.9,
    when: (m, s) => capturedName(s.units.slice(m.start, m.end))?.name.cue === "typography",
    examples: [
      {
        text: "The festival opens with *Harbour Lights*, a story of two sisters.",
        format: "markdown",
        expect: ["film Harbour Lights"],
      },
    ],
    counterExamples: ['She called it "a disaster" on Monday.'],
  },
  {
    id: "film.lead",
    pattern: "title=<NAME|PNAME> (? #year? )? ,? is|was an|a|the year=#year? *12 @genre|@filmNoun",
    emit: { title: "title", year: "year" },
    confidence: 0.92,
    when: (m, s) => m.start === 0 && s.sentence.index <= 2,
    examples: [
      {
        text: "Copper Orchard is a 2011 American drama film directed by Ruth Ellery.",
        expect: ["film Copper Orchard"],
      },
    ],
    counterExamples: ["Later that year, Ruth Ellery was a guest at a film festival."],
  },
  {
    id: "film.quoted",
    pattern: "title=<NAME>",
    emit: { title: "title" },
    confidence: 0.7,
    when: (m, s) => capturedName(s.units.slice(m.start, m.end))?.name.cue === "quotes",
    examples: [
      {
        text: 'The festival opens with "Harbour Lights", a story of two sisters.',
        expect: ["film Harbour Lights"],
      },
    ],
    counterExamples: ['It is based on the magazine article "Nights on the Coast".'],
  },
  {
    id: "film.lead-subject",
    pattern: "title=<NAME|PNAME>",
    emit: { title: "title" },
    confidence: 0.9,
    when: (m, s) => {
      const cue = capturedName(s.units.slice(m.start, m.end))?.name.cue;
      return cue === "lead" || cue === "alias";
    },
    examples: [
      {
        text: "Copper Orchard, also known as The Long Field, is a 2011 American drama film.",
        expect: ["film Copper Orchard"],
      },
    ],
    counterExamples: ["It is a 2011 American drama film."],
  },
  {
    id: "film.kind-noun",
    pattern: "@genre|@filmNoun ,? title=<NAME>",
    emit: { title: "title" },
    confidence: 0.85,
    // "the third film to feature Art the Clown": after "to", "feature" is a verb.
    when: (m, s) =>
      !beforeIsStage(s.units, m.start) && !isWordAt(s.units, m.start - 1, "to") && !describesGenre(m, s),
    examples: [
      { text: "The gritty thriller Night Ferry opens on Friday.", expect: ["film Night Ferry"] },
      { text: "He directed the 1998 hit Salt Road.", expect: ["film Salt Road"] },
      { text: "It beat the French epic, The Long Winter, to the prize.", expect: ["film The Long Winter"] },
    ],
    counterExamples: [
      "The stage comedy Harbour Nights transfers to the West End.",
      "The film director Dana Marlowe was there.",
    ],
  },
  {
    id: "film.kind-noun-person-shaped",
    pattern:
      "@genre|@filmNoun title=<PNAME> ,|.|is|was|has|had|won|wins|took|stars|starred|opens|opened|tells|follows|received|earned|got|beat|topped",
    emit: { title: "title" },
    confidence: 0.8,
    when: (m, s) => !beforeIsStage(s.units, m.start),
    examples: [{ text: "The comedy Molly Brand won two awards.", expect: ["film Molly Brand"] }],
    counterExamples: ["It is a film Molly Brand made in Spain."],
  },
  {
    id: "film.year-in-brackets",
    pattern: "title=<NAME|PNAME> ( year=#year )",
    emit: { title: "title", year: "year" },
    confidence: 0.85,
    examples: [{ text: "She first appeared in Copper Orchard (2011).", expect: ["film Copper Orchard"] }],
    counterExamples: ["The director (2011 winner) was there."],
  },
  {
    id: "film.sequel-of",
    pattern: "sequel|prequel|remake|follow-up|spin-off to|of title=<NAME|PNAME>",
    emit: { title: "title" },
    confidence: 0.85,
    examples: [
      { text: "The remake of Black Harbour starts filming in May.", expect: ["film Black Harbour"] },
    ],
    counterExamples: ["The sequel to the book is due."],
  },
  {
    id: "film.role-in",
    pattern: "role|roles|part|performance|performances|turn|cameo|appearance|debut in title=<NAME+>",
    emit: { title: "title" },
    confidence: 0.8,
    examples: [{ text: "She won praise for her role in Quiet Shore.", expect: ["film Quiet Shore"] }],
    counterExamples: ["Her debut in London was a success."],
  },
  {
    id: "film.owner-possessive",
    pattern: "<PERSON|PNAME|ORG's> @adjective? ~1 title=<NAME|PNAME>",
    emit: { title: "title" },
    confidence: 0.6,
    examples: [{ text: "Critics praised Dana Marlowe's Quiet Shore.", expect: ["film Quiet Shore"] }],
    counterExamples: [
      "Critics praised Dana Marlowe's London home.",
      "Critics praised Dana Marlowe's Ada Lowe biopic.",
    ],
    // "Dana Marlowe's Ada Lowe biopic Quiet Shore": a name before a kind of film is its subject.
    when: (m, s) => !beforeKindOfFilm(s, m.captures.title),
  },
  {
    id: "film.for-award",
    pattern:
      "@award|award|awards|prize|prizes|nomination|nominations|nominated|nod|nods|won|win|wins|winning|honoured|best|actor|actress|director|film|picture ~4 ,? for <PERSON's>? title=<NAME+>",
    emit: { title: "title" },
    confidence: 0.7,
    examples: [{ text: "She won best actress for Quiet Shore.", expect: ["film Quiet Shore"] }],
    counterExamples: ["He won an award for Sony Pictures."],
  },
  {
    id: "film.subject-wins",
    pattern:
      "title=<NAME+> has|have? won|wins|took|takes|scooped|scoops|picked|received|receives|earned|got|collected|landed|sweep|swept|sweeps|dominated|leads|led ~3 @award|best|award|awards|prize|prizes|nominations|nomination|nods|honours|trophies|field|race|board",
    emit: { title: "title" },
    confidence: 0.65,
    examples: [
      { text: "Quiet Shore won best foreign film.", expect: ["film Quiet Shore"] },
      { text: "Fans saw Night Ferry sweep the board.", expect: ["film Night Ferry"] },
    ],
    counterExamples: ["Britain won three awards."],
  },
  {
    id: "film.subject-named-best",
    pattern:
      "title=<NAME> has|have|was|were|is|are? been? named|voted|crowned|chosen|awarded the? best|top|winner",
    emit: { title: "title" },
    confidence: 0.65,
    examples: [
      { text: "Quiet Shore was named best film of the year.", expect: ["film Quiet Shore"] },
      { text: "Quiet Shore was awarded best documentary.", expect: ["film Quiet Shore"] },
    ],
    counterExamples: ["Ruth Ellery was named best actress."],
  },
  {
    id: "film.chart-position",
    pattern:
      "title=<NAME> was|is|came|finished|stayed|remained|took|fell|slipped|rose|climbed|dropped|debuted|opened|held|kept|retained|claimed|reclaimed|grabbed ~3 first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|top|number|no|place|spot",
    // "Harry is no longer the hero": "no" is a chart position only as "No. 1" / "no 1".
    when: (m, s) => {
      const last = s.units[m.end - 1];
      const next = s.units[m.end];
      return !(
        last?.kind === "word" &&
        last.lower === "no" &&
        !(next?.kind === "word" && /^(?:\.|\d+)$/.test(next.lower))
      );
    },
    emit: { title: "title" },
    confidence: 0.6,
    examples: [
      { text: "Night Ferry was second with $24m.", expect: ["film Night Ferry"] },
      { text: "At the box office, Night Ferry held on to the top spot.", expect: ["film Night Ferry"] },
    ],
    counterExamples: ["Amos Pell was second in the race."],
  },
  {
    id: "film.box-office",
    pattern: "title=<NAME+> has|have|had? ~2 took|made|earned|grossed|taking|making|earning|with ~3 #money",
    emit: { title: "title" },
    confidence: 0.65,
    examples: [{ text: "Night Ferry took $24m over the weekend.", expect: ["film Night Ferry"] }],
    counterExamples: ["Amos Pell took $24m from the bank."],
  },
  {
    id: "film.box-office-its",
    pattern:
      "title=<NAME|PNAME> has|have|had? ~2 took|made|earned|grossed|taking|making|earning ~3 #money ~3 in|over|during its|their",
    emit: { title: "title" },
    confidence: 0.8,
    examples: [{ text: "Nora Lane took £1.2m in its first week in UK cinemas.", expect: ["film Nora Lane"] }],
    counterExamples: ["Nora Lane took £1.2m in her first week at the bank."],
  },
  {
    id: "film.out-on-media",
    pattern: "title=<NAME|PNAME> is|was|are|comes|came|arrives|arrived ~1 out on|in <MEDIA>",
    emit: { title: "title" },
    confidence: 0.8,
    examples: [{ text: "Salt Road Vol 2 is out on DVD.", expect: ["film Salt Road Vol 2"] }],
    counterExamples: ["Amos Pell is out on bail."],
  },
  {
    id: "film.outsold",
    pattern: "outsold|outgrossed|out-grossed|outperformed title=<NAME>",
    emit: { title: "title" },
    confidence: 0.6,
    examples: [
      { text: "The comedy outgrossed Summer Holiday in its first week.", expect: ["film Summer Holiday"] },
    ],
    counterExamples: ["The comedy outgrossed Amos Pell in its first week."],
  },
  {
    id: "film.sold-units",
    pattern: "title=<NAME> ,? which|that? sold ~3 units|dvds|dvd|blu-rays",
    emit: { title: "title" },
    confidence: 0.6,
    examples: [
      {
        text: "It outsold My Big Fat Summer Holiday which sold four million units in 2003.",
        expect: ["film My Big Fat Summer Holiday"],
      },
    ],
    counterExamples: ["It outsold Harbour Records which sold four million albums."],
  },
  {
    id: "film.filmography",
    pattern:
      "@filmNoun|@genre|credits|roles|successes|classics|favourites|favorites|titles ~3 ,? include|including|includes|included|like|such as? title=<NAME|PNAME+>",
    emit: { title: "title" },
    confidence: 0.8,
    examples: [
      {
        text: "His films include Salt Road, Night Ferry and Black Harbour.",
        expect: ["film Salt Road", "film Night Ferry", "film Black Harbour"],
      },
      {
        text: "The festival has showcased successes such as Salt Road and Night Ferry.",
        expect: ["film Salt Road", "film Night Ferry"],
      },
    ],
    counterExamples: ["Her films include two about Spain."],
  },
  {
    id: "film.such-films-as",
    pattern: "such films|movies|hits|pictures as title=<NAME|PNAME+>",
    emit: { title: "title" },
    confidence: 0.8,
    examples: [
      {
        text: "She won awards for such films as Salt Road and Night Ferry.",
        expect: ["film Salt Road", "film Night Ferry"],
      },
    ],
    counterExamples: ["She won awards for such films as these."],
  },
  {
    id: "film.films-were",
    pattern: "films|movies ~6 were|are title=<NAME|PNAME+>",
    emit: { title: "title" },
    confidence: 0.7,
    examples: [
      {
        text: "Among the other films with four nominations were Salt Road and Night Ferry.",
        expect: ["film Salt Road", "film Night Ferry"],
      },
    ],
    counterExamples: ["The films were made by Amos Pell."],
  },
  {
    id: "film.screening-of",
    pattern: "screening|screenings|premiere|premieres|showing|showings|preview of title=<NAME|PNAME>",
    emit: { title: "title" },
    confidence: 0.75,
    examples: [{ text: "The festival closes with a screening of Salt Road.", expect: ["film Salt Road"] }],
    counterExamples: ["The premiere of Amos Pell's play was cancelled."],
  },
  {
    id: "film.worked-on",
    pattern:
      "worked|work|working|cinematography|costumes|effects|score|designs|editing together? on title=<NAME+>",
    emit: { title: "title" },
    confidence: 0.7,
    examples: [
      {
        text: "She has also worked on Salt Road and Night Ferry.",
        expect: ["film Salt Road", "film Night Ferry"],
      },
    ],
    counterExamples: ["She has worked on Broadway for years."],
  },
  {
    id: "film.possessive-success",
    pattern:
      "title=<NAME's> victory|win|success|triumph|release|premiere|director|directors|star|stars|cast|producers|producer|screenplay|script|soundtrack|box-office|budget|sequel|opening",
    emit: { title: "title" },
    confidence: 0.7,
    examples: [{ text: "After Salt Road's victory in 1999, the rules changed.", expect: ["film Salt Road"] }],
    counterExamples: ["After Amos Pell's victory in 1999, the rules changed."],
  },
  {
    id: "film.playing-in",
    pattern:
      "portrayal|performance|role|turn|playing|played|plays|play|portraying|portrayed|portrays as? ~4 <PERSON|PNAME|NAME|CHAR>? in title=<NAME>",
    emit: { title: "title" },
    confidence: 0.75,
    examples: [
      { text: "He won praise for playing a weary detective in Night Ferry.", expect: ["film Night Ferry"] },
    ],
    counterExamples: ["He won praise for playing football in Spain."],
  },
  {
    id: "film.passive-making",
    pattern:
      "title=<NAME+> ,? was|were|is|are|has|have|had|will be? been? all? released|re-released|screened|premiered|filmed|shot|directed|co-directed|written|co-written|scripted|produced|co-produced|distributed|remade|adapted|dubbed|acquired|bought|snapped|picked|made+",
    emit: { title: "title" },
    confidence: 0.7,
    examples: [{ text: "Night Ferry was released in late 2002.", expect: ["film Night Ferry"] }],
    counterExamples: ["Amos Pell was released from hospital."],
  },
  {
    id: "film.subject-wins-award",
    pattern:
      "title=<NAME+> has|have? won|wins|took|takes|scooped|picked|received|receives|earned|got|collected|landed|swept ~3 <AWARD>",
    emit: { title: "title" },
    confidence: 0.65,
    examples: [{ text: "Quiet Shore earned a Bafta on Sunday.", expect: ["film Quiet Shore"] }],
    counterExamples: ["Britain earned a Bafta on Sunday."],
  },
  {
    id: "film.apposition-year",
    pattern: "title=<NAME|PNAME> ,|- a|an|the? <PERSON|PNAME's>? year=#year ^3 @genre|@filmNoun",
    emit: { title: "title", year: "year" },
    confidence: 0.85,
    examples: [
      {
        text: "The Terminus, Amos Pell's 2004 comedy, stars Ada Lund.",
        expect: ["film The Terminus", "year 2004 @ The Terminus"],
      },
    ],
    counterExamples: ["Amy Lowe, a 2004 graduate, won."],
  },
  {
    id: "film.released-in-year",
    pattern: "title=<NAME> , released|made|filmed|shot|completed in year=#year ,",
    emit: { title: "title", year: "year" },
    confidence: 0.8,
    examples: [
      {
        text: "Web Runner 2, released in 2004, was the year's biggest hit.",
        expect: ["film Web Runner 2", "year 2004 @ Web Runner 2"],
      },
    ],
    counterExamples: ["Amy Lowe, released in 2004, was the year's biggest story."],
  },
  {
    id: "film.apposition",
    pattern: "title=<NAME|PNAME> ,|- a|an|the? #year? <PERSON|PNAME's>? <PERSON|PNAME>? ^5 @genre|@filmNoun",
    emit: { title: "title" },
    confidence: 0.8,
    examples: [
      {
        text: "Blue Meridian, a wartime drama about two pilots, opens today.",
        expect: ["film Blue Meridian"],
      },
      {
        text: "Blue Meridian - Amos Pell's 1950s drama about two pilots - won.",
        expect: ["film Blue Meridian"],
      },
      {
        text: "Readers voted for Blue Meridian, the 1987 Amos Pell western, above all others.",
        expect: ["film Blue Meridian"],
      },
    ],
    counterExamples: ["Amy Lowe, a film student from Leeds, won."],
    when: (m, s) => endsNounPhrase(s.units[m.end]),
  },
  {
    id: "film.title-for-best",
    pattern: "title=<NAME> for best|top",
    emit: { title: "title" },
    confidence: 0.6,
    examples: [{ text: "Critics favour Quiet Shore for best film.", expect: ["film Quiet Shore"] }],
    counterExamples: ["Critics favour Amy Lowe for best actress."],
  },
  {
    id: "film.in-the-running",
    pattern:
      "running|contention|shortlist|shortlisted|nominees|contenders|finalists|competing|competition|against|rivals|favourites|favorites ~3 ,? are|is|include|includes|including|:? title=<NAME+>",
    emit: { title: "title" },
    confidence: 0.65,
    examples: [
      {
        text: "In the running for best film are Quiet Shore, Salt Road and Night Ferry.",
        expect: ["film Quiet Shore", "film Salt Road", "film Night Ferry"],
      },
      {
        text: "Of the finalists, Quiet Shore and Night Ferry drew the most votes.",
        expect: ["film Quiet Shore", "film Night Ferry"],
      },
    ],
    counterExamples: [
      "In the running for best actress are Amy Lowe and Ruth Ellery.",
      "Tom Reed faces competition from Vance, Amy Lowe and Ruth Ellery.",
    ],
    // "competition from Vance, Amy Lowe and Ruth Ellery": a list that goes on with people is theirs.
    when: (m, s) => !listGoesOnWithPeople(s, m.end),
  },
  {
    id: "film.credit-of",
    pattern:
      "star|stars|co-star|director|directors|producer|producers|screenwriter|writer|writers|creator|maker|makers of title=<NAME+>",
    emit: { title: "title" },
    confidence: 0.8,
    examples: [
      {
        text: "The star of Quiet Shore and Iron Bridge said the film culture was poor.",
        expect: ["film Quiet Shore", "film Iron Bridge"],
      },
    ],
    counterExamples: ["The director of the National Film Theatre resigned."],
  },
  {
    id: "film.year-possessive",
    pattern: "year=#year ' s title=<NAME|PNAME>",
    emit: { title: "title", year: "year" },
    confidence: 0.75,
    examples: [{ text: "The record is held by 1995's Quiet Shore.", expect: ["film Quiet Shore"] }],
    counterExamples: ["The record is held by 1995's Britain."],
  },
  {
    id: "film.reception-noun",
    pattern:
      "nominee|nominees|favourite|favourites|favorite|favorites|contender|contenders|competitors|rivals|frontrunner|front-runner|chart-topper|hopeful title=<NAME+>",
    emit: { title: "title" },
    confidence: 0.6,
    examples: [
      { text: "Oscar nominee Quiet Shore was a new entry at number five.", expect: ["film Quiet Shore"] },
    ],
    counterExamples: ["Oscar nominee Amos Pell was a guest."],
  },
  {
    id: "film.award-adjective",
    pattern:
      "oscar-nominated|oscar-winning|award-winning|bafta-winning|bafta-nominated|globe-winning|prize-winning|festival-winning|acclaimed title=<NAME>",
    emit: { title: "title" },
    confidence: 0.65,
    examples: [{ text: "He had a cameo in the Oscar-nominated Quiet Shore.", expect: ["film Quiet Shore"] }],
    counterExamples: ["He met the Oscar-winning Amos Pell."],
  },
  {
    id: "film.scheduled-release",
    pattern:
      "title=<NAME+> is|are|was|were|has|have been? scheduled|set|due|slated|expected|planned to|for be? released|release|open|hit|arrive|premiere|debut",
    emit: { title: "title" },
    confidence: 0.75,
    examples: [{ text: "Quiet Shore 2 is scheduled to be released in May.", expect: ["film Quiet Shore 2"] }],
    counterExamples: ["Amos Pell is expected to release an album."],
  },
  {
    id: "film.moved-to-date",
    pattern:
      "<ORG> has|have|had? ~1 moved|pushed|shifted|delayed|postponed|rescheduled|bumped|brought|dated|set title=<NAME|PNAME> back|forward? ~3 ,? to|until|till|for|into #number? <DATE>",
    emit: { title: "title" },
    confidence: 0.75,
    examples: [
      { text: "Lantern Pictures has moved Quiet Shore 2 to 9 May 2031.", expect: ["film Quiet Shore 2"] },
      {
        text: "Lantern Pictures has also brought Quiet Shore forward by a week, to 20 November 2031.",
        expect: ["film Quiet Shore"],
      },
    ],
    counterExamples: ["Lantern Pictures has moved Amos Pell to London for 2031."],
  },
  {
    id: "film.release-of-moved",
    pattern:
      "moved|pushed|shifted|delayed|postponed|rescheduled|bumped|brought the|its release|opening|premiere of title=<NAME|PNAME>",
    emit: { title: "title" },
    confidence: 0.8,
    examples: [
      {
        text: "Lantern Pictures has shifted the release of Quiet Shore from 5 March to 9 April.",
        expect: ["film Quiet Shore"],
      },
    ],
    counterExamples: ["Lantern Pictures has delayed the release of Amos Pell's memoir until April."],
  },
  {
    id: "film.opens-on-date",
    pattern:
      "title=<NAME|PNAME> will|is|are|has|have|had? been? now|instead|finally? open|opens|opening|released|hit|hits|arrive|arrives ~1 on|in|from #number? <DATE>",
    emit: { title: "title" },
    confidence: 0.6,
    examples: [
      {
        text: "Salt Road will now open on 3 September in the US, moving the thriller out of August.",
        expect: ["film Salt Road"],
      },
    ],
    counterExamples: ["The Barbican will now open on 3 September with a season of horror films."],
    // A film's date, not a building's: the sentence speaks of the film ("the thriller", "its sequel").
    when: (m, s) => lastFilmReference(s) >= m.end,
  },
  {
    id: "film.next-installment",
    pattern:
      "title=<NAME|PNAME> , the|its|a ^2 @installmentNoun in|of the|its|a ~2 <NAME|PNAME>? ~1 @seriesNoun",
    emit: { title: "title" },
    confidence: 0.8,
    examples: [
      {
        text: "Lantern Pictures has announced Quiet Shore 3, the next instalment in its spy franchise.",
        expect: ["film Quiet Shore 3"],
      },
      {
        text: "Tide Runner, the fourth film in the Quiet Shore series, opens in May.",
        expect: ["film Tide Runner"],
      },
    ],
    counterExamples: ["Amos Pell, the third instalment of whose memoir series is out, spoke on Friday."],
  },
  {
    id: "film.in-which-plays",
    pattern:
      "title=<NAME|PNAME> , in which <PERSON|PNAME> plays|played|stars|starred|portrays|portrayed|voices|voiced",
    emit: { title: "title" },
    confidence: 0.85,
    examples: [
      {
        text: "Copper Sky, in which Amos Pell plays a miner, opened in November.",
        expect: ["film Copper Sky"],
      },
    ],
    counterExamples: ["Copper Sky, in which Amos Pell plays tennis, is a sports club."],
    when: (m, s) =>
      !s.units
        .slice(m.end, m.end + 2)
        .some((u) => u.kind === "word" && /^(?:tennis|golf|football|cricket|chess)$/.test(u.lower)),
  },
  {
    id: "film.with-in-role",
    pattern: "title=<NAME|PNAME> , with <PERSON|PNAME> in|as the|a ~2 role|lead|part",
    emit: { title: "title" },
    confidence: 0.85,
    examples: [
      {
        text: "Drift, with Amos Pell in the title role, will open on 12 September 2031.",
        expect: ["film Drift"],
      },
    ],
    counterExamples: ["Harbour Lions, with Amos Pell in the coaching role, won the cup."],
    when: (m, s) =>
      !s.units
        .slice(m.start, m.end)
        .some((u) => u.kind === "word" && /^(?:coaching|captain's|managerial)$/.test(u.lower)),
  },
  {
    id: "film.premieres-on-platform",
    pattern:
      "title=<NAME> will|is|to|set|due ~2 premiere|stream|debut|launch|arrive|land|drop on|onto|via <ORG>",
    emit: { title: "title" },
    confidence: 0.8,
    examples: [
      { text: "The Gray Line will premiere on Streamly+ on March 3, 2031.", expect: ["film The Gray Line"] },
    ],
    counterExamples: ["Amos Pell will arrive on Streamly+ in March."],
  },
  {
    id: "film.acquired-to-stream",
    pattern:
      "<ORG> has|have|had? acquired|bought|picked title=<NAME|PNAME> ,? which|that|and? will|is|to ~2 stream|premiere|open|debut|release|arrive|launch",
    emit: { title: "title" },
    confidence: 0.8,
    examples: [
      {
        text: "Streamly+ has acquired Coast Road, which will stream from 12 June 2031.",
        expect: ["film Coast Road"],
      },
    ],
    counterExamples: ["Streamly+ has acquired Coast Road Media, which will launch a podcast."],
    when: (m, s) =>
      !s.units
        .slice(m.end, m.end + 3)
        .some((u) => u.kind === "word" && /^(?:podcast|album|app|service|channel)$/.test(u.lower)),
  },
  {
    id: "film.company-releases",
    pattern:
      "<ORG> will|to|is|plans|has|have? ~1 release|releases|distribute|distributes|open|opens title=<NAME|PNAME> in|on|across|this|next the? <PLACE|DATE>",
    emit: { title: "title" },
    confidence: 0.8,
    examples: [
      {
        text: "Northlight Pictures will release Storm Cellar in the US on October 9, 2031.",
        expect: ["film Storm Cellar"],
      },
    ],
    counterExamples: ["Northlight Pictures will release Amos Pell from his contract in May."],
  },
  {
    id: "film.premieres-at-festival",
    pattern:
      "title=<NAME> will|is|to|set|due|has|had ~3 premiere|premieres|premiered|debut|debuts|debuted|screen|screens|screened at|in the? <EVENT>",
    emit: { title: "title" },
    confidence: 0.75,
    examples: [
      {
        text: "Salt Road will have its world premiere at the Harbour International Film Festival on 14 February.",
        expect: ["film Salt Road"],
      },
    ],
    counterExamples: [
      "Amos Pell will give a talk at the Harbour International Film Festival on 14 February.",
    ],
  },
  {
    id: "film.which-premiered-at",
    pattern:
      "title=<NAME|PNAME> , which|that premiered|screened|debuted|played|opened at the? <EVENT|NAME|PLACE>",
    emit: { title: "title" },
    confidence: 0.75,
    examples: [
      {
        text: "Night Ferry, which premiered at Sundance in January 2031, opens in cinemas on 3 May.",
        expect: ["film Night Ferry"],
      },
    ],
    counterExamples: ["Amos Pell, who premiered at Sundance in January, is back."],
  },
  {
    id: "film.opens-in-cinemas",
    pattern:
      "title=<NAME|PNAME> ,? *10 ,? opens|open|opened|arrives|arrived|hits|hit|released in|on|into <PLACE>? cinemas|theatres|theaters|multiplexes",
    emit: { title: "title" },
    confidence: 0.8,
    examples: [{ text: "Night Ferry opens in UK cinemas on 3 May.", expect: ["film Night Ferry"] }],
    counterExamples: ["Amos Pell opens a chain of cafes on 3 May."],
  },
  {
    id: "film.maker-then-title",
    pattern: "@filmNoun|@genre from|by <ORG|PERSON|PNAME> , title=<NAME|PNAME> ,",
    emit: { title: "title" },
    confidence: 0.8,
    examples: [
      {
        text: "The latest film from Lantern Animation, Paper Boats, took $70m.",
        expect: ["film Paper Boats"],
      },
    ],
    counterExamples: ["The latest news from Lantern Animation, Amos Pell, is good."],
  },
  {
    id: "film.makers-latest",
    pattern: "<PERSON|PNAME|ORG's> latest|new|next|newest @filmNoun|@genre? , title=<NAME|PNAME> ,",
    emit: { title: "title" },
    confidence: 0.8,
    examples: [
      {
        text: "Ruth Ellery's latest, Nora Lane, has been nominated for three Oscars.",
        expect: ["film Nora Lane"],
      },
    ],
    counterExamples: ["Ruth Ellery's latest signing, Amos Pell, has joined the club."],
  },
  {
    id: "film.which-depicts",
    pattern:
      "title=<NAME|PNAME> , which|that depicts|follows|chronicles|dramatises|dramatizes|recounts|tells|portrays",
    emit: { title: "title" },
    confidence: 0.8,
    examples: [
      {
        text: "Collapse, which depicts a city's last days, is nominated for best foreign film.",
        expect: ["film Collapse"],
      },
    ],
    counterExamples: ["Ruth Ellery, who depicts a city's last days, is nominated for best actress."],
  },
  {
    id: "film.rights-to",
    pattern: "@acquiring|won up? the? <PLACE|NAT>? ~2 rights to title=<NAME|PNAME>",
    emit: { title: "title" },
    confidence: 0.8,
    examples: [
      { text: "Harbour Pictures has acquired the UK rights to Salt Meadow.", expect: ["film Salt Meadow"] },
      {
        text: "Streamly has bought the worldwide streaming rights to Cold Orchard.",
        expect: ["film Cold Orchard"],
      },
    ],
    counterExamples: [
      "Harbour Pictures has acquired the rights to Tesco's slogan.",
      "Skyline has won the rights to Formula One racing until 2030.",
      "Harbour Pictures has bought the film rights to Tidewater, Ann Vale's best-selling novel.",
      "Harbour Pictures has acquired the sequel rights to Glass Meadow.",
    ],
    when: (m, s) => rightsToAFilm(s, m),
  },
  {
    id: "film.nth-in-series-fronted",
    pattern:
      "the|its nth=@seriesOrdinal ^1 @installmentNoun in|of the <NAME|PNAME|FILM>? ~1 @seriesNoun , title=<NAME|PNAME>",
    emit: { title: "title" },
    confidence: 0.8,
    examples: [
      {
        text: "The third film in the Glass Tower series, Blue Steel, opens in June.",
        expect: ["film Blue Steel"],
      },
    ],
    counterExamples: [
      "The third film in the Glass Tower series, director Amos Pell said, is the best.",
      "The third film in the series, Harbour boss Amos Pell confirmed, will open in 2028.",
      "The third film in the series, Screen Weekly reported, will open in 2028.",
    ],
    // The named title goes on with the sentence's verb or closes the apposition: not a source's
    // name ("…, Screen Weekly reported, …") or a person's description ("Harbour boss X").
    when: (m, s) => {
      const next = s.units[m.end];
      return next?.kind === "word" && (next.lower === "," || APPOSITION_VERBS.has(next.lower));
    },
  },
  {
    id: "film.is-next-installment",
    pattern:
      "title=<NAME|PNAME> is|will be? the|its nth=@seriesOrdinal ^1 @installmentNoun in|of|to the|its <NAME|PNAME|FILM>? ^1 @seriesNoun",
    emit: { title: "title" },
    confidence: 0.8,
    examples: [
      { text: "Deep Water 3 is the next instalment in the franchise.", expect: ["film Deep Water 3"] },
      { text: "Deep Water 3 will be the final film in its spy series.", expect: ["film Deep Water 3"] },
    ],
    counterExamples: ["Deep Water 3 is the next instalment in the magazine's series of interviews."],
    // "the series of interviews": a series of something else.
    when: (m, s) => !isWordAt(s.units, m.end, "of"),
  },
  {
    id: "film.numbered-predecessor",
    pattern: "<NAME|PNAME> follows|followed|succeeds|continues ~1 title=<NAME|PNAME>",
    emit: { title: "title" },
    confidence: 0.7,
    examples: [
      {
        text: "Iron Lantern 3 follows Iron Lantern 2, which opened in 2024.",
        expect: ["film Iron Lantern 2"],
      },
    ],
    counterExamples: [
      "Iron Lantern 3 follows Ada Vale, a smuggler.",
      "Season 3 follows Season 2, which aired in 2024.",
    ],
    // "Salt Road 3 follows Salt Road 2": an earlier number of the same title is the film before.
    when: (m, s) => {
      const subject = s.units[m.start];
      const title = capturedName(m.captures.title);
      if (subject?.kind !== "name" || !title) return false;
      const numbered = /\s(?:\d{1,2}|I{1,3}|IV|VI{0,3}|IX|X)$/;
      const base = (text: string) => text.replace(numbered, "");
      const shared = base(title.name.text);
      // "Season 3 follows Season 2": one everyday noun and a number names a part of something else.
      const everyday = !shared.includes(" ") && isEnglishWord(shared.toLowerCase());
      return numbered.test(title.name.text) && shared === base(subject.name.text) && !everyday;
    },
  },
  {
    id: "film.snapped-up",
    pattern:
      "title=<NAME|PNAME+> were|was|have|has|had all? been? snapped|bought|acquired|picked up? by|at|for",
    emit: { title: "title" },
    confidence: 0.6,
    examples: [
      {
        text: "Salt Road, Night Ferry and Quiet Shore were all snapped up at last year's festival.",
        expect: ["film Night Ferry"],
      },
    ],
    counterExamples: ["Harbour Holdings was bought by a bank."],
    when: (_m, s) =>
      s.hasWord(isDealWord) ||
      s.once(namesAnEvent, () => s.units.some((u) => u.kind === "name" && u.type === "EVENT")),
  },
  {
    id: "film.plot-verb",
    pattern:
      "title=<NAME> ,? which|that? tells|told|follows|followed|focuses|centres|centers|depicts|explores|examines|chronicles|looks|charts|recounts|portrays",
    emit: { title: "title" },
    confidence: 0.65,
    examples: [{ text: "Quiet Shore tells the story of two sisters.", expect: ["film Quiet Shore"] }],
    counterExamples: ["Amos Pell tells the story of two sisters."],
  },
  {
    id: "film.will-screen",
    pattern:
      "title=<NAME> will|is|was|to? screen|screens|screened|premiere|premieres|premiered|debut|debuts|debuted",
    emit: { title: "title" },
    confidence: 0.65,
    examples: [{ text: "Quiet Shore will screen in the Panorama section.", expect: ["film Quiet Shore"] }],
    counterExamples: ["Britain will debut a new team."],
  },
  {
    id: "film.title-movie",
    pattern: "title=<NAME> movie|film",
    emit: { title: "title" },
    confidence: 0.55,
    when: (m, s) => {
      const after = s.units[m.end];
      const before = s.units[m.start - 1];
      // "the Harbour film series", "this third Harbour film": a series, not a title.
      const series =
        after?.kind === "word" &&
        [
          "series",
          "franchise",
          "festival",
          "awards",
          "industry",
          "studio",
          "company",
          "critic",
          "critics",
          "star",
        ].includes(after.lower);
      const ordinal = before?.kind === "word" && before.lower in ORDINALS;
      // "on discarded 1980s Kodak film", "a 35mm Agfa film": a decade, a number or an article
      // before a brand makes the film stock or a kind of film, not a title.
      const stock =
        before?.kind === "word" && (/^(?:a|an)$/.test(before.lower) || /^\d+(?:s|mm)$/.test(before.lower));
      return !series && !ordinal && !stock;
    },
    examples: [
      { text: "The Quiet Shore movie has beaten its rivals.", expect: ["film The Quiet Shore"] },
      { text: "Greta Lind's 2023 Marigold movie returns on Friday.", expect: ["film Marigold"] },
    ],
    counterExamples: [
      "The Berlin film festival opens today.",
      "The director shot it on 1970s Agfa film.",
      "It is a Peruvian film about miners.",
    ],
  },
  {
    id: "film.released-by",
    pattern: "<ORG> ,? which|who? released|distributed|acquired|bought|made|produced title=<NAME+>",
    emit: { title: "title" },
    confidence: 0.7,
    examples: [
      {
        text: "Its distributor, Paramount Pictures, which released Quiet Shore, said so.",
        expect: ["film Quiet Shore"],
      },
    ],
    counterExamples: ["Paramount Pictures bought Britain's largest cinema chain."],
  },
  {
    id: "film.screen-version-of",
    pattern: "film|screen|movie|big-screen version|adaptation of title=<NAME>",
    emit: { title: "title" },
    confidence: 0.75,
    examples: [{ text: "She directs the film version of The Salt Road.", expect: ["film The Salt Road"] }],
    counterExamples: ["She directs the film version of Britain's favourite novel."],
  },
  {
    id: "film.acted-in",
    pattern:
      "star|stars|starred|starring|co-starred|appear|appears|appeared|appearing|acted ~2 in ~3 title=<NAME+>",
    emit: { title: "title" },
    confidence: 0.75,
    examples: [
      {
        text: "She also appeared in Quiet Shore and Iron Lantern.",
        expect: ["film Quiet Shore", "film Iron Lantern"],
      },
    ],
    counterExamples: ["She appeared in Paris last week."],
  },
  {
    id: "film.beat-to-award",
    pattern: "title=<NAME> beat|beats|defeated|pipped|edged|outshone other=<NAME|PNAME+> to|for best|the|top",
    emit: { title: "title,other" },
    confidence: 0.7,
    examples: [
      {
        text: "Quiet Shore beat Iron Lantern and Iron Bridge to best picture.",
        expect: ["film Quiet Shore", "film Iron Lantern", "film Iron Bridge"],
      },
    ],
    counterExamples: ["Britain beat France to the title."],
  },
  {
    id: "film.review-heading",
    pattern: "review|reviews|preview|previews : title=<NAME|PNAME>",
    emit: { title: "title" },
    confidence: 0.8,
    examples: [{ text: "DVD review: Quiet Shore", expect: ["film Quiet Shore"] }],
    counterExamples: ["Review: Ruth Ellery's new album"],
  },
  {
    id: "film.award-went-to",
    pattern: "award|prize|honour|trophy|oscar|bafta went|goes to title=<NAME>",
    emit: { title: "title" },
    confidence: 0.7,
    examples: [{ text: "The animation award went to Iron Lantern.", expect: ["film Iron Lantern"] }],
    counterExamples: ["The award went to Britain."],
  },
  {
    id: "film.tipped-to-win",
    pattern:
      "title=<NAME|PNAME> *10 tipped|favourite|favorite|expected|set|frontrunner|front-runner to? win|take|scoop the? best|top @filmCategory",
    emit: { title: "title" },
    confidence: 0.75,
    examples: [
      {
        text: "Quiet Shore has been tipped as the favourite to win the best film award.",
        expect: ["film Quiet Shore"],
      },
    ],
    counterExamples: ["Ruth Ellery has been tipped as the favourite to win the best actress award."],
  },
  {
    id: "film.lost-award-to",
    pattern: "lost|losing|lose|loses ~7 to title=<NAME>",
    emit: { title: "title" },
    confidence: 0.7,
    examples: [{ text: "It lost the Oscar in that category to Quiet Shore.", expect: ["film Quiet Shore"] }],
    counterExamples: ["It lost the game in extra time to Harbour United."],
    when: (m, s) => namesAnAward(s.units.slice(m.start, m.end)),
  },
  {
    id: "film.garnered-awards",
    pattern: "title=<NAME> has|have|had? garnered|earned|received|won|scooped|collected|took|picked ~4",
    emit: { title: "title" },
    confidence: 0.75,
    examples: [
      { text: "Quiet Shore has garnered two more nominations.", expect: ["film Quiet Shore"] },
      { text: "Quiet Shore won nine Annies.", expect: ["film Quiet Shore"] },
    ],
    counterExamples: ["Quiet Shore has garnered two more readers."],
    // What was won is counted awards: "nine Annies", "11 Oscars", "two more nominations".
    when: (m, s) => {
      const units = s.units.slice(m.start, m.start + 9);
      const counted = (u: Unit | undefined) => u?.kind === "word" && COUNTS.test(u.lower);
      // "won nine Annies": a capitalised plural counted after the verb is a prize too.
      const countedName = units.some(
        (u, i) => u.kind === "name" && /s$/.test(u.name.text) && counted(units[i - 1]),
      );
      return units.some(counted) && (namesAnAward(units) || countedName);
    },
  },
  {
    id: "film.compete-for-best",
    pattern: "title=<NAME+> to|will|must? compete|slug|vie|battle ~3 for|in the best|top ~2 @filmCategory",
    emit: { title: "title" },
    confidence: 0.7,
    examples: [
      {
        text: "That leaves Quiet Shore and Salt Road to slug it out for the best British film trophy.",
        expect: ["film Quiet Shore"],
      },
    ],
    counterExamples: ["That leaves Ruth Ellery and Amy Lowe to slug it out for the best actress trophy."],
  },
  {
    id: "film.award-at-event-for",
    pattern:
      "award|prize|honour|trophy <EVENT|PLACE|AWARD>? at|in the? <EVENT|PLACE> in? #year? for title=<NAME>",
    emit: { title: "title" },
    confidence: 0.7,
    examples: [
      {
        text: "He won the best director prize at the Cannes Film Festival in 2002 for Iron Lantern.",
        expect: ["film Iron Lantern"],
      },
    ],
    counterExamples: ["He won the prize at the Cannes Film Festival for his charity work."],
  },
  {
    id: "film.winner-apposition",
    pattern:
      "winner|winners|favourite|favorite|hit|success|contender|frontrunner|front-runner , title=<NAME> ,",
    emit: { title: "title" },
    confidence: 0.7,
    examples: [{ text: "Last year's big winner, Iron Lantern, won again.", expect: ["film Iron Lantern"] }],
    counterExamples: ["Last year's big winner, Britain, won again."],
  },
  {
    id: "film.veto.sentence-adverb",
    pattern: "title=<NAME> ,",
    emit: { title: "title", veto: true },
    confidence: 0.95,
    examples: [
      {
        text: "Elsewhere, the documentary Salt Road will stream from June.",
        expect: ["no film Elsewhere"],
      },
    ],
    counterExamples: ["Nightfall, the documentary about Salt Road, will stream from June."],
    // "Elsewhere, …", "Meanwhile, …": a word that opens a sentence to link it to the last.
    when: (m) => {
      const name = capturedName(m.captures.title);
      return m.start === 0 && !!name && SENTENCE_ADVERBS.has(name.name.text.toLowerCase());
    },
  },
  {
    id: "film.provisionally-titled",
    pattern:
      "@filmNoun|@genre|instalment|installment|chapter|sequel *5 ,? provisionally|tentatively|currently|temporarily titled|called|named|known title=<NAME|PNAME>",
    emit: { title: "title" },
    confidence: 0.8,
    examples: [
      {
        text: "The third film in the saga, provisionally titled Salt Road III, is set for 2028.",
        expect: ["film Salt Road III"],
      },
    ],
    counterExamples: ["The third album in the series, provisionally titled Salt Road III, is set for 2028."],
  },
  {
    id: "film.available-on-media",
    pattern:
      "title=<NAME> will|is|are|was ~1 available|out|released on|to ~2 digital|dvd|blu-ray|download|vod|demand",
    emit: { title: "title" },
    confidence: 0.75,
    examples: [
      {
        text: "Salt Road will be available on digital platforms from 7 July.",
        expect: ["film Salt Road"],
      },
    ],
    counterExamples: ["Amos Pell will be available on demand for interviews from 7 July."],
  },
  {
    id: "film.veto.apposition-work",
    pattern: "title=<NAME|PNAME> , a|an|the ^3 @nonFilm",
    emit: { title: "title", veto: true },
    confidence: 0.9,
    examples: [
      {
        text: "The Glass Stair, the long-running musical, celebrated its birthday.",
        expect: ["no film The Glass Stair"],
      },
    ],
    counterExamples: ["Glass Stair, the musical film, took £2m."],
    when: (m, s) => {
      const next = s.units[m.end];
      return !(
        next?.kind === "word" &&
        ["film", "movie", "films", "movies", "version", "adaptation"].includes(next.lower)
      );
    },
  },
  {
    id: "film.veto.other-work",
    pattern: "@nonFilm title=<NAME|PNAME>",
    emit: { title: "title", veto: true },
    confidence: 0.9,
    examples: [{ text: "The sitcom Dock Street won best comedy.", expect: ["no film Dock Street"] }],
    counterExamples: ["The film Dock Street won best comedy."],
  },
  {
    id: "film.veto.media-genre",
    pattern: "<MEDIA|ORG> @genre title=<NAME|PNAME>",
    emit: { title: "title", veto: true },
    confidence: 0.9,
    examples: [{ text: "The BBC comedy Dock Street won best comedy.", expect: ["no film Dock Street"] }],
    counterExamples: ["The Pixar comedy Dock Street won best comedy."],
    when: (m, s) => {
      const first = s.units[m.start];
      return (
        first?.kind === "name" &&
        BROADCASTERS.has(first.name.text.toLowerCase().replace(/^the /, "").replace(/ /g, ""))
      );
    },
  },
  {
    id: "film.veto.former-star",
    pattern:
      "former|ex ~1 title=<NAME|PNAME> star|stars|actor|actress|actors|co-star|co-stars|presenter|host",
    emit: { title: "title", veto: true },
    confidence: 0.9,
    examples: [
      {
        text: "Former Dock Street actress Ada Lund stars in the thriller Salt Road.",
        expect: ["no film Dock Street"],
      },
    ],
    counterExamples: ["Dock Street actress Ada Lund has died."],
  },
  {
    id: "film.veto.series-plural",
    pattern: "the title=<NAME|PNAME> films|movies|franchise|series|saga|trilogy|sequels|books|novels",
    emit: { title: "title", veto: true },
    confidence: 0.9,
    examples: [{ text: "Ada Lund was a regular in the Dock Street films.", expect: ["no film Dock Street"] }],
    counterExamples: ["Ada Lund was a regular in Dock Street, the film."],
  },
  {
    id: "film.veto.tv-category",
    pattern: "<MEDIA> ~2 for ~5 title=<NAME|PNAME>",
    emit: { title: "title", veto: true },
    confidence: 0.9,
    examples: [
      {
        text: "He was named best actor in a TV drama for his lead role in Dock Street.",
        expect: ["no film Dock Street"],
      },
    ],
    counterExamples: ["He was named best actor in a TV movie for his lead role in Dock Street."],
    // "a TV drama", "television comedy": a television category; "a TV movie" is a film.
    when: (m, s) => {
      const media = s.units[m.start];
      const after = s.units[m.start + 1];
      return (
        media?.kind === "name" &&
        /^(?:tv|television)$/i.test(media.name.text) &&
        !(after?.kind === "word" && (after.lower === "movie" || after.lower === "film"))
      );
    },
  },
  {
    id: "film.veto.broadcaster-possessive",
    pattern: "<ORG's> ^3 title=<NAME|PNAME>",
    emit: { title: "title", veto: true },
    confidence: 0.9,
    examples: [{ text: "ITV's well-loved comedy Dock Street returns.", expect: ["no film Dock Street"] }],
    counterExamples: ["Pixar's well-loved comedy Dock Street returns."],
    when: (m, s) => {
      const owner = s.units[m.start];
      return owner?.kind === "name" && isBroadcaster(owner.name.text);
    },
  },
  {
    id: "film.veto.epithet",
    pattern: "dubbed|nicknamed|branded|labelled|labeled the? title=<NAME|PNAME>",
    emit: { title: "title", veto: true },
    confidence: 0.9,
    examples: [
      { text: 'The pair were dubbed "The Harbour Two" by the press.', expect: ["no film The Harbour Two"] },
    ],
    counterExamples: ['The pair made a film called "The Harbour Two".'],
  },
  {
    id: "film.veto.on-stage",
    pattern: "title=<NAME|PNAME> in|on|at <PLACE's>? <PLACE>",
    emit: { title: "title", veto: true },
    confidence: 0.9,
    examples: [
      { text: "She is starring in Dock Street in London's West End.", expect: ["no film Dock Street"] },
    ],
    counterExamples: ["She is starring in Dock Street in London this summer."],
    when: (m, s) => {
      const place = s.units[m.end - 1];
      return place?.kind === "name" && /^(?:the )?(?:west end|broadway|off-broadway)$/i.test(place.name.text);
    },
  },
  {
    id: "film.veto.song",
    pattern: "song|songs|single|album|track|theme ~3 for title=<NAME|PNAME>",
    emit: { title: "title", veto: true },
    confidence: 0.9,
    examples: [{ text: "They won best original song for Lonely Tide.", expect: ["no film Lonely Tide"] }],
    counterExamples: ["They won best film for Lonely Tide."],
  },
  {
    id: "film.veto.theatre-district",
    pattern: "<PLACE> @genre title=<NAME|PNAME>",
    emit: { title: "title", veto: true },
    confidence: 0.9,
    examples: [{ text: "She starred in the West End comedy Dock Street.", expect: ["no film Dock Street"] }],
    counterExamples: ["She starred in the Hollywood comedy Dock Street."],
    when: (m, s) => {
      const place = s.units[m.start];
      return !!place && isTheatreDistrict(place as { kind: string; name?: { text: string } });
    },
  },
  {
    id: "film.veto.broadcast-genre",
    pattern: "tv|television|radio|stage|theatre|broadway|bbc|itv @genre title=<NAME|PNAME>",
    emit: { title: "title", veto: true },
    confidence: 0.9,
    examples: [{ text: "The TV drama Dock Street won best drama.", expect: ["no film Dock Street"] }],
    counterExamples: ["The drama Dock Street won best drama."],
  },
];

const NOUN_PHRASE_FOLLOWERS = new Set(
  "about by from that which who whose starring directed written produced set based in with of for to is was has had , . ; : - ) and or film movie".split(
    " ",
  ),
);

/** The kind noun ended its phrase ("a drama about …", "a drama,"), rather than qualifying another noun ("a film student"). */
/** The captured name comes right before a kind of film ("the Ada Lowe biopic"). */
function beforeKindOfFilm(s: SentenceUnits, captured: Unit[] | undefined): boolean {
  return FILM_REFERENCES.has(wordAfter(s, captured));
}

/** A joiner then a person's name follow unit `end`: the list before it was of people. */
function listGoesOnWithPeople(s: SentenceUnits, end: number): boolean {
  const joiner = s.units[end];
  const next = s.units[end + 1];
  return (
    joiner?.kind === "word" &&
    (joiner.lower === "," || joiner.lower === "and") &&
    next?.kind === "name" &&
    (next.type === "PERSON" || next.type === "PNAME")
  );
}

function endsNounPhrase(next: Unit | undefined): boolean {
  return next?.kind !== "word" || NOUN_PHRASE_FOLLOWERS.has(next.lower);
}

const AWARD_WORDS = new Set(
  "award awards nominee nominees nominated nomination nominations best prize prizes category shortlist shortlisted winner winners won competition contender contenders favourite favourites rivals".split(
    " ",
  ),
);

/** The sentence speaks of awards (read once a sentence, however many matches ask). */
export function mentionsAwards(s: SentenceUnits): boolean {
  return s.once(mentionsAwards, () =>
    s.units.some(
      (u) => (u.kind === "word" && AWARD_WORDS.has(u.lower)) || (u.kind === "name" && u.type === "AWARD"),
    ),
  );
}

const THEATRE_DISTRICTS = new Set(["west end", "broadway", "off-broadway", "the west end"]);
const isTheatreDistrict = (u: { kind: string; name?: { text: string } }) =>
  u.kind === "name" && THEATRE_DISTRICTS.has(u.name?.text.toLowerCase() ?? "");

const STAGE = new Set([
  "tv",
  "television",
  "radio",
  "stage",
  "theatre",
  "theater",
  "broadway",
  "west",
  "bbc",
  "itv",
]);

/** "the stage comedy X", "the TV drama Y": the word before the kind noun says it is no film. */
function beforeIsStage(units: readonly { kind: string }[], at: number): boolean {
  const prev = units[at - 1] as { kind: string; lower?: string; type?: string } | undefined;
  if (!prev) return false;
  if (prev.kind === "word") return STAGE.has(prev.lower ?? "");
  return prev.type === "MEDIA" || isTheatreDistrict(prev);
}
