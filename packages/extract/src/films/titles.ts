import type { TitleCue } from "../input/document.ts";
import { FILM_NOUNS, GENRE_NOUNS, NON_FILM_NOUNS, RECEPTION_CUES } from "../lexicon/film-words.ts";
import { normaliseName } from "../lexicon/memo.ts";
import { NATIONALITIES, PLACE_SUFFIXES, regionCode } from "../lexicon/places.ts";
import { COMMON_WORDS, MONTHS, WEEKDAYS } from "../lexicon/words.ts";
import { isCompanyName, isPersonShaped, type PeopleIndex } from "../mentions/people.ts";
import { type SentenceView, tokenIndexAt } from "../text/analysis.ts";
import type { Token } from "../text/tokens.ts";
import {
  APPOSITIVE_FILM,
  APPOSITIVE_YEAR,
  ARTICLES,
  AWARD_AFTER,
  AWARD_CONTEXT,
  AWARD_LINE_BEFORE,
  AWARD_POSSESSIVE_AFTER,
  BEST_FILM_AFTER,
  BOX_OFFICE,
  BOX_OFFICE_VERB,
  CATEGORY_FOR_BEFORE,
  CHART_AFTER,
  FOLLOWING_CUES,
  INTRODUCTION,
  LATEST_BEFORE,
  MUSIC_TV_CONTEXT,
  NOT_TITLE_LAST,
  NOT_TITLES,
  OPENING_ROLES,
  OUT_NOW_AFTER,
  OWNER_PREFIX,
  PASSIVE_CREDIT,
  PASSIVE_SHOOT,
  PERSON_CATEGORY,
  PERSON_ROLES,
  POSSESSIVE_APPOSITIVE,
  RELEASE_VERB,
  RENAMED,
  ROLE_AS_BEFORE,
  SALES_CONTEXT,
  SOLD_AFTER,
  STAGE_APPOSITIVE,
  STORY_AFTER,
  STUDIO_POSSESSIVE,
  STUDIO_SUBJECT_BEFORE,
  TV_APPOSITIVE,
  TV_RATINGS,
  WEAK_CUES,
  WON_CATEGORY,
} from "./cue-patterns.ts";
import { asPhrase, LEAD_SCORE, type TitleEvidence } from "./evidence.ts";
import { leadSentence } from "./lead.ts";
import { quotedTitles } from "./quoted.ts";
import { titleSpanAt } from "./title-span.ts";

export type { TitleEvidence } from "./evidence.ts";

function plausibleTitle(text: string, score: number): boolean {
  const norm = normaliseName(text);
  if (!norm || norm.length < 2) return false;
  if (NOT_TITLES.has(norm)) return false;
  // "Billy Elliot the Musical" names the stage show; "Grand Jury Prize: Dramatic" an award.
  if (norm.endsWith(" the musical")) return false;
  if (score < LEAD_SCORE && /\b(?:prize|award|awards)\b/.test(norm)) return false;
  const words = norm.split(" ");
  // A lead sentence defines its subject as a film, so "Bad Company" and "Finishing School" pass.
  const defined = score >= LEAD_SCORE;
  if (!defined && NOT_TITLE_LAST.has(words[words.length - 1] ?? "")) return false;
  if (words.length === 1 && (MONTHS.has(norm) || WEEKDAYS.has(norm) || COMMON_WORDS.has(norm))) return false;
  // "Taiwanese filmmaker Ang Lee", "an epic Western romantic drama": words that describe a film.
  if (!defined && (words.every((w) => NATIONALITIES.has(w)) || (words.length === 1 && GENRE_NOUNS.has(norm))))
    return false;
  if (regionCode(text)) return false;
  // "London's Leicester Square" is a place unless something strong says it is a title.
  if (
    score < 0.8 &&
    words.length > 1 &&
    PLACE_SUFFIXES.has(words[words.length - 1] ?? "") &&
    /'s /.test(text)
  )
    return false;
  return defined || !isCompanyName(text);
}

const tokenAt = (tokens: Token[], i: number) => tokens[i]?.lower ?? "";

