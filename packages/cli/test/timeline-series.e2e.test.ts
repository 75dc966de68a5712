import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SeriesArticle, SeriesRun } from "./series/harness.ts";

/**
 * Series of fictional articles about upcoming films (written for this project), posted in order
 * through the local stack's API with their publication dates, as a news desk would over a year
 * and more. Each series tells the story in the words entertainment news uses — an announcement
 * under a numbered working title, a retitle, delays phrased differently, dates with their
 * regions before and after them and in lists, a streaming date — with red herrings beside them:
 * days of the week on reporting verbs, months named in passing, shoots, festivals and box-office
 * weekends. The assertions are the knowledge base a reader would draw from the same articles:
 * current dates, the history of every report and what replaced it, the film as it stood on
 * given days, and the release calendar.
 */

/**
 * Nightjar 3, announced in January 2026 for May 2027, is retitled Nightjar: Ashfall, pushed to
 * August, then to September (and given Canada, Ireland and a Netflix date), and opens.
 */
const NIGHTJAR: SeriesArticle[] = [
  { file: "1-announced.txt", publishedAt: "2026-01-15" },
  { file: "2-retitled.md", publishedAt: "2026-04-02" },
  { file: "3-delayed.html" }, // article:published_time 2026-09-09T08:30:00Z
  { file: "4-moved-again.txt", publishedAt: "2027-03-02" },
  { file: "5-box-office.md", publishedAt: "2027-09-06" },
];

describe("the Nightjar series through the API", () => {
  let run: SeriesRun;
  let id: string;
  beforeAll(async () => {
    run = await SeriesRun.start("nightjar");
    await run.postAll(NIGHTJAR);
    id = await run.filmId("Nightjar: Ashfall");
  });
  afterAll(() => run.close());

  it("knows the retitled film by both names, in its franchise, with its people and studio", async () => {
    const film = await run.film(id);
    expect(film.title).toBe("Nightjar: Ashfall");
    expect(film.aliases.map((a) => a.value)).toContain("Nightjar 3");
    expect(await run.filmId("Nightjar 3")).toBe(id);
    expect([film.franchise?.value, film.installment?.value]).toEqual(["Nightjar", 3]);
    expect(film.directors.map((d) => d.value.name)).toEqual(["Ruth Okonjo"]);
    expect(film.cast.map((c) => [c.value.person.name, c.value.character])).toEqual([
      ["Greta Holm", expect.stringMatching(/Mara Vale$/)],
    ]);
    expect(film.companies.map((c) => c.value.name)).toContain("Meridian Pictures");
  });

  it("holds the dates of the last report per region and medium", async () => {
    expect(await run.current(id)).toEqual([
      "2027-09-03 CA theatrical ← moved-again",
      "2027-09-03 US theatrical ← box-office",
      "2027-09-10 GB theatrical ← box-office",
      "2027-09-10 IE theatrical ← box-office",
      "2027-11-26 - streaming Netflix ← moved-again",
    ]);
  });

  it("keeps every report with the article that made it and the report that replaced it", async () => {
    expect(await run.history(id, "US")).toEqual([
      "2027-05-14 ← announced ⇒ 2027-08-06 (delayed)",
      "2027-05-14 ← retitled ⇒ 2027-08-06 (delayed)",
      "2027-08-06 ← delayed ⇒ 2027-09-03 (moved-again)",
      "2027-08-06 former ← moved-again ⇒ 2027-09-03 (moved-again)",
      "2027-09-03 ← moved-again",
      "2027-09-03 ← box-office",
    ]);
    expect(await run.history(id, "GB")).toEqual([
      "2027-05-21 ← announced ⇒ 2027-08-13 (delayed)",
      "2027-08-13 ← delayed ⇒ 2027-09-10 (moved-again)",
      "2027-09-10 ← moved-again",
      "2027-09-10 ← box-office",
    ]);
    // Nothing was dated without a region: the headline's "pushed back to August" is the body's date.
    expect(await run.history(id, null)).toEqual([]);
  });

  it("answers as the knowledge base stood on given days", async () => {
    expect(await run.status(`/films/${id}?asOf=2026-01-14`)).toBe(404);
    expect(await run.current(id, "2026-01-15")).toEqual([
      "2027-05-14 US theatrical ← announced",
      "2027-05-21 GB theatrical ← announced",
    ]);
    expect((await run.film(id, "2026-03-31")).title).toBe("Nightjar 3");
    expect((await run.film(id, "2026-04-02")).title).toBe("Nightjar: Ashfall");
    expect(await run.current(id, "2026-06-30")).toEqual([
      "2027-05-14 US theatrical ← retitled",
      "2027-05-21 GB theatrical ← announced",
    ]);
    expect(await run.current(id, "2026-09-09")).toEqual([
      "2027-08-06 US theatrical ← delayed",
      "2027-08-13 GB theatrical ← delayed",
    ]);
    expect(await run.current(id, "2027-03-02")).toEqual([
      "2027-09-03 CA theatrical ← moved-again",
      "2027-09-03 US theatrical ← moved-again",
      "2027-09-10 GB theatrical ← moved-again",
      "2027-09-10 IE theatrical ← moved-again",
      "2027-11-26 - streaming Netflix ← moved-again",
    ]);
  });

  it("puts current dates only in the calendar, and no red herring at all", async () => {
    // Every dated thing the articles name besides releases — days of reporting verbs, an
    // interview, shoots, a festival visit, a box-office weekend — would show up here.
    expect(await run.calendar("2024-01", "2028-12")).toEqual([
      "paper-comet 2027-05-14 - theatrical",
      `${id} 2027-09-03 CA theatrical`,
      `${id} 2027-09-03 US theatrical`,
      `${id} 2027-09-10 GB theatrical`,
      `${id} 2027-09-10 IE theatrical`,
      `${id} 2027-11-26 - streaming Netflix`,
    ]);
    expect(await run.calendar("2027-09", "2027-09", "GB")).toEqual([`${id} 2027-09-10 GB theatrical`]);
    // Films the articles name without dating them stay undated.
    for (const other of await run.filmIds())
      if (other !== id && other !== "paper-comet") expect(await run.reports(other), other).toEqual([]);
  });
});

