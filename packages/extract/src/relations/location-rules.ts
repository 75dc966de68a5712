import type { Rule } from "../patterns/rule.ts";

/** "We shot in Cornwall": the speakers are the film's makers (a guard read once a sentence). */
const isFirstPersonPlural = (w: string) => w === "we" || w === "our" || w === "we'll";

/**
 * What a location rule says: the film (slot, else the sentence's) was or will be shot at the
 * places in `place`. `inCrewWords` rules read a director's or star's own words about the shoot
 * ("our thanks to the people of X"), and count only inside a quote by someone credited on the
 * film.
 */
export interface LocationEmit {
  film?: string;
  place: string;
  inCrewWords?: boolean;
}

export type LocationRule = Rule<LocationEmit>;

/** Places, and studios (organisations whose name ends in "Studios") where a film is shot. */
const PLACES = "<PLACE|NAME|ORG+>";

/** Filming locations, most specific first. */
export const LOCATION_RULES: LocationRule[] = [
  {
    id: "location.film-shot-in",
    pattern: `film=<FILM> was|is|will|were|be|being? filmed|shot ~4 on? location? in|at|around|near|across the? place=${PLACES}`,
    emit: { film: "film", place: "place" },
    confidence: 0.85,
    examples: [
      {
        text: "The thriller Salt Road was filmed over six weeks in Cornwall and Devon.",
        expect: ["location Cornwall @ Salt Road", "location Devon @ Salt Road"],
      },
    ],
    counterExamples: ["The thriller Salt Road was praised in Cornwall."],
  },
  {
    id: "location.shot-film-in",
    pattern: `filmed|filming|shooting|shoot|shot|shoots film=<FILM> ~6 on? location? in|at|around|near|across the? place=${PLACES}`,
    emit: { film: "film", place: "place" },
    confidence: 0.85,
    examples: [
      {
        text: "The thriller Salt Road opens in May. We shot Salt Road in three weeks in Cornwall, the director said.",
        expect: ["location Cornwall @ Salt Road"],
      },
    ],
    counterExamples: ["The thriller Salt Road opens in May. We saw Salt Road in three weeks in Cornwall."],
  },
  {
    id: "location.filming-in",
    pattern: `filmed|filming|shooting|shoot|shot|photography on? location? ~6 in|at|around|near|across the? place=${PLACES}`,
    emit: { place: "place" },
    confidence: 0.75,
    examples: [
      {
        text: "The thriller Salt Road opens in May. Filming took place in Cornwall.",
        expect: ["location Cornwall @ Salt Road"],
      },
    ],
    counterExamples: [
      "The thriller Salt Road opens in May. The director was shot at in Cornwall by a fan with a water pistol.",
    ],
    // "shot dead", "shot at in Cornwall": a person, not a camera ("shot at Pinewood Studios" is one).
    when: (m, s) => {
      const next = s.units[m.start + 1];
      const after = s.units[m.start + 2];
      if (next?.kind === "word" && ["dead", "and", "by"].includes(next.lower)) return false;
      return !(next?.kind === "word" && next.lower === "at" && after?.kind === "word");
    },
  },
  {
    id: "location.crew-thanks",
    pattern: "thanks|thank|grateful to the? place=<NAME|PLACE>",
    emit: { place: "place", inCrewWords: true },
    confidence: 0.6,
    examples: [
      {
        text: 'The thriller Salt Road is shooting. Director Amos Pell wrote: "Our thanks to the Tamar Valley Railway for a great week."',
        expect: ["location Tamar Valley Railway @ Salt Road"],
      },
    ],
    counterExamples: [
      'The thriller Salt Road is shooting. Director Amos Pell wrote: "Our thanks to Ruth Ellery for a great week."',
    ],
    when: (m) => {
      const place = m.captures.place?.[0];
      return place?.kind === "name" && (place.name.placeShaped || place.type === "PLACE");
    },
  },
  {
    id: "location.crew-people-of",
    pattern: "people|town|village|residents|folk of place=<PLACE|NAME>",
    emit: { place: "place", inCrewWords: true },
    confidence: 0.6,
    examples: [
      {
        text: 'The thriller Salt Road is shooting. Director Amos Pell wrote: "Thanks to the lovely people of Polperro."',
        expect: ["location Polperro @ Salt Road"],
      },
    ],
    counterExamples: [
      'The thriller Salt Road is shooting. Amos Pell, a fan, wrote: "Thanks to the lovely people of Polperro."',
    ],
  },
  {
    id: "location.crew-stay",
    pattern: "week|weeks|days|month|months|fortnight|summer|shoot|stay *8 in ~1 place=<PLACE|NAME>",
    emit: { place: "place", inCrewWords: true },
    confidence: 0.6,
    examples: [
      {
        text: 'The thriller Salt Road is shooting. Director Amos Pell wrote: "We had a wonderful week in sunny Cornwall."',
        expect: ["location Cornwall @ Salt Road"],
      },
    ],
    counterExamples: [
      'The thriller Salt Road is shooting. A fan wrote: "We had a wonderful week in sunny Cornwall."',
    ],
    when: (_m, s) => s.hasWord(isFirstPersonPlural),
  },
];