/**
 * Every place an article marks a capitalised phrase as a film title, with how strongly:
 * typography, lead sentences ("X is a 2009 American drama film"), cue nouns ("the thriller X"),
 * credits ("star of X", "X director Y"), shapes ("Mission: Impossible 7") and coordination with
 * another title ("Shrek 2, Finding Nemo and Monster's Inc").
 */
export function findTitleEvidence(
  text: string,
  sentences: SentenceView[],
  cues: TitleCue[],
  people: PeopleIndex,
): TitleEvidence[] {
  const found: TitleEvidence[] = [];
  const add = (s: SentenceView, start: number, end: number, score: number, cue: string, year?: number) => {
    let title = text
      .slice(start, end)
      .replace(/^["']|["',.;]$/g, "")
      .trim()
      // "will release Storm Cellar in the US on …": the span ran on into the release's region.
      .replace(/ in the (?:US|UK|U\.S\.|U\.K\.|United States|United Kingdom)$/, "");
    // "Steven Spielberg's War of the Worlds": the director's possessive is no part of the title.
    // ("Bridget Jones's Diary" keeps it: one word after a name is the name's thing.)
    // After a role word ("Director Alexander Payne's Sideways") one word is enough.
    const afterRole =
      /(?:^|\s)(?:[Dd]irector|[Ff]ilm-?maker|[Aa]ctor|[Aa]ctress|[Pp]roducer|[Ww]riter)\s$/.test(
        text.slice(Math.max(0, start - 12), start),
      );
    const owner = OWNER_PREFIX.exec(title);
    const oneWordEnough = afterRole || owner?.[1] !== undefined;
    const longEnough = owner && (oneWordEnough || /^\S+\s\S/.test(title.slice(owner[0].length)));
    // After a film noun ("the comedy Ferris Bueller's Day Off") the whole phrase is the title.
    const ownable = score < LEAD_SCORE && cue !== "typography" && !cue.startsWith("cue:");
    let credited = cue;
    if (owner?.[2] && longEnough && ownable && isPersonShaped(asPhrase(owner[2]), true)) {
      title = title.slice(owner[0].length);
      // A film credited to its maker is a title even when shaped like a name ("Leigh's Vera Drake").
      credited = `owner:${cue}`;
    }
    // "another by MGM in Sporting Blood (1940)", "worked with Lisa Moore on The Quiet Coast
    // (1979)": the company or person the sentence pairs with the film ran into the span.
    const made = / (in|on) (?=\p{Lu})/u.exec(title);
    const maker = made ? title.slice(0, made.index) : "";
    const workedWith = /\bwith\s+(?:(?:director|actor|actress|producer|writer|star)\s+)?$/.test(
      text.slice(Math.max(0, start - 20), start),
    );
    if (
      made &&
      score < LEAD_SCORE &&
      ((made[1] === "in" && isCompanyName(maker)) ||
        (made[1] === "on" && workedWith && isPersonShaped(asPhrase(maker), true)))
    )
      title = title.slice(made.index + made[0].length);
    if (!plausibleTitle(title, score)) return;
    // "The Darkness, fronted by Justin Hawkins, won three Brit Awards": in music or TV news the
    // cues that only say "something won / charted / sold" name no film.
    if (WEAK_CUES.has(cue) && MUSIC_TV_CONTEXT.test(s.text)) return;
    // "Pulse 2: Afterlife and Pulse 3": two titles of one series joined (the right one opens with
    // the left one's first word), for any cue but a lead or typography.
    const series = / and (\S+)/.exec(title)?.[1] === title.split(" ")[0];
    const parts: [number, number][] =
      series && score < LEAD_SCORE && cue !== "typography" ? coordinatedTitles(title) : [[0, title.length]];
    if (parts.length > 1) {
      const base = text.indexOf(title, start);
      for (const [from, to] of parts) add(s, base + from, base + to, score, cue, year);
      return;
    }
    const at = text.indexOf(title, start);
    found.push({
      title,
      start: at,
      end: at + title.length,
      sentence: s.index,
      score,
      cue: credited,
      ...(year ? { year } : {}),
    });
  };

  for (const cue of cues) {
    const s = sentences.find((x) => cue.start >= x.start && cue.start < x.end);
    if (s && /\p{Lu}|\p{N}/u.test(text[cue.start] ?? "")) add(s, cue.start, cue.end, 0.9, "typography");
  }

  for (const s of sentences) {
    const { tokens } = s;
    // "Comedy Meet the Fockers …", "Director Mike Leigh's Vera Drake …": a word before the subject.
    const genreOpener =
      (GENRE_NOUNS.has(tokens[0]?.lower ?? "") ||
        FILM_NOUNS.has(tokens[0]?.lower ?? "") ||
        OPENING_ROLES.has(tokens[0]?.lower ?? "")) &&
      isCapitalised2(tokens[1]);
    if (s.titleCase) {
      for (const m of s.text.matchAll(
        /\b(?:\p{Lu}[\p{L}']*\s)*\p{Lu}[\p{L}']*: (?:\p{Lu}[\p{L}']*\s?)+(?:\d{1,2}|[IVX]{1,4})?/gu,
      )) {
        add(
          s,
          s.start + (m.index ?? 0),
          s.start + (m.index ?? 0) + m[0].trimEnd().length,
          0.5,
          "shape:colon",
        );
      }
      continue;
    }
    leadSentence(s, add);
    quotedTitles(s, add);
    for (let i = 0; i < tokens.length; i++) {
      // "Meanwhile", "However": capitalised only because it opens the sentence.
      if (i === 0 && COMMON_WORDS.has(tokens[0]?.lower ?? "") && !ARTICLES.has(tokens[0]?.lower ?? ""))
        continue;
      // "Comedy Meet the Fockers topped …": a genre word opening the sentence is the title's cue.
      if (i === 0 && genreOpener) continue;
      // "Oscars for The Lord of the Rings": an award is never the start of a title.
      if (NOT_TITLES.has(tokens[i]?.lower ?? "")) continue;
      const span = titleSpanAt(tokens, i);
      if (!span) continue;
      const phraseText = text.slice(span.start, span.end);
      const prev = tokenAt(tokens, i - 1);
      const prev2 = tokenAt(tokens, i - 2);
      // Only the next words matter to the cues below; a bounded slice keeps long sentences cheap.
      const after = text.slice(span.end, Math.min(s.end, span.end + 160));
      const opensSentence = i === 0 || (i === 1 && genreOpener);
      // Asked only when a cue fires: most capitalised spans have none.
      let personShape: boolean | undefined;
      // "films McDowall made" after "starring Roddy McDowall": a lone surname is a person too.
      // A possessive inside ("Bridget Jones's Diary") makes it a name's thing, not a name.
      const personLike = () =>
        (personShape ??=
          (!/'s? \S/.test(phraseText) && isPersonShaped(asPhrase(phraseText), true)) ||
          (!/\s/.test(phraseText) && !!people.resolve(phraseText)));
      // "the Metrocolor film", "a Bond movie": a name before a film noun qualifies it.
      const qualifier = /^\s+(?:film|movie|films|movies|franchise|series)\b/.test(after);
      const cue = qualifier ? null : precedingCue(tokens, i);
      // "British film Vera Drake, …": after "film" itself, a name-shaped phrase is a title when
      // the clause goes on without it ("a film Tom Cruise made" has the name as its subject).
      const namedFilm =
        cue === "film" &&
        /^(?:film|movie)$/.test(prev) &&
        /^(?:[,.;:)]|\s+(?:is|was|has|had|will|won|wins|took|takes|opens|opened|tells|told|stars|starred|follows|followed)\b)/.test(
          after,
        );
      if (cue && !NON_FILM_NOUNS.has(cue) && (namedFilm || !personLike())) {
        // "the 1933 film King Kong", "the 2004 Danish thriller X": the year that qualifies the cue.
        const yearAt = [2, 3].find(
          (k) =>
            /^(?:18[89]\d|19\d\d|20\d\d)$/.test(tokens[i - k]?.text ?? "") &&
            /^(?:the|a|an|his|her|its|their)$/.test(tokenAt(tokens, i - k - 1)),
        );
        const year = yearAt ? tokens[i - yearAt]?.text : undefined;
        add(
          s,
          span.start,
          span.end,
          cue === "film" ? 0.85 : 0.8,
          `cue:${cue}`,
          year ? Number(year) : undefined,
        );
      }
      // "the Broadway musical X", "the stage comedy X": theatre, not film.
      const onStage =
        /^(?:broadway|stage|theatre|theater|west)$/.test(prev2) ||
        (prev2 === "end" && tokenAt(tokens, i - 3) === "west");
      if (
        NON_FILM_NOUNS.has(prev) ||
        ((prev === "'" || prev === '"') && NON_FILM_NOUNS.has(prev2)) ||
        (onStage && GENRE_NOUNS.has(prev)) ||
        // "The Phantom of the Opera, the long-running musical"
        (after.startsWith(",") && (STAGE_APPOSITIVE.test(after) || TV_APPOSITIVE.test(after)))
      ) {
        found.push({
          title: phraseText,
          start: span.start,
          end: span.end,
          sentence: s.index,
          score: -1,
          cue: "veto:non-film",
        });
      }
      const yearMatch = /^\s*\((\d{4})\)/.exec(after);
      if (yearMatch && !personLike())
        add(s, span.start, span.end, 0.8, "year-in-brackets", Number(yearMatch[1]));
      // "1995's Lion King" names a film even when its first word is also a given name.
      if (/^\d{4}$/.test(tokens[i - 3]?.text ?? "") && prev2 === "'" && prev === "s") {
        add(s, span.start, span.end, 0.8, "year-possessive", Number(tokens[i - 3]?.text));
      }
      const roleAfter = tokenAt(tokens, span.last);
      if (PERSON_ROLES.has(roleAfter) && isCapitalised2(tokens[span.last + 1])) {
        // "Jude Law and Troy star Eric Bana": only the last coordinated name qualifies the star.
        const tail = phraseText.split(/, | and /).pop() ?? phraseText;
        // "Vera Drake director Mike Leigh": a name-shaped title before a role and a full name.
        const nameFollows = isPersonShaped(asPhrase(nextWords(text, tokens, span.last + 1, 3)), true);
        if ((nameFollows || !isPersonShaped(asPhrase(tail), true)) && !regionCode(tail)) {
          add(s, span.end - tail.length, span.end, 0.65, `credit:${roleAfter}`);
        }
      }
      if (
        /^(?:star|stars|starred|starring|appear|appeared|appears|role|roles|director|sequel|prequel|remake|premiere|version|adaptation) (?:of|in|to)$/.test(
          `${prev2} ${prev}`,
        ) &&
        // "the role of Alfie" names a character; "the role of Ava Gardner in The Aviator" a
        // character and then the film (read below).
        !/^roles? of$/.test(`${prev2} ${prev}`) &&
        // "her role in Vera Drake, Mike Leigh's drama": a name-shaped title the clause closes on
        // ("the role of Antonio Camaradino," names a character).
        (!personLike() || ((prev === "in" || prev2 === "star") && /^[,.;:)]/.test(after))) &&
        // "appeared in 1916": a year is a date; "a remake of Kiyoshi Kurosawa's … film Kairo": the
        // possessive owns the title that comes later.
        !/^\d{4}$/.test(phraseText) &&
        !/^'s?\s/.test(after)
      ) {
        // "star of Notting Hill and Four Weddings and a Funeral": two titles, one span.
        for (const [from, to] of coordinatedTitles(phraseText))
          add(s, span.start + from, span.start + to, 0.75, `credit:${prev2} ${prev}`);
      }
      // "worked together on X and Y", "collaborated on X"
      if (prev === "on" && /^(?:together|worked|collaborated|teamed)$/.test(prev2) && !personLike()) {
        // "worked together on Edward Scissorhands and Sleepy Hollow": each coordinated title.
        let offset = span.start;
        for (const part of phraseText.split(/(, and |, | and )/)) {
          if (!/^(?:, and |, | and )$/.test(part)) add(s, offset, offset + part.length, 0.7, "worked-on");
          offset += part.length;
        }
      }
      // "Apple TV+ has acquired Coast Road", "Warner Bros. will release Storm Cellar".
      if (
        /^(?:acquired|bought|acquire|buy|release|releases|released|distribute|distributes|distributed|up)$/.test(
          prev,
        )
      ) {
        const buyer = STUDIO_SUBJECT_BEFORE.exec(text.slice(s.start, span.start))?.[1];
        if (buyer && isCompanyName(buyer.replace(/\.$/, "")) && !personLike())
          add(s, span.start, span.end, 0.7, "studio-subject");
      }
      // "Warner Bros' Harry Potter and the Goblet of Fire": a studio's film.
      const owner =
        prev === "'" || (prev === "s" && prev2 === "'")
          ? STUDIO_POSSESSIVE.exec(text.slice(Math.max(s.start, span.start - 40), span.start))?.[1]
          : undefined;
      if (owner && isCompanyName(owner) && !personLike())
        add(s, span.start, span.end, 0.7, "studio-possessive");
      // "The Incredibles was voted best animated film", "Sideways won best picture".
      // "At the box office, Copper Town held on …": an introductory phrase before the subject.
      const clauseOpens =
        opensSentence ||
        /^(?:while|whereas|but|and|with)$/.test(prev) ||
        (prev === "," && INTRODUCTION.test(text.slice(s.start, span.start)));
      // "Paper Kites, which opens on Friday, also won best screenplay": past one aside.
      const mainClause = clauseOpens && opensSentence ? after.replace(/^,\s[^,]{1,80},/, "") : after;
      if (
        clauseOpens &&
        (BEST_FILM_AFTER.test(mainClause) || AWARD_AFTER.test(mainClause) || WON_CATEGORY.test(mainClause)) &&
        !personLike()
      )
        add(s, span.start, span.end, 0.7, "best-film");
      // "her second nomination for Cold Orchard", "an Oscar for Ray": the film an award is for.
      if (
        prev === "for" &&
        /^(?:nomination|nominations|nod|nods|oscar|oscars|bafta|baftas|award|awards|prize|globe|globes|honour|honours)$/.test(
          prev2,
        ) &&
        !/^best\b/i.test(phraseText) &&
        !personLike() &&
        // "nominations for Beau Bridges and Abbey Lincoln": people.
        !phraseText
          .split(/, | and /)
          .every((part) => people.has(part) || isPersonShaped(asPhrase(part), true)) &&
        // "the best director prize for Ilona Berg": a personal category names its winner.
        !(
          /\bbest (?:[\p{L}-]+ )?(?:director|actor|actress)\b/iu.test(
            text.slice(Math.max(s.start, span.start - 40), span.start),
          ) && isPersonShaped(asPhrase(phraseText), false)
        )
      )
        add(s, span.start, span.end, 0.7, "award-for");
      // "Ben Adair won best actor for Paper Kites": the film a personal award was for.
      // ("took the best director prize for Ilona Berg" names the winner instead.)
      if (
        prev === "for" &&
        CATEGORY_FOR_BEFORE.test(text.slice(Math.max(s.start, span.start - 60), span.start)) &&
        !personLike() &&
        !isPersonShaped(asPhrase(phraseText), false)
      )
        add(s, span.start, span.end, 0.7, "award-for");
      // "after Shakespeare in Love's victory in 1999 saw five producers collect awards": a
      // possessive win, in a sentence about awards.
      if (AWARD_POSSESSIVE_AFTER.test(after) && AWARD_CONTEXT.test(s.text) && !personLike())
        add(s, span.start, span.end, 0.65, "award-possessive");
      // "outshining My Big Fat Greek Wedding which sold four million units in 2003".
      if (SOLD_AFTER.test(after) && SALES_CONTEXT.test(s.text) && !personLike())
        add(s, span.start, span.end, 0.65, "sales-subject");
      // "The latest film from Pixar, The Incredibles,", "Mike Leigh's latest, Vera Drake,".
      if (prev === "," && LATEST_BEFORE.test(text.slice(Math.max(s.start, span.start - 50), span.start)))
        add(s, span.start, span.end, 0.7, "latest");
      // "Kill Bill Vol 2 is out on DVD", "… is out in cinemas now".
      if (opensSentence && OUT_NOW_AFTER.test(after) && !personLike())
        add(s, span.start, span.end, 0.65, "out-now");
      // "Hotel Rwanda tells the story of …": what a film does, said of the sentence's subject.
      if (opensSentence && STORY_AFTER.test(after) && !personLike())
        add(s, span.start, span.end, 0.65, "story");
      // "Meet the Fockers held on to the top spot, while The Incredibles dropped to third place"
      // (Only a film chart: "Big Brother drew 6 million viewers, while X was fourth" is TV.)
      if (clauseOpens && CHART_AFTER.test(after) && !TV_RATINGS.test(s.text) && !personLike())
        add(s, span.start, span.end, 0.65, "chart");
      // "Other nominees include Finding Neverland, Sideways and Ray"
      if (
        /^(?:include|included|including|are|were)$/.test(prev) &&
        /^(?:nominees|contenders|films|movies|titles|releases|hits|favourites|favorites|credits|roles)$/.test(
          prev2,
        ) &&
        !personLike()
      )
        for (const [from, to] of coordinatedTitles(phraseText, true))
          add(s, span.start + from, span.start + to, 0.7, "cue:nominees");
      // "Best film: The Aviator", "Best director: Mike Leigh, Vera Drake": an awards list.
      const lineStart = Math.max(s.start, span.start - 80);
      const line = text.slice(lineStart, span.start);
      const listed = line.includes(":") ? AWARD_LINE_BEFORE.exec(line) : null;
      if (listed && (listed[2] ? true : !PERSON_CATEGORY.test(listed[1] ?? "")))
        add(s, span.start, span.end, 0.7, "award-list");
      // "his role as Ray Charles in Ray": the film after the role.
      if (prev === "in" && ROLE_AS_BEFORE.test(text.slice(Math.max(s.start, span.start - 60), span.start)))
        add(s, span.start, span.end, 0.7, "role-as-in");
      // The same when the role and the title run together: "role as [Ray Charles in Ray]",
      // "star opposite [Matthew Macfadyen in Pride and Prejudice]".
      const roleIn = phraseText.lastIndexOf(" in ");
      if (
        roleIn > 0 &&
        !qualifier &&
        (/^(?:(?:role|part|turn|performance|stars|starred|starring|star|appears|appeared|cast) as|(?:role|part|voice) of)$/.test(
          `${prev2} ${prev}`,
        ) ||
          // "plays [Count Olaf in X]": any role; "opposite [Jude Law in X]": a person.
          /^(?:plays|played|playing|portray|portrays|portrayed|portraying)$/.test(prev) ||
          (/^(?:opposite|alongside)$/.test(prev) &&
            isPersonShaped(asPhrase(phraseText.slice(0, roleIn)), false)))
      )
        add(s, span.start + roleIn + 4, span.end, 0.7, "role-as-in");
      if (`${prev2} ${prev}` === "films as" || `${prev2} ${prev}` === "movies as")
        add(s, span.start, span.end, 0.75, "films-as");
      // "The film, formerly known as X": X is another name of the film in context.
      if (
        /^(?:formerly|previously|originally) (?:known as|titled|called)$/.test(
          `${tokenAt(tokens, i - 3)} ${prev2} ${prev}`,
        ) &&
        !personLike()
      ) {
        add(s, span.start, span.end, 0.75, "former-name");
      }
      // "Mission: Impossible 7, now titled Dead Reckoning Part One": one film, two names.
      const renamed = RENAMED.exec(after);
      if (renamed && !personLike()) {
        const k = tokenIndexAt(s, span.end + renamed[0].length);
        const other = k >= 0 ? titleSpanAt(tokens, k) : null;
        if (other) {
          // "released as Les Indestructibles in France": the country is not part of the name.
          const country = / in (?:the )?(\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?)$/u.exec(
            text.slice(other.start, other.end),
          );
          const end = country?.[1] && regionCode(country[1]) ? other.end - country[0].length : other.end;
          add(s, span.start, span.end, 0.8, "renamed");
          add(s, other.start, end, 0.8, `lead-alias:${phraseText}`);
        }
      }
      // "Vera Drake, directed by Mike Leigh", "The Aviator, starring Leonardo DiCaprio"
      // A title opening its clause; "written by X, directed by Y" is a credit list, not a title.
      const clauseStart =
        opensSentence || (/^(?:and|with|of|for|as|from|beat|including)$/.test(prev) && !personLike());
      if (
        clauseStart &&
        (/^,\s(?:(?:which|that)\s(?:was\s|is\s)?)?(?:directed|written|produced|starring|co-starring|featuring|based on|released in (?:18|19|20)\d\d|a (?:film|movie|documentary) by)\b|^,\s(?:which|that)\s(?:stars|depicts|tells|follows|chronicles|is set|was shot|was filmed)\b/.test(
          after,
        ) ||
          // "The Da Vinci Code will be directed by Ron Howard", ", in which Johnny Depp plays …"
          (opensSentence && PASSIVE_CREDIT.test(after)) ||
          (opensSentence && PASSIVE_SHOOT.test(after) && !personLike()) ||
          (opensSentence && /^,\s+in\s+which\s/.test(after)))
      ) {
        add(s, span.start, span.end, 0.75, "credited-appositive");
      }
      const appositive = prev === "," && after.startsWith(",");
      // "Batman Begins, with Christian Bale in the title role, will open on …": past one aside.
      const mainVerb =
        opensSentence || appositive
          ? after.replace(opensSentence ? /^,\s+(?:which|that)\s+|^,\s[^,]{1,80},\s*|^,\s*/ : /^,\s*/, "")
          : "";
      // "Walt Disney Records released the soundtrack": an active verb with an object is the releaser.
      // ("Tesco opened a new store"; but a film may open a festival.)
      const releaser =
        /^\s*(?:released|opened|opens|launched|launches)\s+(?:the|a|an|its|their|his|her|\d)\b(?![^.;]*\b(?:festival|season|event)\b)/.test(
          mainVerb,
        );
      if ((opensSentence || appositive) && RELEASE_VERB.test(mainVerb) && !releaser && !personLike()) {
        add(s, span.start, span.end, 0.65, "release-subject");
      }
      if (opensSentence || (i === 1 && /^["']$/.test(tokens[0]?.text ?? ""))) {
        if (
          (FOLLOWING_CUES.test(after) || BOX_OFFICE_VERB.test(after)) &&
          BOX_OFFICE.test(s.text) &&
          /[$£€]\s?\d/.test(s.text) &&
          // "Vera Drake took £1.2m in its first week in UK cinemas": a thing, whatever its name.
          (!personLike() ||
            /\b(?:its|their)\s+(?:first|opening|second|third|debut)\b|\bcinemas\b/.test(after))
        ) {
          // A name-shaped title the box office speaks of ("Vera Drake took £1.2m") is one all the same.
          add(s, span.start, span.end, 0.6, personLike() ? "box-office-name" : "box-office-subject");
        }
      }
      // ("as Senator Claghorn, the inspiration for …": a role in apposition.)
      if (
        after.startsWith(",") &&
        (APPOSITIVE_FILM.test(after) || POSSESSIVE_APPOSITIVE.test(after)) &&
        prev !== "as" &&
        !personLike()
      ) {
        // "The Terminal, Spielberg's 2004 comedy, …": the apposition may date it.
        const dated = APPOSITIVE_YEAR.exec(after)?.[1];
        add(s, span.start, span.end, 0.75, "appositive", dated ? Number(dated) : undefined);
      }
      // "Mission: Impossible 7" has a title's shape; "(Japanese: Shichinin no Samurai)" names a language.
      const beforeColon = phraseText.split(":")[0] ?? "";
      if (
        /:/.test(phraseText) &&
        /^[\p{Lu}\p{N}]/u.test(phraseText.split(":")[1]?.trim() ?? "") &&
        !regionCode(beforeColon)
      )
        add(s, span.start, span.end, 0.6, "shape:colon");
      if (
        /\s(?:\d{1,2}|II|III|IV|V|VI|VII|VIII|IX|X)$/.test(phraseText) &&
        !/^(?:World War|Super Bowl|Henry|Elizabeth|George|Louis|Pope|Apollo)/.test(phraseText)
      ) {
        add(s, span.start, span.end, 0.45, "shape:numeral");
      }
      i = Math.max(i, span.last - 1);
    }
  }
  return found;
}

/** Up to `n` capitalised words from token `k`: the name a role word introduces. */
function nextWords(text: string, tokens: Token[], k: number, n: number): string {
  let end = k;
  while (end < tokens.length && end < k + n && isCapitalised2(tokens[end])) end++;
  const last = tokens[end - 1];
  return last && end > k ? text.slice(tokens[k]?.start ?? 0, last.end) : "";
}

/**
 * A span that joins two titles with "and": split where the right side starts with a capital
 * and the sides are long enough ("Notting Hill and Four Weddings and a Funeral"), so "Pride
 * and Prejudice" and "Harry Potter and the Goblet of Fire" stay whole.
 */
function coordinatedTitles(span: string, inList = false): [number, number][] {
  const cut = span.search(/ and (?=\p{Lu})/u);
  if (cut < 0) return [[0, span.length]];
  const left = span.slice(0, cut);
  const right = span.slice(cut + 5);
  // After "include", a list is expected: one side of two words is enough ("Trainspotting and
  // Shallow Grave"); elsewhere both sides must have two.
  const long = (part: string) => /\s/.test(part);
  const split = inList ? long(left) || long(right) : long(left) && long(right);
  if (!split) return [[0, span.length]];
  const rest = coordinatedTitles(right, inList).map(([a, b]): [number, number] => [a + cut + 5, b + cut + 5]);
  return [[0, cut], ...rest];
}

const isCapitalised2 = (t: Token | undefined) => !!t && t.upper && t.word;

/** The film noun, genre or reception word right before a title ("the thriller X", "Oscar nominee X"). */
function precedingCue(tokens: Token[], i: number): string | null {
  let k = i - 1;
  if (tokens[k]?.text === '"' || tokens[k]?.text === "'") k--;
  // "the thriller, Glass Harbour", "the fourth Potter film, X", "last year's winner, Iron Gate":
  // a comma only after a genre, a reception word or one film ("the earlier films, Johnny
  // Sheffield and Cheeta" lists people).
  const comma = tokens[k]?.text === ",";
  if (comma) k--;
  if (tokens[k]?.text === ":" && (tokens[k - 1]?.lower === "review" || tokens[k - 1]?.lower === "reviews"))
    return "review";
  const word = tokens[k]?.lower ?? "";
  if (comma && !GENRE_NOUNS.has(word) && !RECEPTION_CUES.has(word) && !/^(?:film|movie|feature)$/.test(word))
    return null;
  // "a film called X", but not "a colour process called X".
  if (["called", "titled", "entitled", "dubbed"].includes(word))
    return [1, 2, 3].some(
      (d) => FILM_NOUNS.has(tokens[k - d]?.lower ?? "") || GENRE_NOUNS.has(tokens[k - d]?.lower ?? ""),
    )
      ? word
      : null;
  // "the third film to feature Art the Clown": "feature" as a verb.
  if (word === "feature" && /^(?:to|will|also|which|that|they|it)$/.test(tokens[k - 1]?.lower ?? ""))
    return null;
  if (FILM_NOUNS.has(word) || GENRE_NOUNS.has(word) || RECEPTION_CUES.has(word)) {
    // "film director Peter Chelsom" and "the film's star" are roles, not titles.
    return word === "film" || word === "movie" ? "film" : word;
  }
  if (NON_FILM_NOUNS.has(word)) return word;
  return null;
}