/**
 * Written after the extractor passed the Nightjar series, as a check that it generalises: other
 * films, other phrasings. Tidewater II, the sequel to Tidewater, is dated for October 2026,
 * delayed to March 2027 (with Ireland), given a festival premiere and delayed again to April;
 * Project Halcyon is renamed The Lamplighter's Daughter, brought forward a week, opens and gets
 * a streaming date.
 */
const TIDEWATER: SeriesArticle[] = [
  { file: "1-dated.txt", publishedAt: "2026-02-10" },
  { file: "2-renamed.md", publishedAt: "2026-05-20" },
  { file: "3-delayed.html" }, // <time datetime="2026-08-14T07:45:00Z">
  { file: "4-opening-weekend.txt", publishedAt: "2026-11-23" },
  { file: "5-delayed-again.md", publishedAt: "2027-01-12" },
];

describe("the Tidewater series through the API", () => {
  let run: SeriesRun;
  let sequel: string;
  let musical: string;
  beforeAll(async () => {
    run = await SeriesRun.start("tidewater");
    await run.postAll(TIDEWATER);
    sequel = await run.filmId("Tidewater II");
    musical = await run.filmId("The Lamplighter's Daughter");
  });
  afterAll(() => run.close());

  it("knows each film by its names, its series, its people and studio", async () => {
    const film = await run.film(sequel);
    expect(film.title).toBe("Tidewater II");
    expect([film.franchise?.value, film.installment?.value]).toEqual(["Tidewater", 2]);
    expect(film.directors.map((d) => d.value.name)).toEqual(["Tomasz Wren"]);
    expect(film.cast.map((c) => [c.value.person.name, c.value.character])).toEqual([
      ["Ada Nkemelu", "Nora Pike"],
    ]);
    expect(film.companies.map((c) => c.value.name)).toContain("Harrow Bay Films");
    const renamed = await run.film(musical);
    expect(renamed.title).toBe("The Lamplighter's Daughter");
    expect(renamed.aliases.map((a) => a.value)).toContain("Project Halcyon");
    expect(await run.filmId("Project Halcyon")).toBe(musical);
    expect(renamed.directors.map((d) => d.value.name)).toEqual(["Imogen Reyes"]);
    expect(renamed.companies.map((c) => c.value.name)).toContain("Copperkettle Studios");
  });

  it("holds the dates of the last report per region and medium", async () => {
    expect(await run.current(sequel)).toEqual([
      "2027-02-14 - festival ← opening-weekend",
      "2027-03-12 IE theatrical ← delayed",
      "2027-04-09 US theatrical ← delayed-again",
      "2027-04-16 GB theatrical ← delayed-again",
    ]);
    expect(await run.current(musical)).toEqual([
      "2026-11-20 US theatrical ← opening-weekend",
      "2026-12-03 AU theatrical ← opening-weekend",
      "2027-02-26 - streaming Disney+ ← opening-weekend",
    ]);
  });

  it("keeps every report with the article that made it and the report that replaced it", async () => {
    expect(await run.history(sequel, "US")).toEqual([
      "2026-10-30 ← dated ⇒ 2027-03-05 (delayed)",
      "2026-10-30 former ← delayed ⇒ 2027-03-05 (delayed)",
      "2027-03-05 ← delayed ⇒ 2027-04-09 (delayed-again)",
      "2027-03-05 former ← delayed-again ⇒ 2027-04-09 (delayed-again)",
      "2027-04-09 ← delayed-again",
    ]);
    expect(await run.history(sequel, "GB")).toEqual([
      "2026-11-06 ← dated ⇒ 2027-03-12 (delayed)",
      "2027-03-12 ← delayed ⇒ 2027-04-16 (delayed-again)",
      "2027-04-16 ← delayed-again",
    ]);
    expect(await run.history(sequel, null)).toEqual([]);
    expect(await run.history(musical, "US")).toEqual([
      "2026-11-27 ← renamed ⇒ 2026-11-20 (delayed)",
      "2026-11-20 ← delayed",
      "2026-11-20 ← opening-weekend",
    ]);
  });

  it("answers as the knowledge base stood on given days", async () => {
    expect(await run.status(`/films/${sequel}?asOf=2026-02-09`)).toBe(404);
    expect(await run.current(sequel, "2026-02-10")).toEqual([
      "2026-10-30 US theatrical ← dated",
      "2026-11-06 GB theatrical ← dated",
    ]);
    expect(await run.current(sequel, "2026-08-14")).toEqual([
      "2027-03-05 US theatrical ← delayed",
      "2027-03-12 GB theatrical ← delayed",
      "2027-03-12 IE theatrical ← delayed",
    ]);
    expect(await run.current(musical, "2026-05-20")).toEqual([
      "2026-11-27 US theatrical ← renamed",
      "2026-12-03 AU theatrical ← renamed",
    ]);
    expect((await run.film(musical, "2026-05-20")).title).toBe("The Lamplighter's Daughter");
    expect(await run.current(sequel, "2026-12-31")).toEqual([
      "2027-02-14 - festival ← opening-weekend",
      "2027-03-05 US theatrical ← delayed",
      "2027-03-12 GB theatrical ← delayed",
      "2027-03-12 IE theatrical ← delayed",
    ]);
  });

  it("puts current dates only in the calendar, and no red herring at all", async () => {
    expect(await run.calendar("2024-01", "2028-12")).toEqual([
      `${musical} 2026-11-20 US theatrical`,
      `${musical} 2026-12-03 AU theatrical`,
      `${sequel} 2027-02-14 - festival`,
      `${musical} 2027-02-26 - streaming Disney+`,
      `${sequel} 2027-03-12 IE theatrical`,
      `${sequel} 2027-04-09 US theatrical`,
      `${sequel} 2027-04-16 GB theatrical`,
    ]);
    for (const other of await run.filmIds())
      if (other !== sequel && other !== musical) expect(await run.reports(other), other).toEqual([]);
  });
});

