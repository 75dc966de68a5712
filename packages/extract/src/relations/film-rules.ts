import type { CompanyRole } from "@filmkb/schema";
import { rightsToAFilm } from "../films/title-rules.ts";
import type { Rule } from "../patterns/rule.ts";

/**
 * What a rule about a film's own particulars says: its year (`year` slot, a year or a date),
 * a company and its role (`company` slot, organisations), or a series it belongs to
 * (`franchise` slot, a name). Without a `film` slot, the film the sentence is about.
 */
export type FilmFactEmit =
  | { fact: "year"; film?: string; year: string }
  | { fact: "company"; film?: string; company: string; role: CompanyRole }
  | {
      fact: "franchise";
      film?: string;
      franchise: string;
      nth?: string;
      /** The film follows the one named as its series: each is the other's related film. */
      follows?: boolean;
    };

export type FilmFactRule = Rule<FilmFactEmit>;

const ORGS = "<ORG+>";

/** "He saw the thriller X in 1948": a viewing's year, not the film's. */
const VIEWING = new Set(["saw", "watched", "re-released", "reissued"]);
const isViewing = (word: string) => VIEWING.has(word);

/** Years, companies and series, most specific first. */
export const FILM_FACT_RULES: FilmFactRule[] = [
  // — years —
  {
    id: "year.before-kind-noun",
    pattern: "the|a|an|his|her|its|their year=#year @adjective? ~2 @genre|@filmNoun ,? film=<FILM>",
    emit: { fact: "year", film: "film", year: "year" },
    confidence: 0.9,
    examples: [{ text: "He directed the 1998 hit Salt Road.", expect: ["year 1998 @ Salt Road"] }],
    counterExamples: ["The 1998 hit was sung by Amos Pell."],
  },
  {
    id: "year.film-in-year",
    pattern: "film=<FILM> in year=<DATE>",
    emit: { fact: "year", film: "film", year: "year" },
    confidence: 0.5,
    examples: [
      {
        text: "He played a butler in the thriller Copper Orchard in 1948.",
        expect: ["year 1948 @ Copper Orchard"],
      },
    ],
    counterExamples: ["He saw the thriller Copper Orchard in London."],
    when: (m, s) => !s.hasWordBefore(m.start, isViewing),
  },
  {
    id: "year.released-in",
    pattern:
      "film=<FILM> ,? which|that? was|were? first? released|made|filmed|produced ~2 in late|early|mid? year=<DATE>",
    emit: { fact: "year", film: "film", year: "year" },
    confidence: 0.8,
    examples: [
      {
        text: "The thriller Copper Orchard was released in late 2002.",
        expect: ["year 2002 @ Copper Orchard"],
      },
    ],
    counterExamples: ["The thriller Copper Orchard was released on DVD."],
  },
  {
    id: "year.in-year-for-film",
    pattern: "in year=<DATE> for|in ^3 film=<FILM>",
    emit: { fact: "year", film: "film", year: "year" },
    confidence: 0.7,
    examples: [
      {
        text: "She was reunited with the director in 1996 for the thriller Escape Road.",
        expect: ["year 1996 @ Escape Road"],
      },
    ],
    counterExamples: ["She won an award in 1996 for charity work."],
  },
  // — companies —
  {
    id: "company.org-kind-noun",
    pattern: `company=<ORG> @genre? @genre|@filmNoun|hit|blockbuster ,? film=<FILM>`,
    emit: { fact: "company", film: "film", company: "company", role: "studio" },
    confidence: 0.75,
    examples: [
      {
        text: "The Paramount comedy Salt Road topped the chart.",
        expect: ["company Paramount studio @ Salt Road"],
      },
    ],
    counterExamples: ["The BBC comedy Dock Street topped the ratings."],
    when: (m, s) =>
      !s.units
        .slice(m.start, m.end)
        .some((u) => u.kind === "name" && /^(?:bbc|itv|channel \d)$/i.test(u.name.text)),
  },
  {
    id: "company.which-released",
    pattern: `company=${ORGS} ,? which|who|that? released|distributed|distributes|releases|produced|made|financed|backed|funded|bought|acquired ^2 film=<FILM+>`,
    emit: { fact: "company", film: "film", company: "company", role: "distributor" },
    confidence: 0.85,
    examples: [
      {
        text: "Ned Lowe, head of distribution at Paramount Pictures, which released Salt Road, was pleased.",
        expect: ["company Paramount Pictures distributor @ Salt Road"],
      },
    ],
    counterExamples: ["Paramount Pictures, which employs Ned Lowe, was pleased."],
  },
  {
    id: "company.film-released-by",
    pattern: `film=<FILM+> ,? which|that? ~4 released|distributed|re-released by the? company=${ORGS}`,
    emit: { fact: "company", film: "film", company: "company", role: "distributor" },
    confidence: 0.85,
    examples: [
      {
        text: "The thriller Salt Road was released by Meridian Films in March.",
        expect: ["company Meridian Films distributor @ Salt Road"],
      },
    ],
    counterExamples: ["The thriller Salt Road was praised by Meridian Films in March."],
  },
  {
    id: "company.film-from-company",
    pattern: `film=<FILM+> , from the? company=${ORGS} ,`,
    emit: { fact: "company", film: "film", company: "company", role: "production" },
    confidence: 0.7,
    examples: [
      {
        text: "Salt Road, from Lanternfish Animation, opens in May.",
        expect: ["company Lanternfish Animation production @ Salt Road"],
      },
    ],
    counterExamples: ["Ruth Ellery, from Lanternfish Animation, opens the festival in May."],
  },
  {
    id: "company.film-aside-released-by",
    pattern: `film=<FILM+> , *6 , was|were|is|are|has|have|had|been|being|will|be ~2 released|distributed|re-released by the? company=${ORGS}`,
    emit: { fact: "company", film: "film", company: "company", role: "distributor" },
    confidence: 0.85,
    examples: [
      {
        text: "Salt Road, a thriller about smugglers, was released by Meridian Films in March.",
        expect: ["company Meridian Films distributor @ Salt Road"],
      },
    ],
    counterExamples: ["Salt Road, a thriller about smugglers, was praised by Meridian Films in March."],
  },
  {
    id: "company.will-release-film",
    pattern: `company=${ORGS} will|to|is|plans|has|have|had? ~1 release|releases|released|distribute|distributes|distributed film=<FILM+>`,
    emit: { fact: "company", film: "film", company: "company", role: "distributor" },
    confidence: 0.8,
    examples: [
      {
        text: "The thriller Salt Road opens in May. Meridian Films will release Salt Road in the US.",
        expect: ["company Meridian Films distributor @ Salt Road"],
      },
    ],
    counterExamples: ["The thriller Salt Road opens in May. Meridian Films will praise Salt Road in the US."],
  },
  {
    id: "company.released-the-film",
    pattern: `company=${ORGS} ,? which|who|that? released|distributed|produced|made|financed|backed|funded the|this film|movie|picture|it`,
    emit: { fact: "company", company: "company", role: "distributor" },
    confidence: 0.75,
    examples: [
      {
        text: "The thriller Salt Road opened well, said Paramount Pictures, which released the film in the US.",
        expect: ["company Paramount Pictures distributor @ Salt Road"],
      },
    ],
    counterExamples: [
      "The thriller Salt Road opened well, said Paramount Pictures, which bought the cinema.",
    ],
  },
  {
    id: "company.made-for",
    pattern: `film=<FILM+> ,? which|that? ~4 made|produced|commissioned|funded|financed|backed|co-produced for|by the? company=${ORGS}`,
    emit: { fact: "company", film: "film", company: "company", role: "production" },
    confidence: 0.8,
    examples: [
      {
        text: "Both Salt Road and Quiet Shore were made for the BBC.",
        expect: ["company BBC production @ Salt Road", "company BBC production @ Quiet Shore"],
      },
    ],
    counterExamples: ["Salt Road was praised by the BBC."],
  },
  {
    id: "company.made-by",
    pattern: `produced|co-produced|made|financed|backed|funded|commissioned|developed by the? ~1 company=${ORGS}`,
    emit: { fact: "company", company: "company", role: "production" },
    confidence: 0.75,
    examples: [
      {
        text: "The comedy Night Ferry features the voices of Ruth Ellery, and was produced by Lanternfish Animation.",
        expect: ["company Lanternfish Animation production @ Night Ferry"],
      },
      {
        text: "The comedy Night Ferry, made by Leeds-based Lanternfish Animation, opens today.",
        expect: ["company Lanternfish Animation production @ Night Ferry"],
      },
    ],
    counterExamples: ["The comedy Night Ferry was praised by Lanternfish Animation."],
  },
  {
    id: "company.backers",
    pattern: `backers|backer|financiers|producers|co-producers ,? company=<ORG|NAME+>`,
    emit: { fact: "company", company: "company", role: "production" },
    confidence: 0.75,
    examples: [
      {
        text: "The thriller Salt Road won, and its backers, Paramount Pictures and Film4, were delighted.",
        expect: ["company Paramount Pictures production @ Salt Road", "company Film4 production @ Salt Road"],
      },
    ],
    counterExamples: ["The thriller Salt Road won, and its director, Amos Pell, was delighted."],
  },
  {
    id: "company.co-production",
    pattern: `a|an? company=<ORG> co-production|production|release ,? film=<FILM>`,
    emit: { fact: "company", film: "film", company: "company", role: "production" },
    confidence: 0.8,
    examples: [
      {
        text: "A Film4 co-production, Salt Road was also nominated.",
        expect: ["company Film4 production @ Salt Road"],
      },
    ],
    counterExamples: ["A Film4 spokesman said Salt Road was also nominated."],
  },
  {
    id: "company.responsible-for",
    pattern: `company=<ORG> , responsible|known for ~2 hits|films|movies like|including|such as? film=<FILM+>`,
    emit: { fact: "company", film: "film", company: "company", role: "studio" },
    confidence: 0.8,
    examples: [
      {
        text: "Paramount Pictures, responsible for hits like Salt Road and Quiet Shore, is pleased.",
        expect: [
          "company Paramount Pictures studio @ Salt Road",
          "company Paramount Pictures studio @ Quiet Shore",
        ],
      },
    ],
    counterExamples: ["Paramount Pictures, responsible for the cinema chain, is pleased."],
  },
  {
    id: "company.distributor-noun",
    pattern: `distributor|studio the? company=<ORG>`,
    emit: { fact: "company", company: "company", role: "distributor" },
    confidence: 0.7,
    examples: [
      {
        text: "The drama Salt Road opens in March, a spokesman for distributor Film4 said.",
        expect: ["company Film4 distributor @ Salt Road"],
      },
    ],
    counterExamples: ["The drama Salt Road opens in March, a spokesman for the band Film4 said."],
  },
  {
    id: "company.released-by",
    pattern: `released|distributed *8 by the? company=<ORG>`,
    emit: { fact: "company", company: "company", role: "distributor" },
    confidence: 0.8,
    examples: [
      {
        text: "The drama Salt Road is scheduled to be released in the US on 3 May by Paramount Pictures.",
        expect: ["company Paramount Pictures distributor @ Salt Road"],
      },
    ],
    counterExamples: ["The drama Salt Road was praised in the US by Paramount Pictures."],
  },
  {
    id: "company.possessive-kind-noun",
    pattern: "company=<ORG's> @adjective? @genre? @genre|@filmNoun ,? film=<FILM>?",
    emit: { fact: "company", film: "film", company: "company", role: "studio" },
    confidence: 0.75,
    examples: [
      {
        text: "Lantern Pictures' animated musical, Quiet Shore, opens in May.",
        expect: ["company Lantern Pictures studio @ Quiet Shore"],
      },
      {
        text: "The thriller Quiet Shore opens in May. Lantern Pictures' animated musical took $41m.",
        expect: ["company Lantern Pictures studio @ Quiet Shore"],
      },
    ],
    counterExamples: ["The thriller Quiet Shore opens in May. Lantern Pictures' next film is a western."],
  },
  {
    id: "company.announces-film",
    pattern:
      "company=<ORG> has|have|had? announced|unveiled|greenlit|green-lit|revealed film=<FILM> , the|a|an|its ^3 @filmNoun|@genre|instalment|installment|entry|chapter|follow-up",
    emit: { fact: "company", film: "film", company: "company", role: "studio" },
    confidence: 0.8,
    examples: [
      {
        text: "Lantern Pictures has announced Quiet Shore 3, the next instalment in its spy franchise.",
        expect: ["company Lantern Pictures studio @ Quiet Shore 3"],
      },
    ],
    counterExamples: ["Lantern Pictures has announced Harbour Media, a new label for its thrillers."],
  },
  {
    id: "company.acquired-rights",
    pattern: "company=<ORG> has|have|had? @acquiring up? the? <PLACE|NAT>? ~2 rights to film=<FILM>",
    emit: { fact: "company", film: "film", company: "company", role: "distributor" },
    confidence: 0.8,
    examples: [
      {
        text: "Harbour Pictures has acquired the UK rights to Salt Meadow.",
        expect: ["company Harbour Pictures distributor @ Salt Meadow"],
      },
    ],
    counterExamples: [
      "Harbour Pictures has acquired the UK rights to a novel, Salt Meadow, for a film.",
      "The thriller Salt Meadow opens in May. Harbour Pictures has acquired the sequel rights to Salt Meadow.",
    ],
    // The rights are to show the film, not to make another ("the sequel rights to X").
    when: (m, s) => rightsToAFilm(s, m),
  },
  // — series —
  {
    id: "franchise.sequel-to",
    pattern: "film=<FILM> ,? is|was? the|a direct? sequel|follow-up to the? ^2 franchise=<FILM>",
    emit: { fact: "franchise", film: "film", franchise: "franchise", follows: true },
    confidence: 0.8,
    examples: [
      {
        text: "Night Ferry 2 opens today. Night Ferry 2 is the sequel to the thriller Night Ferry.",
        expect: [
          "franchise Night Ferry @ Night Ferry 2",
          'relatedFilm {"relation":"sequel","title":"Night Ferry 2"} @ Night Ferry',
          'relatedFilm {"relation":"prequel","title":"Night Ferry"} @ Night Ferry 2',
        ],
      },
    ],
    counterExamples: ["Night Ferry is the sequel writer's favourite."],
  },
  {
    id: "franchise.installment-in-series",
    pattern:
      "film=<FILM> , the|its|a nth=@seriesOrdinal? ^1 @installmentNoun in|of the franchise=<NAME|FILM|PNAME> @seriesNoun",
    emit: { fact: "franchise", film: "film", franchise: "franchise", nth: "nth" },
    confidence: 0.8,
    examples: [
      {
        text: "Tide Runner, the fourth film in the Quiet Shore series, opens in May.",
        expect: ["franchise Quiet Shore @ Tide Runner", "installment 4 @ Tide Runner"],
      },
    ],
    counterExamples: ["Tide Runner, the fourth film in the Quiet Shore season, opens in May."],
  },
  {
    id: "franchise.installment-fronted",
    pattern:
      "the|its nth=@seriesOrdinal ^1 @installmentNoun in|of the franchise=<NAME|FILM|PNAME> @seriesNoun , film=<FILM>",
    emit: { fact: "franchise", film: "film", franchise: "franchise", nth: "nth" },
    confidence: 0.8,
    examples: [
      {
        text: "The third film in the Glass Tower series, Blue Steel, opens in June.",
        expect: ["franchise Glass Tower @ Blue Steel", "installment 3 @ Blue Steel"],
      },
    ],
    counterExamples: ["The third film in the Glass Tower season, Blue Steel, opens in June."],
  },
  {
    id: "franchise.nth-film",
    pattern:
      "this|the|its nth=@seriesOrdinal franchise=<NAME|FILM|PNAME> film|movie|instalment|installment|entry|adventure",
    emit: { fact: "franchise", franchise: "franchise", nth: "nth" },
    confidence: 0.75,
    examples: [
      {
        text: "DVD review: Moon Harbour 3. This third Moon Harbour film is the darkest yet.",
        expect: ["franchise Moon Harbour @ Moon Harbour 3"],
      },
    ],
    counterExamples: ["DVD review: Moon Harbour 3. This third Paramount film is the darkest yet."],
  },
];
