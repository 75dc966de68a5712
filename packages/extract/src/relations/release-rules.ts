import type { ReleaseMedium } from "@filmkb/schema";
import type { Match, SentenceUnits } from "../patterns/pattern.ts";
import type { Rule } from "../patterns/rule.ts";
import { isWordAt } from "../patterns/units.ts";

/**
 * What a release rule says: the film (slot, else the sentence's) opens on the date in `date`,
 * in the region in `region` if any, on the platform in `platform` if any. `former` names a date
 * the film no longer has ("moved from May to July": May is former). The medium is fixed, or read
 * from the words of the match ("in cinemas", "streaming", "on DVD").
 */
export interface ReleaseEmit {
  film?: string;
  /** The slot of the date the film now has; a rule may name only a `former` one. */
  date?: string;
  /** The slot of the countries (a list: "in the US and Canada"). */
  region?: string;
  platform?: string;
  former?: string;
  medium?: ReleaseMedium;
  /** The company that sets or makes the release: its distributor. */
  company?: string;
  /**
   * The words speak of the story's film without naming it or pointing back ("UK audiences will
   * have to wait until …"): the film in context, without a title or "it" in the sentence.
   */
  impliesFilm?: boolean;
}

export type ReleaseRule = Rule<ReleaseEmit>;

/** Verbs and nouns that put a film in front of the public. */
const RELEASE =
  "released|release|releases|releasing|open|opens|opened|opening|arrive|arrives|arrived|hits|due|scheduled|slated|launches|launched|stream|streams|streaming|available";
const SHIFT = "moved|pushed|shifted|delayed|postponed|put|brought|rescheduled|bumped";