/**
 * Written after the extractor passed the Tidewater series, as a further check: a "Part Two"
 * dated for June and moved up a week, with three countries named by their audiences, an opening
 * "today", digital and Blu-ray dates and the next installment set for a year; beside it a
 * documentary from a festival to streaming.
 */
const EMBER_FALLS: SeriesArticle[] = [
  { file: "1-announced.txt", publishedAt: "2026-03-04" },
  { file: "2-moved-up.md", publishedAt: "2026-04-20" },
  { file: "3-opens.html" }, // article:published_time 2026-05-29T06:00:00Z
  { file: "4-home.txt", publishedAt: "2026-06-15" },
];

describe("the Ember Falls series through the API", () => {
  let run: SeriesRun;
  let sequel: string;
  let third: string;
  let documentary: string;
  beforeAll(async () => {
    run = await SeriesRun.start("ember-falls");
    await run.postAll(EMBER_FALLS);
    sequel = await run.filmId("Ember Falls: Part Two");
    third = await run.filmId("Ember Falls III");
    documentary = await run.filmId("Salt and Smoke");
  });
  afterAll(() => run.close());

  it("knows each film by its names, its series, its people and studio", async () => {
    const film = await run.film(sequel);
    expect(film.title).toBe("Ember Falls: Part Two");
    expect(film.aliases.map((a) => a.value)).toContain("Ember Falls II");
    expect([film.franchise?.value, film.installment?.value]).toEqual(["Ember Falls", 2]);
    expect(film.directors.map((d) => d.value.name)).toEqual(["Lise Varga"]);
    expect(film.cast.map((c) => c.value.person.name)).toEqual(["Omar Petit", "June Hallam"]);
    expect(film.companies.map((c) => c.value.name)).toContain("Northwind Pictures");
    const next = await run.film(third);
    expect([next.franchise?.value, next.installment?.value]).toEqual(["Ember Falls", 3]);
  });

  it("holds the dates of the last report per region and medium", async () => {
    expect(await run.current(sequel)).toEqual([
      "2026-05-29 CA theatrical ← opens",
      "2026-05-29 US theatrical ← opens",
      "2026-06-04 AT theatrical ← moved-up",
      "2026-06-04 CH theatrical ← moved-up",
      "2026-06-04 DE theatrical ← moved-up",
      "2026-06-12 GB theatrical ← announced",
      "2026-07-07 - streaming ← home",
      "2026-07-28 - home ← home",
    ]);
    expect(await run.current(documentary)).toEqual([
      "2026-01 - festival ← opens",
      "2026-06-19 - streaming Netflix ← opens",
    ]);
    expect(await run.current(third)).toEqual(["2028 - theatrical ← home"]);
  });

  it("keeps every report with the article that made it and the report that replaced it", async () => {
    expect(await run.history(sequel, "US")).toEqual([
      "2026-06-05 ← announced ⇒ 2026-05-29 (moved-up)",
      "2026-05-29 ← moved-up",
      "2026-05-29 ← opens",
    ]);
    expect(await run.history(sequel, "GB")).toEqual(["2026-06-12 ← announced"]);
  });

  it("answers as the knowledge base stood on given days", async () => {
    expect(await run.status(`/films/${sequel}?asOf=2026-03-03`)).toBe(404);
    expect(await run.current(sequel, "2026-03-04")).toEqual([
      "2026-06-05 US theatrical ← announced",
      "2026-06-12 GB theatrical ← announced",
    ]);
    expect(await run.current(sequel, "2026-04-20")).toEqual([
      "2026-05-29 CA theatrical ← moved-up",
      "2026-05-29 US theatrical ← moved-up",
      "2026-06-04 AT theatrical ← moved-up",
      "2026-06-04 CH theatrical ← moved-up",
      "2026-06-04 DE theatrical ← moved-up",
      "2026-06-12 GB theatrical ← announced",
    ]);
  });

  it("puts current dates only in the calendar, and no red herring at all", async () => {
    expect(await run.calendar("2024-01", "2028-12")).toEqual([
      `${documentary} 2026-01 - festival`,
      `${sequel} 2026-05-29 CA theatrical`,
      `${sequel} 2026-05-29 US theatrical`,
      `${sequel} 2026-06-04 AT theatrical`,
      `${sequel} 2026-06-04 CH theatrical`,
      `${sequel} 2026-06-04 DE theatrical`,
      `${sequel} 2026-06-12 GB theatrical`,
      `${documentary} 2026-06-19 - streaming Netflix`,
      `${sequel} 2026-07-07 - streaming`,
      `${sequel} 2026-07-28 - home`,
      `${third} 2028 - theatrical`,
    ]);
    for (const other of await run.filmIds())
      if (![sequel, third, documentary].includes(other)) expect(await run.reports(other), other).toEqual([]);
  });
});
