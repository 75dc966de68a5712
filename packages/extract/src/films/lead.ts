import { FUNCTION_WORDS } from "../lexicon/words.ts";
import type { SentenceView } from "../text/analysis.ts";
import { type Add, LEAD_SCORE } from "./evidence.ts";

const LEAD_NOUNS =
  "film|movie|picture|documentary|feature|short|serial|cartoon|musical|western|comedy|drama|thriller|biopic|" +
  "melodrama|animation|romance|farce|satire|mockumentary|story|mystery|adventure|horror|epic|anthology|special";
/** "film|movie" → "[fF]ilm|[mM]ovie": "a 2005 Disney Channel Original Movie". */
const capitalisable = (alternatives: string) =>
  alternatives
    .split("|")
    .map((w) => `[${w[0]}${w[0]?.toUpperCase()}]${w.slice(1)}`)
    .join("|");
const LEAD = new RegExp(
  `^(.+?)\\s+(?:\\((?:[^()]|\\([^()]*\\))*\\)\\s+)?(?:is|was)\\s+(?:an?|the)\\s+((?:[\\p{L}\\d'’./,-]+\\s+){0,12}?)(?:${capitalisable(LEAD_NOUNS)})\\b`,
  // Case-sensitive, so "This Is the Night is a …" keeps its "Is" inside the title.
  "u",
);
// "X, also known as Y, is a …": the second name is an alias.
const LEAD_ALIAS =
  /^(.+?),\s+(?:aka|a\.k\.a\.|also known as|also titled|previously (?:en)?titled|originally (?:en)?titled|released (?:in (?:the )?[\p{Lu}][\p{L}.]*(?: [\p{Lu}][\p{L}]*)* )?as|known (?:in (?:the )?[\p{Lu}][\p{L}.]*(?: [\p{Lu}][\p{L}]*)* )?as)\s+(.+?),?$/u;
// "X or Y (alt. title) is a …": the bracket says the second name is another title of the same film.
const ALT_TITLE_NOTE = /^\s*\((?:alt\.?|alternative|alternate|also)\b/i;
// "The Lost Bridegroom a 1916 American silent comedy film …": a lead that lost its verb. Only the
// year right after the article marks it, so "Smith directed a 1950 film" needs a title-shaped subject.
const VERBLESS_LEAD = new RegExp(
  `^(.+?)\\s+an?\\s+((?:18[89]\\d|19\\d\\d|20\\d\\d)\\s+(?:[\\p{L}\\d'./,-]+\\s+){0,10}?)(?:${capitalisable(LEAD_NOUNS)})\\b`,
  "u",
);
const TITLE_SMALL_WORDS = new Set([...FUNCTION_WORDS, "from", "is"]);
/** Every word capitalised but the small ones a title leaves in lower case. */
const titleShaped = (text: string) =>
  text.split(/\s+/).every((w, i) => /^["'(]?[\p{Lu}\p{N}]/u.test(w) || (i > 0 && TITLE_SMALL_WORDS.has(w)));
// A description's own year comes before any preposition: "a sequel to the 2002 film" is another film's.
const DESCRIPTION_YEAR = /^(?:(?!\b(?:to|of|from|than|after|like)\b)[\s\S])*?\b(18[89]\d|19\d\d|20\d\d)\b/u;

/** "Brothers is a 2009 American psychological drama war film …": the subject is the title. */
export function leadSentence(s: SentenceView, add: Add): void {
  if (s.index > 2) return;
  const m = LEAD.exec(s.text) ?? verblessLead(s);
  if (!m?.[1]) return;
  // "The Passion of the Christ, Mel Gibson's controversial film, was …": the apposition is no title.
  const subject = m[1]
    .replace(/\s*\([^)]*\)\s*$/, "")
    .replace(/, (?:\p{Lu}[\p{L}.'-]* ){0,3}\p{Lu}[\p{L}.-]*'s? [^,]*,?$|, (?:an?|the) [^,]*,?$/u, "")
    .trim();
  if (subject.length > 160 || !/^["']?[\p{Lu}\p{N}]/u.test(subject)) return;

  // After the first sentence, "Based on a story by …, the screenplay was a …" is no lead.
  if (s.index > 0 && /, \p{Ll}/u.test(subject)) return;
  // "a lost 1917 silent film", "an American 1960 comedy": the first year in the description.
  // Failing that, a bare year in brackets after the title: "If You Could Only Cook (1935) is a …".
  const yearText =
    DESCRIPTION_YEAR.exec(m[2] ?? "")?.[1] ??
    /^\s*\((18[89]\d|19\d\d|20\d\d)\)/.exec(s.text.slice(m[1].length))?.[1];
  const year = yearText ? Number(yearText) : undefined;
  const aka = LEAD_ALIAS.exec(subject);
  if (aka?.[1] && aka[2]) {
    add(s, s.start, s.start + aka[1].length, LEAD_SCORE, "lead", year);
    const aliasStart = s.start + subject.lastIndexOf(aka[2]);
    add(s, aliasStart, aliasStart + aka[2].length, LEAD_SCORE, `lead-alias:${aka[1]}`, year);
    return;
  }
  const alt = ALT_TITLE_NOTE.test(s.text.slice(m[1].length)) ? subject.indexOf(" or ") : -1;
  if (alt > 0) {
    const main = subject.slice(0, alt);
    add(s, s.start, s.start + alt, LEAD_SCORE, "lead", year);
    add(s, s.start + alt + 4, s.start + subject.length, LEAD_SCORE, `lead-alias:${main}`, year);
    return;
  }
  // "As well as being a road movie, the film is a …", "The film is a …": a clause or a pronoun,
  // not a title (a title leaves only its small words in lower case).
  if (/^(?:The|This) (?:film|movie|picture)$|^It$/.test(subject)) return;
  if (
    s.index > 0 &&
    subject.split(/\s+/).filter((w) => /^\p{Ll}/u.test(w) && !TITLE_SMALL_WORDS.has(w)).length >= 2
  )
    return;
  add(s, s.start, s.start + subject.length, LEAD_SCORE, "lead", year);
}

function verblessLead(s: SentenceView): RegExpExecArray | null {
  if (s.index !== 0) return null;
  const m = VERBLESS_LEAD.exec(s.text);
  return m?.[1] && titleShaped(m[1]) ? m : null;
}
