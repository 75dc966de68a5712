import { describe, expect, it } from "vitest";
import { buildDoc } from "../document/document.ts";
import { findDates } from "./dates.ts";

const datesIn = (text: string, publishedAt: Date | null = null) =>
  findDates(buildDoc(text, null, publishedAt, [])).bySentence.flat();

const CLAUSES = [
  "the thriller opens in Britain on March 3, 2027",
  "its sequel follows on 12 May 2028",
  "the comedy was moved from April 2026 to June 2026",
  "a director's cut arrives in 2029",
  "filming ran until 4 September 2025",
  "it reaches cinemas on Friday 6 March",
];

describe("findDates", () => {
  it.each([
    ["without a publication date", null],
    ["with one", new Date(Date.UTC(2026, 0, 15))],
  ])(
    "reads a sentence longer than chrono is given whole in windows, missing no date (%s)",
    (_, published) => {
      const read = (t: string) =>
        datesIn(t, published).map((d) => [d.forward, d.backward, t.slice(d.start, d.end)]);
      // Thirty clauses joined without a full stop: one sentence of about 1,400 characters, their
      // order and the words between them changed each round, so that the edges of the windows
      // fall everywhere in the clauses.
      for (let round = 0; round < 40; round++) {
        const clauses = Array.from(
          { length: 30 },
          (_, i) => CLAUSES[(i * (round + 1)) % CLAUSES.length] ?? "",
        );
        const alone = clauses.flatMap((c) => read(`${c}.`));
        expect(alone.length).toBeGreaterThanOrEqual(25);
        const text = clauses.map((c, i) => `${c}${" so".repeat((i * round) % 7)}`).join(", and ");
        expect(read(`${text}.`)).toEqual(alone);
      }
    },
  );

  it("never takes two dates from the same words", () => {
    const dates = datesIn("The film opens in May 2027, in 2027 in Britain.");
    for (const [i, a] of dates.entries())
      for (const b of dates.slice(i + 1)) expect(a.start < b.end && b.start < a.end).toBe(false);
    expect(dates.map((d) => d.forward)).toEqual(["2027-05", "2027"]);
  });
});
