import { describe, expect, it } from "vitest";
import { factPrefix, keys, SK_PREFIX } from "./keys.ts";
import {
  articleParams,
  articlesParams,
  calendarParams,
  filmFactsParams,
  filmPartitionParams,
  searchParams,
} from "./read-params.ts";

const T = "films";

describe("read parameters", () => {
  it("search one kind's names by the first letter and the prefix of their search form", () => {
    expect(searchParams(T, "FILM", "The Long Night").ExpressionAttributeValues).toEqual({
      ":pk": "SEARCH#FILM#l",
      ":prefix": "long night",
    });
    expect(searchParams(T, "PERSON", "Ána").ExpressionAttributeValues).toEqual({
      ":pk": "SEARCH#PERSON#a",
      ":prefix": "ana",
    });
  });

  it("ask the calendar for whole end dates, and filter only on what the query names", () => {
    const all = calendarParams(T, { from: "2027-03", to: "2027", limit: 20 });
    expect(all.ExpressionAttributeValues).toEqual({
      ":pk": "RELEASE",
      ":from": "2027-03",
      ":to": "2027\uffff",
    });
    expect("2027-12-31#film#GB#theatrical" < String(all.ExpressionAttributeValues?.[":to"])).toBe(true);
    expect(all).not.toHaveProperty("FilterExpression");
    const gb = calendarParams(T, { from: "2027", to: "2027", region: "GB", limit: 20 });
    expect([gb.FilterExpression, gb.ExpressionAttributeNames]).toEqual([
      "#region = :region",
      { "#region": "region" },
    ]);
    expect(gb.ExpressionAttributeValues?.[":region"]).toBe("GB");
  });

  it("read a film's facts of one predicate, filtering on confidence whenever one is given, even 0", () => {
    const cast = filmFactsParams(T, "night-ferry", { predicate: "cast" });
    expect(cast.ExpressionAttributeValues).toEqual({ ":pk": "FILM#night-ferry", ":prefix": "FACT#cast#" });
    expect(cast).not.toHaveProperty("FilterExpression");
    const zero = filmFactsParams(T, "night-ferry", { minConfidence: 0 });
    expect([zero.FilterExpression, zero.ExpressionAttributeValues?.[":min"]]).toEqual([
      "confidence >= :min",
      0,
    ]);
  });

  it("list articles by status on the status index, else newest first on the recency index", () => {
    expect(articlesParams(T, { status: "failed" })).toMatchObject({
      IndexName: "byStatus",
      ExpressionAttributeValues: { ":pk": "STATUS#failed" },
      ScanIndexForward: false,
    });
    expect(articlesParams(T, {})).toMatchObject({ IndexName: "byRecency", ScanIndexForward: false });
  });

  it("read a film's partition and an article consistently, the article short of its text", () => {
    expect(filmPartitionParams(T, "night-ferry").ConsistentRead).toBe(true);
    const article = articleParams(T, "a".repeat(32));
    expect(article.ConsistentRead).toBe(true);
    const below = (sk: string) => sk < String(article.ExpressionAttributeValues?.[":text"]);
    expect(below(keys.article("a").sk) && below(keys.source("a", "s3").sk)).toBe(true);
    expect(below(keys.rawChunk("a", 0).sk) || below(keys.normalisedChunk("a", 0).sk)).toBe(false);
  });
});

describe("keys", () => {
  it("start with the prefix the Queries of their kind ask for", () => {
    expect(keys.fact("f", "cast", "cast|x", "a").sk.startsWith(factPrefix("cast"))).toBe(true);
    expect(keys.mention("f", "2026-01-01", "a").sk.startsWith(SK_PREFIX.mention)).toBe(true);
    expect(keys.credit("p", "f", "cast", null).sk.startsWith(SK_PREFIX.credit)).toBe(true);
    // A raw chunk never matches the normalised prefix, nor the reverse.
    expect(keys.rawChunk("a", 0).sk.startsWith(SK_PREFIX.normalisedText)).toBe(false);
    expect(keys.normalisedChunk("a", 0).sk.startsWith(SK_PREFIX.rawText)).toBe(false);
  });
});
