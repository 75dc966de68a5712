import { Problem } from "@filmkb/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { useSeededApi } from "./harness.ts";

const seeded = useSeededApi();

const segment = fc.oneof(
  fc.constantFrom(
    "films",
    "people",
    "releases",
    "articles",
    "facts",
    "the-long-night-2",
    "marcus-obi",
    "openapi.json",
    "docs",
    "%00",
    "..",
    "%2F",
    "é",
  ),
  fc.string({ maxLength: 12 }).map(encodeURIComponent),
);
const param = fc.tuple(
  fc.constantFrom(
    "q",
    "limit",
    "cursor",
    "predicate",
    "minConfidence",
    "from",
    "to",
    "region",
    "medium",
    "x",
    "",
  ),
  fc.oneof(
    fc.string({ maxLength: 20 }),
    fc.constantFrom("0", "-1", "101", "1e9", "NaN", "2026-13", "US", "cast", "a.b.c"),
  ),
);
const header = fc.tuple(
  fc.constantFrom("if-none-match", "accept", "origin", "x-custom", "content-type"),
  fc.string({ maxLength: 30 }).filter((v) => /^[\x20-\x7e]*$/.test(v)),
);

describe("the API on arbitrary requests", () => {
  it("never answers 5xx, and answers every rejection with problem+json", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(segment, { minLength: 1, maxLength: 4 }),
        fc.array(param, { maxLength: 4 }),
        fc.array(header, { maxLength: 3 }),
        fc.constantFrom("GET", "HEAD", "POST", "DELETE", "OPTIONS"),
        async (segments, params, headers, method) => {
          const query = params.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join("&");
          const res = await seeded().app.request(`/${segments.join("/")}${query ? `?${query}` : ""}`, {
            method,
            headers: Object.fromEntries(headers),
          });
          expect(res.status).toBeLessThan(500);
          if (res.status >= 400 && method !== "HEAD") {
            expect(res.headers.get("content-type")).toBe("application/problem+json");
            const body = Problem.parse(await res.json());
            // Internal keys would show as JSON members; the echoed path itself may say anything.
            expect(JSON.stringify(body)).not.toMatch(
              /FILM#|ARTICLE#|PERSON#|"pk":|"sk":|node_modules|\.ts:\d/,
            );
          }
        },
      ),
      { numRuns: 300 },
    );
    expect(seeded().errors).toEqual([]);
  });
});
