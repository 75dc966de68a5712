import type { ExtractedFilm } from "../extraction.ts";
import { makeExtractedFilm } from "./factories.ts";

/**
 * The film facts of the article filmkb was founded on (shared/corpus/seed), written out by hand
 * as data: what a perfect extraction of that article yields. Its text is not reproduced here.
 */
export const seedFilms: ExtractedFilm[] = [
  makeExtractedFilm({
    id: "mission-impossible-7",
    title: "Mission: Impossible 7",
    year: 2022,
    franchise: "Mission: Impossible",
    installment: 7,
    directors: ["Christopher McQuarrie"],
    cast: [
      { name: "Tom Cruise", character: "Ethan Hunt" },
      ...[
        "Ving Rhames",
        "Henry Czerny",
        "Simon Pegg",
        "Rebecca Ferguson",
        "Vanessa Kirby",
        "Angela Bassett",
        "Frederick Schmidt",
        "Hayley Atwell",
        "Pom Klementieff",
        "Shea Whigham",
        "Esai Morales",
        "Rob Delaney",
        "Charles Parnell",
        "Indira Varma",
        "Mark Gatiss",
        "Cary Elwes",
      ].map((name) => ({ name, character: null })),
    ],
    companies: [
      { name: "Paramount Pictures", role: "distributor" },
      { name: "Paramount+", role: "streamer" },
    ],
    releases: [
      { date: "2022-05-27", region: "US", medium: "theatrical", platform: null },
      { date: "2022-07", region: null, medium: "streaming", platform: "Paramount+" },
    ],
    filmingLocations: ["North Yorkshire Moors Railway", "Levisham", "Yorkshire"],
    productionNotes: [{ kind: "stunt", text: "Tom Cruise hangs from the side of a moving train." }],
    relatedFilms: [{ relation: "sequel", title: "Mission: Impossible 8" }],
  }),
  makeExtractedFilm({
    id: "mission-impossible-8",
    title: "Mission: Impossible 8",
    franchise: "Mission: Impossible",
    installment: 8,
  }),
];
