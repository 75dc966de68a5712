import { describe, expect, it } from "vitest";
import { extract } from "../src/extract.ts";

/**
 * How the extractor reads a film's release timeline: dates bound to their regions on either
 * side and in lists, delays with the dates they replace, dates that are not releases, and a
 * retitled film's place in its series. Sentences written for this project.
 */
type Result = ReturnType<typeof extract>;

const read = (text: string, publishedAt = "2026-03-02T09:00:00Z") =>
  extract({ format: "text", text, publishedAt });

/** Each film's releases as `date region medium`, "former" first for a date it no longer has. */
function releases(result: Result): Record<string, string[]> {
  return Object.fromEntries(
    result.films.map((f) => [
      f.title,
      result.facts
        .filter((fact) => fact.filmId === f.id && fact.predicate === "release")
        .map((fact) => {
          if (fact.predicate !== "release") return "";
          const { date, region, medium, platform, superseded } = fact.value;
          return [superseded ? "former" : null, date, region ?? "-", medium, platform]
            .filter(Boolean)
            .join(" ");
        })
        .sort(),
    ]),
  );
}

describe("release timelines", () => {
  it("gives every country of a list its date, before or after the date", () => {
    expect(releases(read("The thriller Salt Road opens on 3 September in the US and Canada."))).toEqual({
      "Salt Road": ["2026-09-03 CA theatrical", "2026-09-03 US theatrical"],
    });
    expect(
      releases(read("The thriller Salt Road arrives in the UK and Ireland a week later, on 10 September.")),
    ).toEqual({ "Salt Road": ["2026-09-10 GB theatrical", "2026-09-10 IE theatrical"] });
  });

  it("takes the country named after a delay's new date", () => {
    expect(releases(read("Meridian Pictures has pushed Salt Road back to 6 August 2027 in the US."))).toEqual(
      { "Salt Road": ["2027-08-06 US theatrical"] },
    );
  });

  it("gives a former date the countries of the date that replaces it", () => {
    const text =
      "The thriller Salt Road will now open on 3 September in the US and Canada, moving it from 6 August.";
    expect(releases(read(text))).toEqual({
      "Salt Road": [
        "2026-09-03 CA theatrical",
        "2026-09-03 US theatrical",
        "former 2026-08-06 CA theatrical",
        "former 2026-08-06 US theatrical",
      ],
    });
  });

  it("does not take the day a statement was made for a release", () => {
    const text = "The thriller Salt Road will be released soon, Meridian Pictures said on Monday.";
    expect(releases(read(text))).toEqual({ "Salt Road": [] });
    const confirmed = "The thriller Salt Road is due for release, its studio confirmed on 20 March.";
    expect(releases(read(confirmed))).toEqual({ "Salt Road": [] });
  });

  it("reads a present-tense release verb forward, after a past one", () => {
    // Published on a Monday: "opened … on 27 February" is past, "reaches … on Friday" to come.
    const text = "The thriller Salt Road opened in the US on 27 February and reaches UK cinemas on Friday.";
    expect(releases(read(text))).toEqual({
      "Salt Road": ["2026-02-27 US theatrical", "2026-03-06 GB theatrical"],
    });
  });

  it("keeps only the most precise of an article's dates for one release", () => {
    const text =
      "Salt Road pushed back to August\n\nMeridian Pictures has pushed the thriller Salt Road back to 6 August 2027 in the US.";
    expect(releases(read(text, "2026-09-09T08:30:00Z"))).toEqual({
      "Salt Road": ["2027-08-06 US theatrical"],
    });
    // Another region, or another month, is another release.
    const two = "The thriller Salt Road opens in August 2027. It opens in the US on 6 September 2027.";
    expect(releases(read(two))).toEqual({
      "Salt Road": ["2027-08 - theatrical", "2027-09-06 US theatrical"],
    });
  });

  it("gives a former date to the first of several new dates it was replaced by", () => {
    const text =
      "The thriller Salt Road, previously set for 30 October, will now arrive on 5 March 2027 in the US and 12 March 2027 in the UK.";
    expect(releases(read(text, "2026-08-14T07:45:00Z"))).toEqual({
      "Salt Road": [
        "2027-03-05 US theatrical",
        "2027-03-12 GB theatrical",
        "former 2026-10-30 US theatrical",
      ],
    });
  });

  it("does not take a trailer's or a soundtrack's release for the film's", () => {
    const text =
      "The thriller Salt Road opens in May. Its first trailer, released on Monday, was watched widely.";
    expect(releases(read(text))).toEqual({ "Salt Road": ["2026-05 - theatrical"] });
    const album = "The thriller Salt Road opens in May. Its soundtrack is released on 3 April.";
    expect(releases(read(album))).toEqual({ "Salt Road": ["2026-05 - theatrical"] });
  });

  it("keeps the streaming date that names its platform, not the same date without it", () => {
    const text = "The thriller Salt Road will be available to stream on Streamly+ from 26 February.";
    expect(releases(read(text, "2026-11-23T09:00:00Z"))).toEqual({
      "Salt Road": ["2027-02-26 - streaming Streamly+"],
    });
  });

  it("reads a country's date from what its audiences wait for, in a sentence that names no film", () => {
    const text =
      "Meridian Pictures has moved Salt Road to 9 April 2027 in the US. UK audiences will now have to wait until 16 April.";
    expect(releases(read(text, "2027-01-12T09:00:00Z"))).toEqual({
      "Salt Road": ["2027-04-09 US theatrical", "2027-04-16 GB theatrical"],
    });
  });

  it("reads 'from 19 June' as a day, not as seven in the evening", () => {
    const text = "The documentary Salt Road will stream on Streamly+ from 19 June.";
    expect(releases(read(text, "2026-05-29T06:00:00Z"))).toEqual({
      "Salt Road": ["2026-06-19 - streaming Streamly+"],
    });
  });

  it("does not take a given name that is a month for a date", () => {
    const text =
      "The thriller Salt Road 2 opens on 5 June 2026. It reunites Ada Quill and June Hallam, who return as the twins.";
    const [film] = read(text).films;
    expect(film?.cast.map((c) => c.name)).toEqual(["Ada Quill", "June Hallam"]);
  });

  it("does not bind a country to a date that belongs to another phrase", () => {
    const text = "The thriller Salt Road opens today in the US and Canada after previews on Thursday night.";
    expect(releases(read(text, "2026-05-29T06:00:00Z"))).toEqual({
      "Salt Road": ["2026-05-29 CA theatrical", "2026-05-29 US theatrical"],
    });
  });

  it("takes the country a rule read before the date", () => {
    const text = "Northlight Pictures will release Storm Cellar in the US on 9 October 2026.";
    expect(releases(read(text))).toEqual({ "Storm Cellar": ["2026-10-09 US theatrical"] });
  });

  it("reads a release of the film a story calls by its genre", () => {
    const text =
      "Meridian Pictures has moved Salt Road to 6 August 2027. The spy thriller's UK release has shifted to 13 August 2027.";
    expect(releases(read(text))).toEqual({
      "Salt Road": ["2027-08-06 - theatrical", "2027-08-13 GB theatrical"],
    });
  });
});