/** Releases, most specific first: a move before a plain date, a region and a date before a date alone. */
export const RELEASE_RULES: ReleaseRule[] = [
  {
    id: "release.company-sets-date",
    pattern:
      "company=<ORG> has|have|had? set|announced|confirmed|given|scheduled an|a|the? date=<DATE> release|opening|premiere? date? for film=<FILM>",
    emit: { film: "film", date: "date", company: "company" },
    confidence: 0.85,
    examples: [
      {
        text: 'Northlight Pictures has set an October 9, 2031 release date for "Glass Harbour".',
        expect: [
          "release 2031-10-09 theatrical @ Glass Harbour",
          "company Northlight Pictures distributor @ Glass Harbour",
        ],
      },
    ],
    counterExamples: [
      'Northlight Pictures has set an October 9, 2031 deadline for entries to "Glass Harbour".',
    ],
    when: (m, s) =>
      s.units
        .slice(m.start, m.end)
        .some((u) => u.kind === "word" && /^(?:release|opening|premiere|date)$/.test(u.lower)),
  },
  {
    id: "release.platform-streams",
    pattern:
      "platform=<ORG> will|is|has|to|plans? to? stream|streams|streaming|launch|launches|show|shows|premiere|premieres|release|releases the|this? film|movie|it|sequel? *4 on|in|from date=<DATE>",
    emit: { date: "date", platform: "platform", medium: "streaming" },
    confidence: 0.8,
    examples: [
      {
        text: "The thriller Glass Harbour opens in May. Streamly+ will stream the film later in 2031.",
        expect: ["release 2031 streaming Streamly+ @ Glass Harbour"],
      },
    ],
    counterExamples: [
      "The thriller Glass Harbour opens in May. Streamly+ will stream the final later in 2031.",
    ],
    when: (m, s) =>
      s.units
        .slice(m.start, m.end)
        .some((u) => u.kind === "word" && /^(?:film|movie|it|sequel)$/.test(u.lower)),
  },
  {
    id: "release.company-moves-film",
    pattern: `company=<ORG> has|have|had? ~1 ${SHIFT} the|its? release|opening? date? of? ^2 film=<FILM> back|forward? ~3 ,? from? former=<DATE>? to|until|till|into date=<DATE>`,
    emit: { film: "film", date: "date", former: "former", company: "company" },
    confidence: 0.85,
    examples: [
      {
        text: "Northlight Pictures has moved Glass Harbour to July 14, 2031.",
        expect: [
          "release 2031-07-14 theatrical @ Glass Harbour",
          "company Northlight Pictures distributor @ Glass Harbour",
        ],
      },
      {
        text: "Northlight Pictures has shifted the release of Glass Harbour from 5 March 2031 to 9 April 2031.",
        expect: [
          "release 2031-04-09 theatrical @ Glass Harbour",
          "release former 2031-03-05 theatrical @ Glass Harbour",
        ],
      },
      {
        text: "Northlight Pictures has also brought Glass Harbour forward by a week, to 20 November 2031.",
        expect: ["release 2031-11-20 theatrical @ Glass Harbour"],
      },
    ],
    counterExamples: ["Northlight Pictures has moved Amos Pell to its London office in July 2031."],
  },
  {
    id: "release.company-dates-film",
    pattern:
      "company=<ORG> has|have|had? ~1 dated|set|slated|scheduled|pencilled|penciled film=<FILM> ,? *10 for|on date=<DATE>",
    emit: { film: "film", date: "date", company: "company" },
    confidence: 0.85,
    examples: [
      {
        text: "Northlight Pictures has dated Glass Harbour 2, the sequel to its 2029 hit, for 30 October 2031.",
        expect: [
          "release 2031-10-30 theatrical @ Glass Harbour 2",
          "company Northlight Pictures distributor @ Glass Harbour 2",
        ],
      },
    ],
    counterExamples: ["Northlight Pictures has set Glass Harbour 2 aside to focus on a musical for 2031."],
    // "dated X for …" or "dated X, <what X is>, for …": nothing else between the film and the date.
    when: filmFollowedBy(",", "for", "on"),
  },
  {
    id: "release.company-releases-film",
    pattern:
      "company=<ORG> will|to|is|plans|has|have|had? ~1 release|releases|released|open|opens|opened|launch|launches|distribute|distributes film=<FILM> ,? *10 in|into? cinemas|theatres|theaters? on|from date=<DATE>",
    emit: { film: "film", date: "date", company: "company" },
    confidence: 0.85,
    examples: [
      {
        text: "Northlight Pictures will release Glass Harbour 2, the second chapter of its saga, in cinemas on 5 June 2031 in the US.",
        expect: [
          "release 2031-06-05 US theatrical @ Glass Harbour 2",
          "company Northlight Pictures distributor @ Glass Harbour 2",
        ],
      },
    ],
    counterExamples: [
      "Northlight Pictures will release Glass Harbour 2 news at its London office, which opens on 5 June 2031.",
    ],
    // "release X in cinemas on …" or "release X, <what X is>, in cinemas on …".
    when: filmFollowedBy(",", "in", "into", "on", "from"),
  },
  {
    id: "release.platform-acquires",
    pattern:
      "platform=<ORG> has|have|had? acquired|bought|picked film=<FILM> up? ,? which|that|and|it? will|to|is ~2 stream|streams|streaming|premiere|debut|launch|arrive ~2 on|from|in? date=<DATE>",
    emit: { film: "film", date: "date", platform: "platform", medium: "streaming" },
    confidence: 0.85,
    examples: [
      {
        text: "Streamly+ has acquired Coast Road, which will stream from 12 June 2031.",
        expect: ["release 2031-06-12 streaming Streamly+ @ Coast Road"],
      },
    ],
    counterExamples: ["Streamly+ has acquired Coast Road, which it will review in June 2031."],
  },
  {
    id: "release.moved-from-to",
    pattern: `${SHIFT} back|forward? from former=<DATE> to|until|till date=<DATE>`,
    emit: { date: "date", former: "former" },
    confidence: 0.85,
    examples: [
      {
        text: "The thriller Salt Road has been moved from 3 March 2031 to 9 May 2031.",
        expect: [
          "release 2031-05-09 theatrical @ Salt Road",
          "release former 2031-03-03 theatrical @ Salt Road",
        ],
      },
    ],
    counterExamples: ["The thriller Salt Road has been moved from London to Paris."],
  },
  {
    id: "release.regional-release-shifted",
    pattern: `region=<NAT|PLACE+> release|opening|debut|date ~2 has|have|had|was|is|will? been|be? ${SHIFT} back|forward? ~3 to|until|till|for date=<DATE>`,
    emit: { date: "date", region: "region" },
    confidence: 0.85,
    examples: [
      {
        text: "The thriller Salt Road opens in May. Its UK release has shifted to 9 May 2031.",
        expect: ["release 2031-05-09 GB theatrical @ Salt Road"],
      },
    ],
    counterExamples: ["The thriller Salt Road opens in May. Its UK office has shifted to a new site."],
  },
  {
    id: "release.shifted-to",
    pattern: `${SHIFT} back|forward? ~3 to|until|till|for date=<DATE>`,
    emit: { date: "date" },
    confidence: 0.85,
    examples: [
      {
        text: "The thriller Salt Road has been pushed back to 9 May 2031.",
        expect: ["release 2031-05-09 theatrical @ Salt Road"],
      },
    ],
    counterExamples: ["The thriller Salt Road was pushed to the limit in 2031."],
  },
  {
    id: "release.date-then-region",
    pattern: `${RELEASE} *6 on|in|from|for date=<DATE> in|across|throughout the? region=<PLACE+>`,
    emit: { date: "date", region: "region" },
    confidence: 0.85,
    examples: [
      {
        text: "The thriller Salt Road opens on 9 May 2031 in the UK.",
        expect: ["release 2031-05-09 GB theatrical @ Salt Road"],
      },
    ],
    counterExamples: ["The thriller Salt Road was praised on 9 May 2031 in the UK."],
  },
  {
    id: "release.region-then-date",
    pattern: `${RELEASE} *6 in|across|throughout the? region=<PLACE+> ^3 ,? on|in|from|for date=<DATE>`,
    emit: { date: "date", region: "region" },
    confidence: 0.85,
    examples: [
      {
        text: "The thriller Salt Road is scheduled to be released in the United States on May 9, 2031.",
        expect: ["release 2031-05-09 US theatrical @ Salt Road"],
      },
    ],
    counterExamples: ["The thriller Salt Road was shot in the United States on May 9, 2031."],
  },
  {
    id: "release.regional-noun",
    pattern: "region=<NAT|PLACE+> release|opening|debut|bow ~3 on|in|of|for|is|was? date=<DATE>",
    emit: { date: "date", region: "region" },
    confidence: 0.8,
    examples: [
      {
        text: "The thriller Salt Road has a UK release on 9 May 2031.",
        expect: ["release 2031-05-09 GB theatrical @ Salt Road"],
      },
    ],
    counterExamples: ["The thriller Salt Road has a UK premiere party on 9 May 2031."],
  },
  {
    id: "release.streaming-on",
    pattern:
      "streaming|stream|streams|digital|online release|debut|premiere? on|via platform=<ORG> ~2 on|in|from date=<DATE>",
    emit: { date: "date", platform: "platform", medium: "streaming" },
    confidence: 0.85,
    examples: [
      {
        text: "The thriller Salt Road opens in May, followed by a streaming release on Streamly+ in July 2031.",
        expect: ["release 2031-07 streaming Streamly+ @ Salt Road"],
      },
    ],
    counterExamples: ["The thriller Salt Road was praised on Streamly+ in July 2031 by critics."],
  },
  {
    id: "release.arrives-on-platform",
    pattern:
      "arrive|arrives|arrived|arriving|land|lands|landed|landing|come|comes|coming|head|heads|heading|premiere|premieres|debut|debuts|launch|launches|stream|streams|drop|drops on|onto|to|via platform=<ORG> ~2 on|in|from? date=<DATE>",
    emit: { date: "date", platform: "platform" },
    confidence: 0.8,
    examples: [
      {
        text: "The thriller Salt Road opens in cinemas on Friday, before arriving on Streamly+ in July 2031.",
        expect: ["release 2031-07 streaming Streamly+ @ Salt Road"],
      },
    ],
    counterExamples: ["The thriller Salt Road opens on Friday. Its star arrived in Paris in July 2031."],
  },
  {
    id: "release.region-cinemas",
    pattern:
      "opens|open|opening|reaches|reach|arrives|arrive|hits|hit|released|release in|into|across? region=<NAT|PLACE+> cinemas|theatres|theaters|screens|multiplexes ^3 ,? on|from|in date=<DATE>",
    emit: { date: "date", region: "region" },
    confidence: 0.85,
    examples: [
      {
        text: "The thriller Salt Road reaches UK and Irish cinemas on 9 May 2031.",
        expect: [
          "release 2031-05-09 GB theatrical @ Salt Road",
          "release 2031-05-09 IE theatrical @ Salt Road",
        ],
      },
    ],
    counterExamples: ["The thriller Salt Road reaches UK and Irish schools on 9 May 2031."],
  },
  {
    id: "release.previously-set",
    pattern:
      "previously|originally|initially|formerly set|scheduled|slated|due|dated|planned|expected to? open|arrive|be? released|out? for|on|in? former=<DATE>",
    emit: { former: "former" },
    confidence: 0.8,
    examples: [
      {
        text: "The thriller Salt Road, previously set for 30 October 2031, will now arrive on 5 March 2032.",
        expect: ["release former 2031-10-30 theatrical @ Salt Road"],
      },
    ],
    counterExamples: ["The thriller Salt Road, originally set in 2031, now takes place in the 1990s."],
    // "set in 2031" is where a story takes place.
    when: (m, s) => !isWordAt(s.units, m.start + 1, "set") || !isWordAt(s.units, m.start + 2, "in"),
  },
  {
    id: "release.had-been-due",
    pattern: "had been scheduled|slated|due|dated to? open|arrive|be? released|out? for|on|in former=<DATE>",
    emit: { former: "former" },
    confidence: 0.8,
    examples: [
      {
        text: "The thriller Salt Road had been due on 30 October 2031 but will now arrive on 5 March 2032.",
        expect: ["release former 2031-10-30 theatrical @ Salt Road"],
      },
    ],
    counterExamples: ["The thriller Salt Road had been due for a rewrite in 2031, its writer said."],
  },
  {
    id: "release.audiences-wait",
    pattern:
      "region=<NAT|PLACE+> audiences|viewers|fans|cinemagoers|filmgoers|moviegoers ~4 wait|see|watch|catch|get ~3 until|till|on|from date=<DATE>",
    emit: { date: "date", region: "region", impliesFilm: true },
    confidence: 0.75,
    examples: [
      {
        text: "The thriller Salt Road opens in March. UK audiences will now have to wait until 16 April 2031.",
        expect: ["release 2031-04-16 GB theatrical @ Salt Road"],
      },
    ],
    counterExamples: ["The thriller Salt Road opens in March. UK audiences voted for it on 16 April 2031."],
  },
  {
    id: "release.moved-from",
    pattern: `${SHIFT}|moving|shifting|pushing|bringing ~4 from former=<DATE>`,
    emit: { former: "former" },
    confidence: 0.8,
    examples: [
      {
        text: "The thriller Salt Road will now open on 3 October 2031, moving it from 12 September 2031.",
        expect: ["release former 2031-09-12 theatrical @ Salt Road"],
      },
    ],
    counterExamples: ["Amos Pell, moving from Paris in March 2031, joined the thriller Salt Road."],
    when: (_m, s) => speaksOfRelease(s.units),
  },
  {
    id: "release.film-opens-date",
    pattern:
      "film=<FILM> will|is? now|finally|also? open|opens|arrive|arrives|hit|hits|land|lands|debut|debuts|premiere|premieres|stream|streams date=<DATE>",
    emit: { film: "film", date: "date" },
    confidence: 0.8,
    examples: [
      {
        text: "The thriller Salt Road opens May 3, 2031 in the US and Canada.",
        expect: [
          "release 2031-05-03 US theatrical @ Salt Road",
          "release 2031-05-03 CA theatrical @ Salt Road",
        ],
      },
    ],
    counterExamples: ["The festival opens May 3, 2031 with the thriller Salt Road."],
  },
  {
    id: "release.anaphor-opens-date",
    pattern:
      "it|film|movie|picture|sequel|@genre will|is? now|finally|also? open|opens|arrive|arrives|hit|hits|land|lands|debut|debuts|premiere|premieres|stream|streams date=<DATE>",
    emit: { date: "date" },
    confidence: 0.75,
    examples: [
      {
        text: "The thriller Salt Road is a hit in Spain. The film opens May 3, 2031 in the UK.",
        expect: ["release 2031-05-03 GB theatrical @ Salt Road"],
      },
    ],
    counterExamples: ["The thriller Salt Road is a hit in Spain. The festival opens May 3, 2031 in the UK."],
  },
  {
    id: "release.set-for",
    pattern: "is|are|was|were|now|been set for date=<DATE>",
    emit: { date: "date" },
    confidence: 0.75,
    examples: [
      {
        text: "The thriller Salt Road III is set for 2028.",
        expect: ["release 2028 theatrical @ Salt Road III"],
      },
    ],
    counterExamples: ["The thriller Salt Road is set in 1928."],
  },
  {
    id: "release.media-date-pair",
    pattern: "and|, on|via dvd|blu-ray|digital|download|vod|video ~2 from|on date=<DATE>",
    emit: { date: "date" },
    confidence: 0.75,
    examples: [
      {
        text: "The thriller Salt Road will be available on digital platforms from 7 July 2031 and on Blu-ray from 28 July 2031.",
        expect: ["release 2031-07-28 home @ Salt Road"],
      },
    ],
    counterExamples: [
      "The thriller Salt Road opens on 7 July 2031, and on DVD its prequel is out from 28 July 2031.",
    ],
    when: (_m, s) => speaksOfRelease(s.units),
  },
  {
    id: "release.festival-screening",
    pattern:
      "premiere|premieres|premiered|screen|screens|screened|screening|shown|show at the? <EVENT> ~3 on|in|from? date=<DATE>",
    emit: { date: "date", medium: "festival" },
    confidence: 0.75,
    examples: [
      {
        text: "The thriller Salt Road premieres at the Harbour Film Festival on 9 May 2031.",
        expect: ["release 2031-05-09 festival @ Salt Road"],
      },
    ],
    counterExamples: ["The thriller Salt Road had its premiere in London on 9 May 2031."],
  },
  {
    id: "release.verb-date",
    pattern: `${RELEASE} *6 on|in|from|for|until date=<DATE>`,
    emit: { date: "date" },
    confidence: 0.75,
    examples: [
      {
        text: "The thriller Salt Road opens in cinemas on 9 May 2031.",
        expect: ["release 2031-05-09 theatrical @ Salt Road"],
      },
    ],
    counterExamples: ["The thriller Salt Road was discussed on 9 May 2031."],
  },
  {
    id: "release.verb-bare-date",
    pattern: `${RELEASE} in|across|throughout? the? <PLACE>? early|late|mid? date=<DATE>`,
    emit: { date: "date" },
    confidence: 0.75,
    examples: [
      {
        text: "The thriller Salt Road will be released next month.",
        publishedAt: "2031-03-02T09:00:00Z",
        expect: ["release 2031-04 theatrical @ Salt Road"],
      },
      {
        text: "The thriller Salt Road opens in the UK later this year.",
        publishedAt: "2031-03-02T09:00:00Z",
        expect: ["release 2031 GB theatrical @ Salt Road"],
      },
    ],
    counterExamples: [
      "The thriller Salt Road was released, and next month its star turns 40.",
      "The thriller Salt Road opened the festival last year.",
    ],
    // A date right after the verb ("released next month", "opens in the UK later this year",
    // "opens 9 May"); one after the verb's object is the object's ("opened the festival last year").
  },
  {
    id: "release.region-date-pair",
    pattern: "and|, in|across? the? region=<PLACE+> on|in|from date=<DATE>",
    emit: { date: "date", region: "region" },
    confidence: 0.75,
    examples: [
      {
        text: "The thriller Salt Road opens in the US on 9 May 2031 and in the UK on 16 May 2031.",
        expect: ["release 2031-05-16 GB theatrical @ Salt Road"],
      },
    ],
    counterExamples: [
      "The thriller Salt Road was shot in Spain, and in the UK on 16 May 2031 it won a prize.",
    ],
    when: (_m, s) => speaksOfRelease(s.units),
  },
  {
    id: "release.date-region-pair",
    pattern: "and|, date=<DATE> in|across the? region=<PLACE+>",
    emit: { date: "date", region: "region" },
    confidence: 0.75,
    examples: [
      {
        text: "The thriller Salt Road opens on 9 May 2031 in the US, 16 May 2031 in Britain.",
        expect: ["release 2031-05-16 GB theatrical @ Salt Road"],
      },
    ],
    counterExamples: [
      "The thriller Salt Road was shot in 2031, and on 16 May 2031 in Britain it won a prize.",
    ],
    when: (_m, s) => speaksOfRelease(s.units),
  },
];

const RELEASE_WORDS = new Set(RELEASE.split("|"));
const NOT_RELEASES = new Set([
  "filming",
  "shooting",
  "shoot",
  "production",
  "photography",
  "wrap",
  "wraps",
  "wrapped",
]);

/**
 * The film slot is followed by one of these words: "dated X for …", "dated X, <what X is>, for …",
 * where a skip may pass an apposition but nothing else between the film and its date.
 */
function filmFollowedBy(...words: string[]): (m: Match, s: SentenceUnits) => boolean {
  const allowed = new Set(words);
  return (m, s) => {
    const film = m.captures.film?.[0];
    const next = film ? s.units[s.indexOf(film) + 1] : undefined;
    return next?.kind === "word" && allowed.has(next.lower);
  };
}

/** The sentence speaks of a release (and not of a shoot). */
function speaksOfRelease(units: readonly { kind: string; lower?: string }[]): boolean {
  return (
    units.some((u) => u.kind === "word" && RELEASE_WORDS.has(u.lower ?? "")) &&
    !units.some((u) => u.kind === "word" && NOT_RELEASES.has(u.lower ?? ""))
  );
}
