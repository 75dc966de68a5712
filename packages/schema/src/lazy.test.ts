import { describe, expect, it } from "vitest";
import * as z from "zod";

// zod's global registry maps each schema id to its schema once `.meta({ id })` has built it.
const registeredIds = () => [
  ...(z.globalRegistry as unknown as { _idmap: Map<string, unknown> })._idmap.keys(),
];

describe("lazily built schemas", () => {
  it("are not built when the package is imported, only when first used", async () => {
    const schema = await import("./index.ts");
    expect(registeredIds()).toEqual([]);

    expect(schema.FilmId.parse("the-long-night-2")).toBe("the-long-night-2");
    expect(registeredIds()).toEqual(["FilmId"]);
    schema.FilmSummary.parse({ id: "the-long-night-2", title: "The Long Night 2", year: null, aliases: [] });
    expect(registeredIds().sort()).toEqual(["FilmId", "FilmSummary"]);
  });

  it("are built once: unwrap() gives the same schema each time", async () => {
    const { Film } = await import("./index.ts");
    expect(Film.unwrap()).toBe(Film.unwrap());
  });
});