describe("a film's series and names", () => {
  it("keeps a retitled film in the series its working title numbered", () => {
    const f = read("The spy sequel Salt Road 3 has been retitled Salt Road: Ashfall.").films;
    expect(f.map((x) => [x.title, x.aliases, x.franchise, x.installment])).toEqual([
      ["Salt Road: Ashfall", ["Salt Road 3"], "Salt Road", 3],
    ]);
  });

  it("takes a film announced as the next instalment of a franchise, and its studio", () => {
    const f = read(
      "Meridian Pictures has announced Salt Road 3, the next instalment in its spy franchise. The film opens in May 2027.",
    ).films;
    expect(f.map((x) => [x.title, x.franchise, x.installment, x.companies, x.releases.length])).toEqual([
      ["Salt Road 3", "Salt Road", 3, [{ name: "Meridian Pictures", role: "studio" }], 1],
    ]);
  });

  it("casts a returning player in the story's film, not in the earlier one her part is told of", () => {
    const text =
      "Meridian Pictures has dated Salt Road II, the sequel to its horror hit Salt Road, for 30 October 2026. Ada Quill returns as Nora Pike, the keeper's daughter she played in the first film.";
    const byTitle = Object.fromEntries(read(text).films.map((f) => [f.title, f.cast]));
    expect(byTitle).toEqual({
      "Salt Road II": [{ name: "Ada Quill", character: "Nora Pike" }],
      "Salt Road": [],
    });
  });

  it("links a film's working title to the name it will be called", () => {
    const text =
      "Copperkettle Studios' animated musical, previously known as Project Halcyon, will be called The Lamplighter's Daughter.";
    expect(read(text).films.map((f) => [f.title, f.aliases, f.companies.map((c) => c.name)])).toEqual([
      ["The Lamplighter's Daughter", ["Project Halcyon"], ["Copperkettle Studios"]],
    ]);
  });

  it("does not let a part's earlier film take over the story", () => {
    const text =
      "Meridian Pictures has announced Salt Road 3, the next instalment in its spy franchise. Ada Quill joins as Mara Vale, the role she played in Salt Road 2. Filming begins in Prague in March.";
    const byTitle = Object.fromEntries(read(text).films.map((f) => [f.title, f]));
    expect(byTitle["Salt Road 3"]?.cast).toEqual([{ name: "Ada Quill", character: "Mara Vale" }]);
    expect(byTitle["Salt Road 3"]?.filmingLocations).toEqual(["Prague"]);
    expect(byTitle["Salt Road 2"]?.filmingLocations).toEqual([]);
  });

  it("reads a distributor buying rights, a film 'previously called' another, and a film named after its place in a series", () => {
    const text = [
      "Copperkettle Films has bought the UK rights to The Lantern Keeper.",
      "Grey Orchard, the film previously called Project Wren, opens in May.",
      "The fourth film in the Tide Runner series, Black Shoal, opens in June.",
    ].join(" ");
    const byTitle = Object.fromEntries(read(text).films.map((f) => [f.title, f]));
    expect(byTitle["The Lantern Keeper"]?.companies).toEqual([
      { name: "Copperkettle Films", role: "distributor" },
    ]);
    expect(byTitle["Grey Orchard"]?.aliases).toEqual(["Project Wren"]);
    expect([byTitle["Black Shoal"]?.franchise, byTitle["Black Shoal"]?.installment]).toEqual([
      "Tide Runner",
      4,
    ]);
    expect(Object.keys(byTitle).sort()).toEqual(["Black Shoal", "Grey Orchard", "The Lantern Keeper"]);
  });

  it("gives a release told in a clause about the film before a sequel to that earlier film", () => {
    const text =
      "Moss Harbour 3 will open in July. Moss Harbour 3 follows Moss Harbour 2, which opened in 2024.";
    expect(releases(read(text))).toEqual({
      "Moss Harbour 3": ["2026-07 - theatrical"],
      "Moss Harbour 2": ["2024 - theatrical"],
    });
  });

  it("takes a numbered title called the next instalment, and a player who joins the cast as a named part", () => {
    const text =
      "Moss Harbour 3 is the next instalment in the franchise. Ruth Ellery joins the cast as Ilsa Crane.";
    const f = read(text).films;
    expect(f.map((x) => [x.title, x.franchise, x.installment, x.cast])).toEqual([
      ["Moss Harbour 3", "Moss Harbour", 3, [{ name: "Ruth Ellery", character: "Ilsa Crane" }]],
    ]);
  });
});
