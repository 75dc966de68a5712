import { describe, expect, it } from "vitest";
import { findDates } from "./dates.ts";

const dates = (text: string, publishedAt: Date | null = null) =>
  findDates(text, 0, publishedAt).map((d) => [text.slice(d.start, d.end), d.date]);

describe("findDates", () => {
  it("keeps the precision the text gives", () => {
    expect(dates("It opens on May 27, 2022 and streams from July 2022.")).toEqual([
      ["May 27, 2022", "2022-05-27"],
      ["July 2022", "2022-07"],
    ]);
  });

  it("reads numeric dates, which name no month", () => {
    expect(dates("The release moved to 2022-05-27 in cinemas.")).toEqual([["2022-05-27", "2022-05-27"]]);
  });

  it("takes a bare year only after a preposition, not as an adjective", () => {
    expect(dates("A 1937 American film, released in 1938.")).toEqual([["1938", "1938"]]);
  });

  it("resolves a weekday against the publication date, and drops it without one", () => {
    const published = new Date("2024-03-04T09:00:00Z"); // a Monday
    expect(dates("It opens on Friday.", published)).toEqual([["on Friday", "2024-03-08"]]);
    expect(dates("It opens on Friday.")).toEqual([]);
  });

  it("resolves a month without a year backwards when told the event is past", () => {
    const published = new Date("2025-02-10T09:00:00Z");
    expect(dates("It opens in November.", published)).toEqual([["November", "2025-11"]]);
    expect(findDates("It opened in November.", 0, published, false).map((d) => d.date)).toEqual(["2024-11"]);
  });
});
