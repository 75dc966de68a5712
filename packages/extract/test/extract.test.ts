import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ExtractionResult } from "@filmkb/schema";
import { describe, expect, it } from "vitest";
import { EXTRACTOR_VERSION, extract } from "../src/index.ts";
import { FIXTURES, fixture } from "./fixtures.ts";

const film = (result: ExtractionResult, title: string) => {
  const found = result.films.find((f) => f.title === title);
  if (!found) throw new Error(`no film "${title}" in ${result.films.map((f) => f.title).join(", ")}`);
  return found;
};

/** The titles of the films a plain-text article yields. */
const titlesOf = (text: string) => extract({ format: "text", text }).films.map((f) => f.title);

/** The cast names of the first film a plain-text article yields. */
const castOf = (text: string) => extract({ format: "text", text }).films[0]?.cast.map((c) => c.name);

describe("extract", () => {
  it.each(FIXTURES)("%s: every fact validates and quotes the text between its offsets", (name) => {
    const result = extract(fixture(name));
    expect(() => ExtractionResult.parse(result)).not.toThrow();
    expect(result.facts.length).toBeGreaterThan(0);
    for (const fact of result.facts) {
      expect(fact.extractorVersion).toBe(EXTRACTOR_VERSION);
      for (const e of fact.evidence) expect(result.article.text.slice(e.start, e.end)).toBe(e.quote);
    }
  });

  it("reads a seed-shaped article with stripped-markup glue", () => {
    const result = extract(fixture("harbour-lights-2.txt"));
    expect(result.films.map((f) => f.title)).toEqual(["Harbour Lights 2", "Harbour Lights 3"]);
    const sequel = film(result, "Harbour Lights 2");
    expect(sequel).toMatchObject({
      year: 2026,
      franchise: "Harbour Lights",
      installment: 2,
      directors: ["Marguerite Okonjo"],
      filmingLocations: ["Whitby Swing Bridge", "Sandsend", "Whitby"],
      relatedFilms: [{ relation: "sequel", title: "Harbour Lights 3" }],
    });
    expect(sequel.cast).toEqual([
      { name: "Daniel Ashford", character: "Thomas Vale" },
      ...["Priya Raman", "Colm Fitzgerald", "Ines Duarte", "Tobias Wren", "Amara Eze"].map((name) => ({
        name,
        character: null,
      })),
    ]);
    expect(sequel.companies).toEqual([
      { name: "Northlight Pictures", role: "distributor" },
      { name: "Netflix", role: "streamer" },
    ]);
    expect(sequel.releases).toEqual([
      { date: "2026-10-09", region: "GB", medium: "theatrical", platform: null },
      { date: "2026-12", region: null, medium: "streaming", platform: "Netflix" },
    ]);
    expect(result.article.text).toContain("Daniel Ashford has done");
    expect(result.article.text).toContain("both Harbour Lights 2 and Harbour Lights 3 will");
    expect(film(result, "Harbour Lights 3")).toMatchObject({ franchise: "Harbour Lights", installment: 3 });
  });

  it("reads HTML: italics as titles, the publication date, and no script, nav or aside", () => {
    const result = extract(fixture("awards-roundup.html"));
    expect(result.article.publishedAt).toBe("2026-02-14T09:30:00Z");
    expect(result.article.headline).toBe("Paper Moons leads the nominations");
    expect(result.films.map((f) => f.title)).toEqual(["Paper Moons", "The Glass Orchard", "Quiet Water"]);
    expect(result.article.text).not.toMatch(/Not A Film|Menu Film|Some Other Story/);
    expect(film(result, "Paper Moons")).toMatchObject({
      directors: ["Hannah Lindqvist"],
      cast: [
        { name: "Oliver Brandt", character: "Jonah" },
        { name: "Celia Marsh", character: null },
      ],
    });
    expect(film(result, "The Glass Orchard")).toMatchObject({
      cast: [{ name: "Ruth Adeyemi", character: null }],
      companies: [{ name: "Meridian Films", role: "distributor" }],
      releases: [{ date: "2025-03", region: null, medium: "theatrical", platform: null }],
      filmingLocations: ["Lisbon", "Porto"],
    });
    expect(film(result, "Quiet Water")).toMatchObject({
      year: 2019,
      cast: [{ name: "Oliver Brandt", character: null }],
    });
  });

  it("reads Markdown: emphasis as titles, and attaches each credit to its own film", () => {
    const result = extract(fixture("weekend-box-office.md"));
    expect(result.article.headline).toBe("Weekend box office: Night Ferry sails to the top");
    expect(film(result, "Night Ferry")).toMatchObject({
      cast: [
        { name: "Lena Kowalski", character: null },
        { name: "Arjun Mehta", character: null },
      ],
      companies: [{ name: "Lanternfish Animation", role: "production" }],
      directors: [],
    });
    expect(film(result, "Far Signal").directors).toEqual(["Ken Mbatha"]);
    expect(film(result, "Salt Roads").cast).toEqual([{ name: "Marisol Vega", character: null }]);
  });

  it("reads an encyclopedia lead: title, year, director, writers and cast", () => {
    const text =
      "Lantern Bay is a 1948 American mystery film directed by Harold J. Crane and written by Edith Moore and " +
      "Paul Sands. The film stars Vera Holt, Dennis Carver and Mae Lund. It was released on May 3, 1948, by " +
      "Crestline Pictures.";
    const [only] = extract({ format: "text", text }).films;
    expect(only).toMatchObject({
      title: "Lantern Bay",
      year: 1948,
      directors: ["Harold J. Crane"],
      writers: ["Edith Moore", "Paul Sands"],
      cast: ["Vera Holt", "Dennis Carver", "Mae Lund"].map((name) => ({ name, character: null })),
      companies: [{ name: "Crestline Pictures", role: "distributor" }],
      releases: [{ date: "1948-05-03", region: null, medium: "theatrical", platform: null }],
    });
  });

  it("reads a lead with an original-language title and a chain of credits", () => {
    const text =
      "Rain Harbour (Japanese: Ame no Minato) is a 1961 Japanese drama film co-written, edited and directed by Kenji Arata. The film stars Yoko Mori and Ken Sato.";
    const [film, ...rest] = extract({ format: "text", text }).films;
    expect(rest).toEqual([]);
    expect(film).toMatchObject({
      title: "Rain Harbour",
      year: 1961,
      directors: ["Kenji Arata"],
      writers: ["Kenji Arata"],
    });
  });

  it("resolves relative release dates against the publication date, and keeps none without one", () => {
    const text = "The thriller Cold Harbour opens in UK cinemas on Friday 14 March.";
    expect(extract({ format: "text", text }).films[0]?.releases).toEqual([]);
    const dated = extract({ format: "text", text, publishedAt: "2025-03-10T08:00:00Z" });
    expect(dated.films[0]?.releases).toEqual([
      { date: "2025-03-14", region: "GB", medium: "theatrical", platform: null },
    ]);
  });

  it("finds titles credited in apposition: 'X, directed by Y', 'Y, starring Z'", () => {
    const text =
      "Iron Coast leads the nominations. It competes with Vera Lane, Salt Road and Night Ferry. Vera Lane, directed by Mira Holt, earned Ada Lund a nomination. Night Ferry, starring Tomas Berg as Holm, opens in May.";
    const result = extract({ format: "text", text });
    // "X leads the nominations" and competes with films: X is one too.
    expect(result.films.map((f) => f.title).sort()).toEqual([
      "Iron Coast",
      "Night Ferry",
      "Salt Road",
      "Vera Lane",
    ]);
    const byTitle = Object.fromEntries(result.films.map((f) => [f.title, f]));
    expect(byTitle["Vera Lane"]?.directors).toEqual(["Mira Holt"]);
    expect(byTitle["Vera Lane"]?.cast).toEqual([]);
    expect(byTitle["Night Ferry"]?.cast).toEqual([{ name: "Tomas Berg", character: "Holm" }]);
  });

  it("reads casting news: 'is to play', 'will play', 'with X as', studios as locations, past collaborations", () => {
    const text = [
      "Berg to star in Ruiz's Harbour remake",
      "",
      "Tomas Berg is to play Captain Holm in Ana Ruiz's film version of The Harbour at Night, the studio has confirmed.",
      "",
      "The film, which will be shot at Pinewood Studios near London, is due to be released in July 2027 by Warner Bros. Lena Vik will play Ada Holm, with Ole Dahl as her brother.",
      "",
      "Ruiz and Berg previously worked together on Cold Vault and Night Ferry.",
    ].join("\n");
    const films = extract({ format: "text", text }).films;
    expect(films.map((f) => f.title)).toEqual(["The Harbour at Night", "Cold Vault", "Night Ferry"]);
    expect(films[0]).toMatchObject({
      year: 2027,
      cast: [
        { name: "Tomas Berg", character: "Captain Holm" },
        { name: "Lena Vik", character: "Ada Holm" },
        { name: "Ole Dahl", character: null },
      ],
      companies: [{ name: "Warner Bros.", role: "distributor" }],
      releases: [{ date: "2027-07", region: null, medium: "theatrical", platform: null }],
      filmingLocations: ["Pinewood Studios"],
    });
  });

  it("does not take a stage show for a film", () => {
    const text =
      "She starred in the Broadway musical Wicked and the West End comedy Noises Off before the film Lantern Bay.";
    expect(extract({ format: "text", text }).films.map((f) => f.title)).toEqual(["Lantern Bay"]);
    expect(titlesOf("Ada Lund's Harbour Lights the Musical took £2m in advance bookings.")).toEqual([]);
    expect(titlesOf("The Glass Stair, the long-running musical, celebrated its 10th birthday.")).toEqual([]);
    expect(titlesOf("Glass Stair, the musical film, took £2m.")).toEqual(["Glass Stair"]);
  });

  it("does not take a TV series, an award or a person for a film", () => {
    const text =
      "Actor Sam Porter found fame in the TV series Night Shift and at the Golden Globes, and has since starred in the drama Long Division.";
    expect(extract({ format: "text", text }).films.map((f) => f.title)).toEqual(["Long Division"]);
  });

  it("reads trade-press style: quoted titles, the studio as subject, a list that ends at a new clause", () => {
    const text = [
      "Northlight sets autumn date for 'Glass Harbour'",
      "",
      'Northlight Pictures has set an October 9, 2026 release date for "Glass Harbour", the thriller directed by Ana Ruiz, Tomas Berg stars as a pilot.',
      "",
      "Ruiz, whose earlier film Salt Coast premiered at Cannes, wrote the script. Netflix will stream the film later in 2027.",
    ].join("\n");
    const result = extract({ format: "text", text });
    expect(result.films.map((f) => f.title)).toEqual(["Glass Harbour", "Salt Coast"]);
    expect(result.films[0]).toMatchObject({
      directors: ["Ana Ruiz"],
      cast: [{ name: "Tomas Berg", character: null }],
      companies: [
        { name: "Northlight Pictures", role: "distributor" },
        { name: "Netflix", role: "streamer" },
      ],
      releases: [
        { date: "2026-10-09", region: null, medium: "theatrical", platform: null },
        { date: "2027", region: null, medium: "streaming", platform: "Netflix" },
      ],
    });
  });

  it("does not credit the film in context with what a sentence says of an unnamed one", () => {
    const text =
      "The thriller Glass Harbour stars Tomas Berg. Meanwhile, Lena Vik has joined Ana Ruiz's next film, which will be shot in Oslo.";
    const [film] = extract({ format: "text", text }).films;
    expect(film).toMatchObject({
      title: "Glass Harbour",
      filmingLocations: [],
      cast: [{ name: "Tomas Berg", character: null }],
    });
  });

  it("reads past a relative clause that names another film", () => {
    const text =
      'The drama Iron Coast stars Lena Vik. Ruiz, who won an award for the film The Salt Road, co-wrote the screenplay with Owen Blake and Mira Holt. The film is based on the magazine article "Nights on the Iron Coast".';
    const result = extract({ format: "text", text });
    expect(result.films.map((f) => f.title)).toEqual(["Iron Coast", "The Salt Road"]);
    expect(result.films[0]?.writers).toEqual(["Owen Blake", "Mira Holt"]);
    expect(result.films[1]?.writers).toEqual([]);
  });

  it("does not take a nickname in quotes for a title", () => {
    const text = 'Open Road is a 1979 American drama film. Mel Gibson stars as "Mad" Max Rockatansky.';
    expect(extract({ format: "text", text }).films.map((f) => f.title)).toEqual(["Open Road"]);
  });

  it("ends a possessive before an article that opens the title: 'Director's The Title'", () => {
    const text =
      "Wren Halloway's *The Salt Meadow* opens on Friday. Critics compared it to *Schindler's List* and *Ferris Bueller's Day Off*.";
    expect(extract({ format: "markdown", text }).films.map((f) => f.title)).toEqual([
      "The Salt Meadow",
      "Schindler's List",
      "Ferris Bueller's Day Off",
    ]);
  });

  it("finds where a film was shot when the film is the verb's object, not when a person was shot", () => {
    const text =
      "*The Salt Meadow* opens on Friday. Halloway shot the film over six weeks near Sintra. The actor was shot and wounded in Lisbon in 1998.";
    expect(extract({ format: "markdown", text }).films[0]?.filmingLocations).toEqual(["Sintra"]);
  });

  it("takes a lead sentence's subject as a film, even shaped like a company, with a bracketed year", () => {
    const titles = [
      "Rough Trade Company is a 1931 American drama film directed by Ada Quill.",
      "Evening School is a 1952 British comedy film starring Rex Parry.",
      "Snow Day is a 2004 Family Channel Original Movie starring Lia Gant.",
      "Dusk Is a Stranger is a 1949 crime film directed by Ada Quill.",
      "Quiet Acre (1947) is a screwball comedy starring Rex Parry.",
    ].map((text) => extract({ format: "text", text }).films.map((f) => [f.title, f.year]));
    expect(titles).toEqual([
      [["Rough Trade Company", 1931]],
      [["Evening School", 1952]],
      [["Snow Day", 2004]],
      [["Dusk Is a Stranger", 1949]],
      [["Quiet Acre", 1947]],
    ]);
  });

  it("reads a cast list after 'starring:' and a star credited in a chain of participles", () => {
    expect(castOf("Dry Creek is a 1987 western film starring: Rex Parry, Ada Quill and Lia Gant.")).toEqual([
      "Rex Parry",
      "Ada Quill",
      "Lia Gant",
    ]);
    const chained = extract({
      format: "text",
      text: "Dry Creek is a 1925 silent western film starring and produced by Rex Parry.",
    }).films[0];
    expect(chained?.cast.map((c) => c.name)).toEqual(["Rex Parry"]);
    expect(chained?.producers).toEqual(["Rex Parry"]);
  });

  it("ends a director list where 'with X as the lead actress' casts someone", () => {
    const [only] = extract({
      format: "text",
      text: "Night Ferry is a 1924 silent drama film. It was directed by Elmer Voss with Ada Quill as the lead actress.",
    }).films;
    expect(only?.directors).toEqual(["Elmer Voss"]);
    expect(only?.cast).toEqual([{ name: "Ada Quill", character: null }]);
  });

  it("keeps a quoted nickname inside a name, so a cast list runs past it", () => {
    const text =
      'Dry Creek is a 1933 western film. The film stars Walter "Wag" Ames, Ada Quill and Rex Parry.';
    expect(castOf(text)).toEqual(['Walter "Wag" Ames', "Ada Quill", "Rex Parry"]);
  });

  it("does not take a lone surname of someone named in full for a title, and keeps 'St.' in a name", () => {
    const result = extract({
      format: "text",
      text: "Dry Creek is a 1949 drama film starring Rex Parry, Al St. Clair and Ada Quill. It was one of a series of films Parry made for Monogram.",
    });
    expect(result.films.map((f) => f.title)).toEqual(["Dry Creek"]);
    expect(result.films[0]?.cast.map((c) => c.name)).toEqual(["Rex Parry", "Al St. Clair", "Ada Quill"]);
  });

  it("keeps ', Jr.' with the name before it in a cast list", () => {
    const text = "Dry Creek is a 1961 western film. The film stars Rex Parry, Alan Quill, Jr., and Ada Gant.";
    expect(castOf(text)).toEqual(["Rex Parry", "Alan Quill, Jr.", "Ada Gant"]);
  });

  it("reads a stage name opening with a title word inside a list that ends at its verb", () => {
    const text =
      "Cold Snap is a 2012 animated film. Rex Parry, Queen Bee, and Ada Quill reprise their roles.";
    expect(castOf(text)).toEqual(["Rex Parry", "Queen Bee", "Ada Quill"]);
  });

  it("reads a list that ends at 'are also featured' or 'co-stars' with nobody after the verb", () => {
    expect(
      castOf("Dry Creek is a 1991 comedy film. Rex Parry, Ada Quill and Lia Gant are also featured."),
    ).toEqual(["Rex Parry", "Ada Quill", "Lia Gant"]);
    expect(castOf("Dry Creek is a 1940 mystery film starring Rex Parry; Ada Quill co-stars.")).toEqual([
      "Rex Parry",
      "Ada Quill",
    ]);
  });

  it("resolves a cast surname to a person first named in a by-credit", () => {
    const text =
      "Odd Hollow is a 2009 stop-motion film directed by Ysolde Marchetti and Bram Okafor. The film stars Marchetti, Ada Quill and Okafor.";
    expect(castOf(text)).toEqual(["Ysolde Marchetti", "Ada Quill", "Bram Okafor"]);
  });

  it("reads 'features the return of X' and 'this version stars X'", () => {
    expect(
      castOf(
        "Dry Creek 2 is a 2022 horror film. It features the return of Rex Parry and Ada Quill from the first film.",
      ),
    ).toEqual(["Rex Parry", "Ada Quill"]);
    expect(
      castOf("Dry Creek is a 1920 silent drama film. This version stars Lia Gant and Rex Parry."),
    ).toEqual(["Lia Gant", "Rex Parry"]);
  });

  it("reads 'X was the female lead' as cast, but not 'the lead singer'", () => {
    expect(
      castOf("Dry Creek is a 1924 silent drama film. Ada Quill was the female lead supported by Rex Parry."),
    ).toEqual(["Ada Quill"]);
    expect(castOf("Dry Creek is a 1984 concert film. Rex Parry was the lead singer of the band.")).toEqual(
      [],
    );
  });

  it("reads ', with X, Y and Z voicing new characters' as cast", () => {
    const text =
      "Cold Snap is a 2012 animated film. Rex Parry reprises his role, with Ada Quill, Drake, and Lia Gant voicing new characters.";
    expect(castOf(text)).toEqual(["Rex Parry", "Ada Quill", "Drake", "Lia Gant"]);
  });

  it("reads a real-looking page: byline date, page furniture dropped, weekday and month releases", () => {
    const html = readFileSync(join(import.meta.dirname, "..", "fixtures", "review-roundup.html"), "utf8");
    const result = extract({ format: "html", text: html });
    expect(result.article.publishedAt).toBe("2026-03-02T10:00:00Z");
    expect(result.films.map((f) => f.title)).toEqual(["The Quiet Sea"]);
    expect(result.films[0]).toMatchObject({
      directors: ["Lukas Stein"],
      cast: [
        { name: "Anna Berg", character: null },
        { name: "Jonas Falk", character: null },
      ],
      releases: [
        { date: "2026-03-06", region: "GB", medium: "theatrical", platform: null },
        { date: "2026-05", region: null, medium: "streaming", platform: "MUBI" },
      ],
    });
  });

  // The title is what the film is called now; the earlier extractor kept the first name said.
  it("links a film's old and new names: 'X, now titled Y'", () => {
    const text = "The thriller Paper Moon 2, now titled Paper Moon: Rising, was directed by Ana Ruiz.";
    const [only, ...rest] = extract({ format: "text", text }).films;
    expect(rest).toEqual([]);
    expect(only).toMatchObject({
      title: "Paper Moon: Rising",
      aliases: ["Paper Moon 2"],
      directors: ["Ana Ruiz"],
    });
  });

  it("knows a retitled film by both names, with a dash in its title, and a moved release", () => {
    const text =
      "Paramount has moved Harbour Lights: Part One – The Long Tide to July 14, 2027. The film, formerly known as Harbour Lights 4, stars Daniel Ashford.";
    const films = extract({ format: "text", text }).films;
    expect(films).toHaveLength(1);
    expect(films[0]).toMatchObject({
      title: "Harbour Lights: Part One - The Long Tide",
      aliases: ["Harbour Lights 4"],
      cast: [{ name: "Daniel Ashford", character: null }],
      releases: [{ date: "2027-07-14", region: null, medium: "theatrical", platform: null }],
    });
  });

  it("reads encyclopedia leads: another release title, an alternative title, a lost verb", () => {
    const lead = (text: string) => {
      const f = extract({ format: "text", text }).films[0];
      return { title: f?.title, aliases: f?.aliases, year: f?.year };
    };
    expect(
      lead("Quiet Water, released in the UK as The Still Harbour, is a 1961 American drama film."),
    ).toEqual({ title: "Quiet Water", aliases: ["The Still Harbour"], year: 1961 });
    expect(
      lead(
        "Night Ferry or The Last Crossing (alt. title) is a 2011 thriller film. Night Ferry is a sequel to the 1998 film Day Ferry.",
      ),
    ).toEqual({ title: "Night Ferry", aliases: ["The Last Crossing"], year: 2011 });
    expect(lead("The Paper Bride a 1919 American silent comedy film produced by Ada Brook.")).toEqual({
      title: "The Paper Bride",
      aliases: [],
      year: 1919,
    });
    expect(lead("Frostbite III: The Thaw Returns is a 1994 horror film.")).toEqual({
      title: "Frostbite III: The Thaw Returns",
      aliases: ["Frostbite III"],
      year: 1994,
    });
  });

  it("pairs names and roles 'respectively', and leaves an unnamed earlier film's cast out", () => {
    const text =
      "Open Secret is a 2021 drama film. It stars Nora Webb and Iris Lund as Hale and Moreau, respectively. " +
      "It is based on the 1960 novel Closed Doors by Alan Pike, which had been made into a film in 1962, starring Victor Crane and Edith Moss.";
    expect(extract({ format: "text", text }).films[0]?.cast).toEqual([
      { name: "Nora Webb", character: "Hale" },
      { name: "Iris Lund", character: "Moreau" },
    ]);
  });

  it("finds cast named by what is said of one actor, not by a cast list", () => {
    expect(
      castOf(
        "Cold Ledger is a 2015 drama film produced and directed by Rhea Talbot, who also stars. " +
          "It features Owen Marsh's final screen role, and Lena Ortiz's portrayal of Judge Amos won praise. " +
          "Dev Patil reprises his role, with Mara Quill returning in a new role while Tom Ferris joined the cast, " +
          "as well as the last performance of Hugo Brandt. It is about Ada Kern, who starred in Night Ferry.",
      ),
    ).toEqual([
      "Rhea Talbot",
      "Owen Marsh",
      "Lena Ortiz",
      "Dev Patil",
      "Mara Quill",
      "Tom Ferris",
      "Hugo Brandt",
    ]);
    const cast = extract({
      format: "text",
      text: "Cold Ledger is a 2015 film. Lena Ortiz's portrayal of Judge Amos won praise.",
    }).films[0]?.cast;
    expect(cast).toEqual([{ name: "Lena Ortiz", character: "Judge Amos" }]);
  });

  it("does not take a word after a person who shares the title's name for a listed film", () => {
    const text =
      "Walker is a 1987 western film directed by Alex Cox. It tells the story of William Walker, the American adventurer who ruled Nicaragua.";
    expect(extract({ format: "text", text }).films.map((f) => f.title)).toEqual(["Walker"]);
  });

  it("reads plain-text awards news: genre openers, appositions, box office and roles", () => {
    const result = extract(fixture("plain-awards-news.txt"));
    expect(result.films.map((f) => f.title)).toEqual([
      "Lantern Road",
      "The Glass Orchard",
      "Second Helpings",
      "Slow Tide",
      "Harbour Nights",
      "Harbour Days",
      "Cold Meridian",
    ]);
    expect(film(result, "Slow Tide")).toMatchObject({
      directors: ["Marcus Lind"],
      cast: [{ name: "Tobias Wren", character: "Inspector Hale" }],
    });
    expect(film(result, "Harbour Nights")).toMatchObject({
      directors: ["Rafe Dunmore"],
      cast: ["Elsie Crane", "Omar Sadiq", "Pia Lund", "Rafe Dunmore"].map((name) => ({
        name,
        character: null,
      })),
    });
    expect(film(result, "Harbour Days").relatedFilms).toEqual([
      { relation: "sequel", title: "Harbour Nights" },
    ]);
    // A biopic's subject is not its star; the star named after "starring" is.
    expect(film(result, "Cold Meridian").cast).toEqual([{ name: "Gemma Holt", character: null }]);
    expect(film(result, "The Glass Orchard").cast).toEqual([]);
  });

  it("reads casting and production news: cast as, opposite, studio possessives, asides", () => {
    const result = extract({ ...fixture("casting-news.txt"), publishedAt: "2025-02-10T09:00:00Z" });
    const view = (title: string) => {
      const f = film(result, title);
      return {
        directors: f.directors,
        cast: f.cast.map((c) => (c.character ? `${c.name} as ${c.character}` : c.name)),
        companies: f.companies.map((c) => `${c.name} (${c.role})`),
        releases: f.releases.map((r) => `${r.date} ${r.region ?? "-"}`),
        filmingLocations: f.filmingLocations,
      };
    };
    expect(result.films.map((f) => f.title)).toEqual([
      "Moonwake",
      "Paper Lanterns",
      "The Iron Orchard",
      "Salt Meridian",
      "The Last Ferryman",
      "Drift",
      "Quiet Hours",
      "Ruth Kellaway",
      "Copper Sky",
    ]);
    expect(view("Moonwake").cast).toEqual(["Ada Quill as Marisol"]);
    expect(view("Paper Lanterns")).toMatchObject({
      cast: ["Jonah Reyes", "Lila Brandt"],
      filmingLocations: ["Cumbria"],
    });
    expect(view("The Iron Orchard").releases).toEqual(["2025-11 -"]);
    expect(view("Salt Meridian")).toMatchObject({ cast: ["Ivo Kemp"], filmingLocations: ["Galway"] });
    expect(view("The Last Ferryman")).toMatchObject({
      directors: ["Carmen Ruiz"],
      cast: ["Theo Marsh as Captain Reyes"],
      filmingLocations: ["Lisbon"],
    });
    expect(view("Drift")).toMatchObject({ cast: ["Nell Foyle"], releases: ["2025-09-12 -"] });
    expect(view("Quiet Hours").companies).toEqual(["Lantern Animation (production)"]);
    expect(view("Ruth Kellaway").companies).toEqual(["Northgate Pictures (distributor)"]);
    // Past tense: November before a February article is last November.
    expect(view("Copper Sky")).toMatchObject({
      cast: ["Sam Ortega as Luis Vidal"],
      releases: ["2024-11 US"],
    });
  });

  it("reads awards and chart news: winners, nominee and award lists, chart places", () => {
    const result = extract(fixture("awards-night.txt"));
    // Films come in the order the article first names them.
    expect(result.films.map((f) => f.title)).toEqual([
      "Northern Lights",
      "The Salt Harvest",
      "Paper Moon Road",
      "Drift Line",
      "Juno",
      "Hollis Fenn",
      "Copper Town",
      "Quiet Harbour",
    ]);
    const credits = (title: string) => {
      const f = film(result, title);
      return { directors: f.directors, cast: f.cast.map((c) => [c.name, c.character]) };
    };
    expect(credits("Northern Lights")).toEqual({ directors: [], cast: [["Petra Vance", "Marta Kloss"]] });
    expect(credits("The Salt Harvest")).toEqual({ directors: ["Ilona Berg"], cast: [] });
    expect(credits("Hollis Fenn")).toEqual({ directors: [], cast: [["Greta Lowe", null]] });
    expect(credits("Drift Line")).toEqual({ directors: [], cast: [["Dev Rana", "Officer Hale"]] });
    // The biopic's subject is no cast member, and "a 1998 stage play" is no verb.
    expect(credits("Juno")).toEqual({ directors: [], cast: [] });
  });

  it("reads profile news: coordinated credits, honours, ordinals, a maker's possessive", () => {
    const result = extract(fixture("profile-news.txt"));
    expect(result.films.map((f) => f.title)).toEqual([
      "Quiet Acres",
      "Seven Bridges and a Wedding",
      "The Copper Key",
      "Larchmont",
      "Blue Tram Home",
      "The Copper Key: Low Tide",
      "Salt Wind",
      "Lantern Bay",
    ]);
    // A title of honour is no part of a name; a role in some other work is no role in this one.
    expect(film(result, "The Copper Key").cast).toEqual([
      { name: "Hal Brennan", character: null },
      { name: "Rupert Vale", character: null },
    ]);
    // The series takes the name of its first film, as the article names it.
    expect(film(result, "The Copper Key: Low Tide")).toMatchObject({
      franchise: "The Copper Key",
      installment: 3,
    });
    expect(film(result, "Salt Wind")).toMatchObject({
      directors: ["Ines Maro"],
      cast: [{ name: "Rolf Sand", character: "Tomas Ek" }],
    });
    expect(film(result, "Lantern Bay").companies).toEqual([
      { name: "Birchwood Animation Studios", role: "production" },
      { name: "Meridian Pictures", role: "distributor" },
    ]);
  });

  it("reads lead credits: a descriptor before a star, a first starring role, a quoted story", () => {
    const lead = (text: string) => {
      const f = extract({ format: "text", text }).films;
      return f.map((x) => ({ title: x.title, directors: x.directors, cast: x.cast.map((c) => c.name) }));
    };
    expect(
      lead(
        "Gilded Rogue is a 1921 silent drama film. It was directed by Abel Stone and starred stage star Nora Quint.",
      ),
    ).toEqual([{ title: "Gilded Rogue", directors: ["Abel Stone"], cast: ["Nora Quint"] }]);
    expect(
      lead(
        'Lucas Takes a Bow is a 1926 silent comedy film notable as the first starring role for the young Peter Hale, Jr. Directed by Ira Moss, it was based on a short story by Edith Crane, "The Silver Ticket."',
      ),
    ).toEqual([{ title: "Lucas Takes a Bow", directors: ["Ira Moss"], cast: ["Peter Hale, Jr."] }]);
  });

  it("follows a chart story: which film each pronoun, participle and credit speaks of", () => {
    const result = extract(fixture("weekend-chart.txt"));
    const view = (title: string) => {
      const f = film(result, title);
      return {
        directors: f.directors,
        cast: f.cast.map((c) => c.name),
        companies: f.companies.map((c) => `${c.name} (${c.role})`),
        filmingLocations: f.filmingLocations,
      };
    };
    expect(result.films.map((f) => f.title)).toEqual([
      "Harbour Days",
      "The Salt Road",
      "Skyward",
      "Northern Star",
      "Dead Reckoning",
    ]);
    // "The film, which stars …, knocked The Salt Road into second place. Director … said":
    // both sentences are about the film before them, not the one they knock down.
    expect(view("Harbour Days")).toEqual({
      directors: ["Paul Okafor"],
      cast: ["Tom Fielding", "Nadia Rhys"],
      companies: ["Brightwater Films (production)", "Universal (distributor)"],
      filmingLocations: [],
    });
    expect(view("The Salt Road")).toEqual({ directors: [], cast: [], companies: [], filmingLocations: [] });
    expect(view("Skyward").cast).toEqual(["Emma Lane", "Ravi Shah"]);
    expect(view("Northern Star")).toMatchObject({
      cast: ["Jude Marlowe"],
      filmingLocations: ["Norway", "Scotland"],
    });
  });

  it("reads a director announcement: 'will star X', a past film shot in its own words", () => {
    const result = extract(fixture("director-announcement.txt"));
    expect(result.films.map((f) => f.title)).toEqual(["The Cold Exchange", "Estuary", "Second Spring"]);
    expect(film(result, "The Cold Exchange")).toMatchObject({
      directors: ["Clare Winslow"],
      cast: [{ name: "Daniel Okoro", character: null }],
      filmingLocations: ["Budapest"],
    });
    expect(film(result, "Estuary").filmingLocations).toEqual(["Essex"]);
    // "Okoro … starred alongside Helen Marsh in … Second Spring": both are its cast.
    expect(film(result, "Second Spring").cast.map((c) => c.name)).toEqual(["Daniel Okoro", "Helen Marsh"]);
    // A person shot in a place is no film shot there.
    expect(extract({ format: "text", text: "Tom Hale was shot in the leg in Leeds." }).films).toEqual([]);
  });

  it("reads an awards ceremony: who won for which film, and hosts who are in no film", () => {
    const result = extract(fixture("awards-ceremony.txt"));
    expect(result.films.map((f) => f.title)).toEqual(["Low Country", "Paper Kites", "Iron Gate"]);
    expect(film(result, "Low Country")).toMatchObject({
      directors: ["Sofia Lind"],
      cast: [{ name: "Maria Costa", character: null }],
    });
    expect(film(result, "Paper Kites")).toMatchObject({
      writers: ["Tom Ellery"],
      cast: [{ name: "Ben Adair", character: null }],
    });
    const credited = result.facts.flatMap((f) =>
      f.predicate === "cast" ? [f.value.name] : f.predicate === "director" ? [f.value] : [],
    );
    expect(credited).not.toContain("Jack Doyle");
    expect(credited).not.toContain("Amy Reid");
  });

  it("takes neither a year after 'appeared in' for a title nor a possessive for a subject", () => {
    const text =
      "Old Town is a lost 1926 silent film based on Ruth Vane's 1909 play. A previous film of Vane's play appeared in 1916.";
    expect(extract({ format: "text", text }).films.map((f) => [f.title, f.cast])).toEqual([["Old Town", []]]);
  });

  it("reads a review: roles in brackets, 'played by', a release day against the publication date", () => {
    const result = extract({ ...fixture("film-review.txt"), publishedAt: "2025-03-05T10:00:00Z" });
    // "Comparisons with Ken Loach's Kes": a film named in passing is a film all the same.
    expect(result.films.map((f) => f.title)).toEqual(["The Long Field", "Kes"]);
    expect(result.films[0]).toMatchObject({
      directors: ["Maya Osei"],
      cast: [
        { name: "Tom Reddin", character: "Walter" },
        { name: "Olivia Crane", character: null },
        { name: "Jenna Holt", character: "Ruth" },
      ],
      companies: [{ name: "Northgate Pictures", role: "distributor" }],
      releases: [{ date: "2025-03-07", region: "GB", medium: "theatrical", platform: null }],
      filmingLocations: ["Louth"],
    });
    // A company's abbreviation in brackets is no actor.
    const text =
      "Canyon Run is a 1923 silent Western film released by Film Booking Offices of America (F.B.O.).";
    expect(extract({ format: "text", text }).films[0]?.cast).toEqual([]);
  });

  it("reads sequel news: 'the sequel' and 'the first film' as the installments they mean", () => {
    const result = extract(fixture("sequel-news.html"));
    expect(result.films.map((f) => f.title)).toEqual(["Glass Harbour", "Glass Harbour 2"]);
    expect(film(result, "Glass Harbour")).toMatchObject({
      year: 2024,
      directors: [],
      companies: [{ name: "Northlight Pictures", role: "distributor" }],
      releases: [{ date: "2024-10", region: null, medium: "theatrical", platform: null }],
      relatedFilms: [{ relation: "sequel", title: "Glass Harbour 2" }],
    });
    // "A sequel to Glass Harbour …, with Ana Ruiz returning to direct"; "Filming on the sequel
    // starts in Tromsø in September" is a shoot, not a release.
    expect(film(result, "Glass Harbour 2")).toMatchObject({
      year: 2027,
      franchise: "Glass Harbour",
      installment: 2,
      directors: ["Ana Ruiz"],
      cast: [{ name: "Tomas Berg", character: "Captain Holm" }],
      releases: [{ date: "2027-05-14", region: null, medium: "theatrical", platform: null }],
      filmingLocations: ["Tromsø"],
    });
  });

  it("takes a sentence-opening 'he' for an earlier sentence's subject, not an owner named since", () => {
    const text =
      "Irish actor Dan Fenn has died at 85. Fenn, whose first role was in the drama Salt Road, died at home. " +
      "The actor began his career playing Macduff to Orson Vail's Macbeth in 1948. He later appeared in the thriller Iron Harvest.";
    const film = extract({ format: "text", text }).films.find((f) => f.title === "Iron Harvest");
    expect(film?.cast.map((c) => c.name)).toEqual(["Dan Fenn"]);
  });

  it("casts the sequel, not the film it follows, in 'the sequel to X stars Y'", () => {
    const text =
      "The comedy Salt Road 2 opens in May. The sequel to the comedy Salt Road stars Ruth Ellery and Tom Reed.";
    const films = extract({ format: "text", text }).films;
    const castOf = (title: string) => films.find((f) => f.title === title)?.cast.map((c) => c.name);
    expect(castOf("Salt Road 2")).toEqual(["Ruth Ellery", "Tom Reed"]);
    expect(castOf("Salt Road")).toEqual([]);
  });

  it("follows 'he' to the person and film the sentence before tied together", () => {
    const text =
      "The list also gave Mara Quill her second nomination for Cold Orchard. She is nominated for best director and best actress. He is nominated for best actor.";
    const f = extract({ format: "text", text }).films[0];
    expect([f?.title, f?.directors, f?.cast]).toEqual([
      "Cold Orchard",
      ["Mara Quill"],
      [{ name: "Mara Quill", character: null }],
    ]);
  });

  it("reads casting phrases: cast in, takes the role of, landed the lead role in, will portray", () => {
    const credits = (text: string) =>
      extract({ format: "text", text }).films.map((f) => [
        f.title,
        f.cast.map((c) => (c.character ? `${c.name} as ${c.character}` : c.name)),
      ]);
    expect(credits("Nell Ash takes the role of Ada Byrne in The Copper Gate.")).toEqual([
      ["The Copper Gate", ["Nell Ash as Ada Byrne"]],
    ]);
    expect(credits("Rob Tate has been cast in Salt Meadow, Ian Bale's war epic.")).toEqual([
      ["Salt Meadow", ["Rob Tate"]],
    ]);
    expect(credits("Ivy Lomax landed the lead role in Paper Ghosts.")).toEqual([
      ["Paper Ghosts", ["Ivy Lomax"]],
    ]);
    expect(credits("Ben Ortiz will portray Captain Vail in Iron Tide.")).toEqual([
      ["Iron Tide", ["Ben Ortiz as Captain Vail"]],
    ]);
    // "the role of Ada" names a character, not a film.
    expect(credits("Nell Ash is to take on the role of Ada in the remake.")).toEqual([]);
  });

  it("reads streaming and studio release news, and keeps festival premieres out of releases", () => {
    const releases = (text: string) =>
      extract({ format: "text", text, publishedAt: "2025-02-10T09:00:00Z" }).films.map((f) => [
        f.title,
        f.companies.map((c) => `${c.name} (${c.role})`),
        f.releases.map(
          (r) => `${r.date} ${r.region ?? "-"} ${r.medium}${r.platform ? ` ${r.platform}` : ""}`,
        ),
      ]);
    expect(releases("The Gray Line will premiere on Netflix on March 3, 2026.")).toEqual([
      ["The Gray Line", ["Netflix (streamer)"], ["2026-03-03 - streaming Netflix"]],
    ]);
    expect(releases("Apple TV+ has acquired Coast Road, which will stream from 12 June 2026.")).toEqual([
      ["Coast Road", ["Apple TV+ (streamer)"], ["2026-06-12 - streaming Apple TV+"]],
    ]);
    expect(releases("Warner Bros. will release Storm Cellar in the US on October 9, 2026.")).toEqual([
      ["Storm Cellar", ["Warner Bros. (distributor)"], ["2026-10-09 US theatrical"]],
    ]);
    expect(
      releases("Night Ferry, which premiered at Sundance in January 2024, opens in cinemas on 3 May 2024."),
    ).toEqual([["Night Ferry", [], ["2024-05-03 - theatrical"]]]);
  });

  it("takes none of the things a lead's later sentences name around a film for films", () => {
    const others = (text: string) =>
      extract({ format: "text", text })
        .films.map((f) => f.title)
        .filter((t) => t !== "Harbour Road");
    const lead = "Harbour Road is a 2014 American drama film directed by Ana Ruiz.";
    // A year before a possessive, people after "films," or a credit list, a process "called X".
    expect(others(`${lead} It is a sequel to 2011's Harbour Lane.`)).toEqual(["Harbour Lane"]);
    expect(others(`${lead} It reunites two stars of the earlier films, Ada Lund and Cheeta.`)).toEqual([]);
    expect(others(`${lead} It was written by Ian Bell, Ada Lund, and John Marsh, based on a novel.`)).toEqual(
      [],
    );
    expect(
      others(`${lead} It was filmed in a colour process called Tintavision at Talisman Studios.`),
    ).toEqual([]);
    // An award, a role in apposition, a releasing label, a person's possessive, a verb "feature".
    expect(others(`${lead} It was nominated for the Grand Jury Prize: Dramatic.`)).toEqual([]);
    expect(others(`${lead} It stars Ivo Kemp as Senator Claghorn, the inspiration for a cartoon.`)).toEqual(
      [],
    );
    expect(others(`${lead} Harbour Records released the soundtrack on June 7.`)).toEqual([]);
    expect(others(`${lead} It is a remake of Kiyoshi Tanaka's 2001 horror film Kairo.`)).toEqual(["Kairo"]);
    expect(others(`${lead} It is the third film to feature Art the Clown.`)).toEqual([]);
    expect(others(`${lead} It earned nominations for Beau Bridges and Abbey Lincoln.`)).toEqual([]);
    // Words that describe ("Taiwanese filmmaker", "epic Western"), a modifier after a title,
    // two titles of one series joined, and a studio run into a title.
    expect(others(`${lead} It was produced by Taiwanese filmmaker Ang Lee.`)).toEqual([]);
    expect(others(`${lead} It is an epic Western drama film.`)).toEqual([]);
    expect(others(`${lead} In Harbour Road, Miami detectives Ada Lund and Ivo Kemp return.`)).toEqual([]);
    expect(others(`${lead} It was followed by the sequels Tide 2: Undertow and Tide 3.`)).toEqual([
      "Tide 2: Undertow",
      "Tide 3",
    ]);
    expect(
      others(`${lead} Two other films bore the title, one by Fox and one by MGM in Sporting Blood (1940).`),
    ).toEqual(["Sporting Blood"]);
    // A later sentence that is a clause, not a title, is no lead.
    expect(others(`${lead} As well as being a road movie, the film is a coming-of-age film.`)).toEqual([]);
  });

  it("reads an obituary: a career's films, a screen debut, a collaborator, no debut as a release", () => {
    const result = extract(fixture("obituary.txt"));
    // "His performance as a crooked sheriff in Dust Town" names a film of his (the earlier
    // extractor missed it).
    expect(result.films.map((f) => f.title)).toEqual([
      "The Glass Key",
      "Mercy Road",
      "Iron Harvest",
      "Dust Town",
      "The Quiet Coast",
      "Salt Water",
      "Winter Orchard",
    ]);
    const castOfPenn = result.films
      .filter((f) => f.cast.some((c) => c.name === "Harold Penn"))
      .map((f) => f.title);
    expect(castOfPenn).toEqual(["The Glass Key", "Mercy Road", "Iron Harvest", "Dust Town"]);
    // "worked with director Lisa Moore on The Quiet Coast (1979)": her name is no part of the title.
    expect(film(result, "The Quiet Coast")).toMatchObject({ year: 1979, directors: ["Lisa Moore"] });
    // An actor's screen debut is not the film's release.
    expect(film(result, "Iron Harvest")).toMatchObject({ year: 1948, releases: [] });
  });

  it("reads voices, foreign release titles, box-office subjects and a director's possessive", () => {
    const view = (text: string) =>
      extract({ format: "text", text }).films.map((f) => ({
        title: f.title,
        aliases: f.aliases,
        directors: f.directors,
        cast: f.cast.map((c) => (c.character ? `${c.name} as ${c.character}` : c.name)),
      }));
    expect(view("Ana Ruiz provides the voice of Cat in Boots in Pond Life 2.")).toEqual([
      { title: "Pond Life 2", aliases: [], directors: [], cast: ["Ana Ruiz as Cat in Boots"] },
    ]);
    expect(view("The Lanterns has been released as Les Lanternes in France.")[0]?.aliases).toEqual([
      "Les Lanternes",
    ]);
    expect(view("Nora Lane took £1.2m in its first week in UK cinemas.").map((f) => f.title)).toEqual([
      "Nora Lane",
    ]);
    expect(
      view("Director Ian Holt's Sidestep, a comedy about two friends, leads with seven nominations."),
    ).toEqual([{ title: "Sidestep", aliases: [], directors: ["Ian Holt"], cast: [] }]);
  });

  it("dates a film from an apposition: 'released in 2004', 'Spielberg's 2004 comedy'", () => {
    const years = (text: string) => extract({ format: "text", text }).films.map((f) => [f.title, f.year]);
    expect(years("Web Runner 2, released in 2004, was the year's biggest hit.")).toEqual([
      ["Web Runner 2", 2004],
    ]);
    expect(years("The Terminus, Ian Holt's 2004 comedy, stars Ada Lund.")).toEqual([["The Terminus", 2004]]);
    expect(years("The Salt Road is now out on DVD with a new commentary track.")).toEqual([
      ["The Salt Road", null],
    ]);
    // Short words only, but a full stop: prose, not a Title Case headline.
    expect(years("Salt Road Vol 2 is out on DVD.")).toEqual([["Salt Road Vol 2", null]]);
  });

  it("takes a possessive win in a sentence about awards as a film's", () => {
    expect(
      titlesOf("Rules changed after Harbour in Winter's victory in 1999 saw five producers collect awards."),
    ).toEqual(["Harbour in Winter"]);
    // A person's or a studio's win is no film.
    expect(titlesOf("Jamie Lund's Oscar nomination was a surprise at the awards.")).toEqual([]);
    expect(titlesOf("Northlight Pictures' awards haul was the largest.")).toEqual([]);
  });

  it("takes a title whose DVDs sold, and does not take five capitalised words for a name", () => {
    expect(titlesOf("It outsold My Big Fat Summer Holiday which sold four million units in 2003.")).toEqual([
      "My Big Fat Summer Holiday",
    ]);
    // A five-word name needs a particle or a suffix; this one stays a person.
    expect(titlesOf("The drama Low Tide stars Jean-Luc Van Der Berg.").length).toBe(1);
  });

  it("takes no film from music, TV and business news written like box-office news", () => {
    expect(titlesOf("Lakeland Foods opened a new store in Leeds on Monday.")).toEqual([]);
    expect(titlesOf("Channel 4 took £3m in advertising, while ITV topped the ratings.")).toEqual([]);
    expect(titlesOf("Home Truths drew 6 million viewers, while The Lodgers was fourth.")).toEqual([]);
    expect(titlesOf("The Nightjars, fronted by Ivo Kemp, won three Brit Awards.")).toEqual([]);
    expect(titlesOf("Harbour Street, starring Ada Lund, attracted 8 million viewers on Sunday.")).toEqual([]);
    expect(titlesOf("Eurovision winner Ruslana performed her song Wild Dances.")).toEqual([]);
    expect(titlesOf("Tall Stories, the BBC comedy, won two Baftas.")).toEqual([]);
    expect(titlesOf("The Hendersons creator Ian Bell is working on a film version of the show.")).toEqual([]);
    // A film may still open a festival.
    expect(titlesOf("Spanish director Ana Ruiz's film Salt Coast opened the Cannes festival.")).toEqual([
      "Salt Coast",
    ]);
  });

  it("reads titles in apposition to 'a film by', 'the latest film from', 'which depicts'", () => {
    const view = (text: string) => extract({ format: "text", text }).films.map((f) => [f.title, f.directors]);
    expect(view("Dry Stone, a film by Ian Bell, won the top prize.")).toEqual([["Dry Stone", ["Ian Bell"]]]);
    expect(view("The latest film from Lantern Animation, Paper Boats, took $70m.")).toEqual([
      ["Paper Boats", []],
    ]);
    expect(view("Ana Ruiz's latest, Nora Lane, has been nominated for three Oscars.")).toEqual([
      ["Nora Lane", []],
    ]);
    expect(view("Collapse, which depicts a city's last days, is nominated for best foreign film.")).toEqual([
      ["Collapse", []],
    ]);
  });

  it("reads cast lists introduced as co-stars, performances, the head of the cast", () => {
    const cast = (text: string) =>
      extract({ format: "text", text }).films.map((f) => [f.title, f.cast.map((c) => c.name)]);
    expect(cast("The thriller Night Ferry stars Ada Lund. Co-stars include Ivo Kemp and Nora Vale.")).toEqual(
      [["Night Ferry", ["Ada Lund", "Ivo Kemp", "Nora Vale"]]],
    );
    expect(cast("The drama Salt Road features performances from Ada Lund and Ivo Kemp.")).toEqual([
      ["Salt Road", ["Ada Lund", "Ivo Kemp"]],
    ]);
    expect(cast("Ada Lund and Ivo Kemp head the cast of the thriller Night Ferry.")).toEqual([
      ["Night Ferry", ["Ada Lund", "Ivo Kemp"]],
    ]);
    expect(cast("The cast of the drama Salt Road also includes Nora Vale, Ivo Kemp and Ada Lund.")).toEqual([
      ["Salt Road", ["Nora Vale", "Ivo Kemp", "Ada Lund"]],
    ]);
  });

  it("reads directors who helm, are 'the director of', or make a directorial debut", () => {
    const credits = (text: string) =>
      extract({ format: "text", text }).films.map((f) => [f.title, f.directors, f.writers]);
    expect(credits("The thriller Night Ferry, helmed by Ana Ruiz, opens on Friday.")).toEqual([
      ["Night Ferry", ["Ana Ruiz"], []],
    ]);
    expect(credits("Ana Ruiz helms the thriller Night Ferry.")).toEqual([["Night Ferry", ["Ana Ruiz"], []]]);
    expect(credits("Ana Ruiz's directorial debut, Night Ferry, opens on Friday.")).toEqual([
      ["Night Ferry", ["Ana Ruiz"], []],
    ]);
    expect(credits("Ana Ruiz, the director of Night Ferry, has signed a new deal.")).toEqual([
      ["Night Ferry", ["Ana Ruiz"], []],
    ]);
    expect(credits("Night Ferry was co-written by Ana Ruiz and Ivo Kemp.")).toEqual([
      ["Night Ferry", [], ["Ana Ruiz", "Ivo Kemp"]],
    ]);
  });

  it("cuts a possessive between a title and its star, but not before a title's own noun", () => {
    expect(titlesOf("Bridget Jones's Diary took £5m at the weekend.")).toEqual(["Bridget Jones's Diary"]);
    const result = extract({
      format: "text",
      text: "Million Dollar Baby's Hilary Swank won best actress for the film.",
    });
    expect(result.films.map((f) => f.title)).not.toContain("Million Dollar Baby's Hilary Swank");
  });

  it("tells a director's possessive from a title's own", () => {
    expect(titlesOf("Harold Vance's Salt Meridian opens on Friday.")).toEqual(["Salt Meridian"]);
    expect(titlesOf("Mara Lind returns in the sequel Hannah Gray's Diary.")).toEqual(["Hannah Gray's Diary"]);
    expect(titlesOf("He starred in the comedy Peter Dunn's Long Weekend.")).toEqual([
      "Peter Dunn's Long Weekend",
    ]);
  });

  it("takes a name paired with a work after an acting category, or owning a performance, for a person", () => {
    const credits = (text: string) =>
      extract({ format: "text", text }).films.map((f) => [f.title, f.cast.map((c) => c.name)]);
    expect(
      credits(
        "For best actor the academy shortlisted Zelka Varnoy for Monsoon Bride as well as Tavi Orrell for The Glass Orchard.",
      ),
    ).toEqual([
      ["Monsoon Bride", ["Zelka Varnoy"]],
      ["The Glass Orchard", ["Tavi Orrell"]],
    ]);
    expect(credits("Critics singled out Zelka Varnoy's Bafta-winning turn in Monsoon Bride.")).toEqual([
      ["Monsoon Bride", ["Zelka Varnoy"]],
    ]);
    // A category for films, not performers: nothing says the name is a person's.
    expect(titlesOf("In the best film race, bookmakers favour Zelka Varnoy for Monsoon Bride.")).toEqual([]);
  });

  it("does not take a part just played, or a name after 'such as', for what a 'she' can't mean", () => {
    const castOfSaltRoad = (text: string) =>
      extract({ format: "text", text })
        .films.find((f) => f.title === "Salt Road")
        ?.cast.map((c) => c.name);
    expect(
      castOfSaltRoad(
        "Last night the critics praised Ann Vale, who played the schoolteacher Ada Fenn. She starred in Peter Gault's Salt Road.",
      ),
    ).toEqual(["Ann Vale"]);
    expect(
      castOfSaltRoad(
        "Critics singled out newcomers such as Ann Vale. She starred in Peter Gault's Salt Road.",
      ),
    ).toEqual(["Ann Vale"]);
  });

  it("credits nobody to a film named only later in an article whose headline names none", () => {
    const text =
      "Tributes to comic actress\n\nComic actress Ann Vale, who has died aged 80, starred in dozens of comedies alongside Tom Reed and Sid Kemp. " +
      "Her first screen role came in 1963 in Salt Road, directed by Amos Pell.";
    const f = extract({ format: "text", text }).films[0];
    expect([f?.title, f?.cast.map((c) => c.name)]).toEqual(["Salt Road", ["Ann Vale"]]);
  });

  it("lets 'The film …' before any title speak of the film the article is about", () => {
    const text =
      "Summer releases\n\nThe film stars Tom Reed as a lighthouse keeper. The thriller Night Ferry opens in May.";
    expect(castOf(text)).toEqual(["Tom Reed"]);
  });

  it("opens a second title at a question after 'and', and takes a country after an everyday word for no surname", () => {
    expect(
      titlesOf("Audiences chose between the comedy Home Before Dark and Shall We Sing? this weekend."),
    ).toEqual(["Home Before Dark", "Shall We Sing"]);
    expect(titlesOf("The comedy Pickles and Pride Go West opened on Friday.")).toEqual([
      "Pickles and Pride Go West",
    ]);
    expect(titlesOf("Bafta nominee Hotel Kenya opened at number six in the chart.")).toEqual(["Hotel Kenya"]);
    const directors = extract({
      format: "text",
      text: "The festival opens with Quiet Sonata, directed by Oskana Holland.",
    }).films.map((f) => [f.title, f.directors]);
    expect(directors).toEqual([["Quiet Sonata", ["Oskana Holland"]]]);
  });

  it("reads a performer described inside a list of people, but ends the list at another trade", () => {
    expect(
      castOf("Tom Reed won. Salt Road has earned nominations for Amy Lowe and Irish actress Ann Vale."),
    ).toEqual(["Amy Lowe", "Ann Vale"]);
    expect(castOf("Salt Road stars Amy Lowe, Ann Vale and director Amos Pell.")).toEqual([
      "Amy Lowe",
      "Ann Vale",
    ]);
  });

  it("reads 'TV presenter' as what a person is, not as television news", () => {
    expect(titlesOf("Night Ferry was released in May, said former TV presenter Ann Vale.")).toEqual([
      "Night Ferry",
    ]);
    expect(titlesOf("Night Ferry was released on TV in May.")).toEqual([]);
  });

  it("takes no owner's subject, no person before 'whose', and no surname listed with people for a film", () => {
    expect(titlesOf("The Quiet Shore, Amos Pell's Ada Lowe biopic, came third.")).toEqual([
      "The Quiet Shore",
    ]);
    expect(
      titlesOf("It was a good night for Amos Pell, whose movie The Quiet Shore took three prizes."),
    ).toEqual(["The Quiet Shore"]);
    expect(titlesOf("Tom Reed's rivals for best actor are Vance, Amy Lowe and Ruth Ellery.")).toEqual([]);
  });

  it("reads a title opening with a title word before a connector, and lists past an apposition", () => {
    expect(titlesOf("Nothing this year matched the success of the Oscar-winning Lady of the Lake.")).toEqual([
      "Lady of the Lake",
    ]);
    expect(
      titlesOf(
        "The films up for the prize are Brother Moon, a tale of two sisters, Robbing Paul and Tin Harbour.",
      ),
    ).toEqual(["Brother Moon", "Robbing Paul", "Tin Harbour"]);
    expect(titlesOf("Also competing are the drama Ada Lowe, Cold Porch and Garden Plot.")).toEqual([
      "Ada Lowe",
      "Cold Porch",
      "Garden Plot",
    ]);
  });

  it("cuts 'X and A Y of Z and W' into two titles, keeping 'of Love and Ruin' whole but not 'of Ash and Troy'", () => {
    expect(
      titlesOf("This week the comedies Harbour Nights and A Case of Love and Ruin open in cinemas."),
    ).toEqual(["Harbour Nights", "A Case of Love and Ruin"]);
    expect(titlesOf("Tom Reed starred in Kingdom of Ash and Troy last year.")).toEqual([
      "Kingdom of Ash",
      "Troy",
    ]);
  });

  it("counts a possessive credit rule ('X's star Y') as evidence that X is a film", () => {
    const result = extract({ format: "text", text: "Cold Harbour's star Tom Reed was delighted." });
    const title = result.facts.find((f) => f.predicate === "title");
    expect(title?.evidence.map((e) => e.rule)).toContain("cast.title-possessive-star");
  });

  it("credits a known film's person through its possessive, but takes no magazine for a film", () => {
    const text =
      "The thriller Night Ferry leads the race. Night Ferry's Tom Reed is tipped for best actor. Reel Talk's Ann Vale is tipped for best actress.";
    const films = extract({ format: "text", text }).films;
    expect(films.map((f) => [f.title, f.cast.map((c) => c.name)])).toEqual([["Night Ferry", ["Tom Reed"]]]);
  });

  it("credits no film named only after a contrast, in a TV category, or for a show's 'other stars'", () => {
    const castOfNightFerry = (text: string) =>
      extract({ format: "text", text })
        .films.find((f) => f.title === "Night Ferry")
        ?.cast.map((c) => c.name);
    expect(
      castOfNightFerry("Ann Vale took best actress, whereas the thriller Night Ferry was named best film."),
    ).toEqual([]);
    expect(
      castOfNightFerry(
        "The drama Night Ferry won best film. Tom Reed took best actor in a television drama.",
      ),
    ).toEqual([]);
    expect(
      castOfNightFerry(
        "The comedy Night Ferry won. Ann Vale, star of the sitcom Sunset Lane, edged out other Sunset Lane stars Amy Lowe and Ruth Ellery.",
      ),
    ).toEqual([]);
  });

  it("ends a pair of people joined by 'and' at the next bare comma, but not a longer list", () => {
    expect(castOf("The drama Salt Road, starring Tom Reed and Ann Vale, Amy Lowe thinks, is fun.")).toEqual([
      "Tom Reed",
      "Ann Vale",
    ]);
    expect(
      castOf("The cast of Salt Road includes Amy Lowe, Cameron and Nick Dorn, Tom Reed, and Ruth Ellery."),
    ).toEqual(["Amy Lowe", "Cameron", "Nick Dorn", "Tom Reed", "Ruth Ellery"]);
  });

  it("reads a hyphenated given name as a person's, so their possessive is no part of the title", () => {
    expect(titlesOf("Jean-Pierre Marr's A Long Winter opens in Paris on Friday.")).toEqual(["A Long Winter"]);
  });

  it("keeps right credits a reader's near misses once cost: a part after 'as', a clause after 'while', a TV role", () => {
    const castOf = (text: string, title: string) =>
      extract({ format: "text", text })
        .films.find((f) => f.title === title)
        ?.cast.map((c) => c.name);
    expect(
      castOf(
        "The thriller Night Ferry stars Ann Vale as Ada Fenn, a ferry captain. She also appears in the comedy Glass Meadow.",
        "Glass Meadow",
      ),
    ).toEqual(["Ann Vale"]);
    expect(
      castOf(
        "Ann Vale stars as a ferry captain, while Tom Reed plays her brother in the thriller Night Ferry.",
        "Night Ferry",
      ),
    ).toContain("Ann Vale");
    expect(castOf("Tom Reed won best actor playing a TV chef in the comedy Salt Pans.", "Salt Pans")).toEqual(
      ["Tom Reed"],
    );
  });

  it("takes a part described before its name for the player's part, not for another player", () => {
    expect(
      extract({
        format: "text",
        text: "Tom Reed's portrayal of the late explorer Nell Crane in Iron Lantern won praise.",
      }).films[0]?.cast,
    ).toEqual([{ name: "Tom Reed", character: "Nell Crane" }]);
  });

  it("takes a fellow player after 'played opposite' for cast, not for a part", () => {
    expect(castOf("Ann Vale played opposite the veteran actor Tom Reed in Salt Road.")).toContain("Tom Reed");
  });

  it("is deterministic and names the same article with the same id", () => {
    const input = fixture("harbour-lights-2.txt");
    expect(extract(input)).toEqual(extract(input));
    expect(extract({ ...input, text: `\uFEFF${input.text.replace(/\n/g, "\r\n")}` }).article.id).toBe(
      extract(input).article.id,
    );
  });

  it("gives a page's publication time without an offset as a UTC timestamp the schema accepts", () => {
    const html =
      '<html><body><article><h1>Review: The Salt Meadow</h1><time datetime="2026-03-02T10:00">2 March</time>' +
      "<p>The drama The Salt Meadow opens on Friday.</p></article></body></html>";
    const result = extract({ format: "html", text: html });
    expect(result.article.publishedAt).toBe("2026-03-02T10:00:00.000Z");
    expect(ExtractionResult.safeParse(result).success).toBe(true);
    expect(result.films[0]?.releases[0]?.date).toBe("2026-03-06");
  });

  it("warns, rather than fails, when an article names no film", () => {
    const result = extract({ format: "text", text: "The weather was fine all weekend." });
    expect(result.films).toEqual([]);
    expect(result.warnings).toContain("no film titles found");
  });
});
