import type { Film } from "@filmkb/schema";
import { makeArticle, makeEvidence, makeFact } from "@filmkb/schema/testing";
import { describe, expect, it } from "vitest";
import { keyString, keys } from "./keys.ts";
import { computeFilmView } from "./view.ts";
import {
  articleItem,
  factRequest,
  mergedAwayProjections,
  projectionChanges,
  storedFact,
  textRequests,
  viewParams,
} from "./write-params.ts";

const A = "a".repeat(32);
const film = (facts: Parameters<typeof makeFact>[0][]): Film =>
  computeFilmView(
    "night-ferry",
    facts.map((f, ordinal) => ({
      fact: makeFact({ filmId: "night-ferry", evidence: [makeEvidence({ articleId: A })], ...f }),
      articleId: A,
      reportedAt: "2026-01-01T00:00:00Z",
      ordinal,
    })),
    { version: 0, mergedFrom: [] },
    "2026-01-02T00:00:00Z",
  );
const putKeys = (requests: ReturnType<typeof textRequests>) =>
  requests.map((r) =>
    "PutRequest" in r ? String(r.PutRequest.Item.sk) : `delete ${r.DeleteRequest.Key.sk}`,
  );

describe("write parameters", () => {
  it("put a pending article on the sweeper's index, and a finished one off it", () => {
    const pending = articleItem(makeArticle({ id: A, status: { state: "pending" } }), {
      since: "2026-01-01T00:00:00Z",
      redrives: 1,
      saving: true,
    });
    expect(pending).toMatchObject({ gsi3pk: "PENDING", redrives: 1, saving: true, gsi5pk: "STATUS#pending" });
    const done = articleItem(makeArticle({ id: A, status: { state: "no-films" } }));
    expect(done).not.toHaveProperty("gsi3pk");
    expect(done).not.toHaveProperty("saving");
  });

  it("give a fact the same key however its name is written, so a replay rewrites one item", () => {
    const times = { reportedAt: "2026", publishedAt: "2026", receivedAt: "2026-01-01T00:00:00Z" };
    const put = (name: string) => factRequest(makeFact({ predicate: "director", value: name }), A, times, 0);
    const key = (r: ReturnType<typeof put>) => ("PutRequest" in r ? keyString(r.PutRequest.Item) : "");
    expect(key(put("Ana Ruiz"))).toBe(key(put("ANA  RUIZ")));
    expect(key(put("Ana Ruiz"))).not.toBe(key(put("Ana Ruis")));
  });

  it("keep at most ten sentences of evidence on a stored fact", () => {
    const evidence = Array.from({ length: 12 }, (_, i) => makeEvidence({ sentence: i }));
    expect(storedFact(makeFact({ evidence })).evidence).toHaveLength(10);
  });

  it("cut text into 90,000-character chunks, the raw text always at least one", () => {
    const requests = textRequests(A, { format: "text", text: "x".repeat(180_001) }, "");
    expect(putKeys(requests)).toEqual(["TEXT#000", "TEXT#001", "TEXT#002"]);
    expect(putKeys(textRequests(A, { format: "text", text: "" }, "y"))).toEqual([
      "TEXT#000",
      "TEXT.NORMALISED#000",
    ]);
  });

  it("write a view only over the version it was computed from, or where there is none", () => {
    const view = film([{ predicate: "title", value: "Night Ferry" }]);
    expect(viewParams("t", view, 3)).toMatchObject({
      ConditionExpression: "version = :v",
      ExpressionAttributeValues: { ":v": 3 },
    });
    expect(viewParams("t", view, null)).toMatchObject({ ConditionExpression: "attribute_not_exists(pk)" });
    expect(viewParams("t", view, null)).not.toHaveProperty("ExpressionAttributeValues");
  });

  it("write no projection when the view's projections did not change", () => {
    const view = film([
      { predicate: "title", value: "Night Ferry" },
      { predicate: "director", value: "Ana Ruiz" },
    ]);
    expect(projectionChanges(view, view)).toEqual([]);
    expect(putKeys(projectionChanges(null, view)).length).toBeGreaterThan(0);
  });

  it("leave a merged-away film's plain names for the film it joined, and take its dated ones", () => {
    const merged = film([
      { predicate: "title", value: "Night Ferry" },
      { predicate: "year", value: 2026 },
    ]);
    const deleted = mergedAwayProjections(merged).map((r) =>
      "DeleteRequest" in r ? keyString(r.DeleteRequest.Key) : "",
    );
    expect(deleted).toContain(keyString(keys.aliasInYear("Night Ferry", 2026)));
    expect(deleted).not.toContain(keyString(keys.alias("Night Ferry")));
  });
});
