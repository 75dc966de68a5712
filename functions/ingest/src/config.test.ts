import { describe, expect, it } from "vitest";
import { loadConfig } from "./config.ts";
import { INGEST_LIMITS, PENDING_LIMIT_MS } from "./limits.ts";

describe("loadConfig", () => {
  it("reads the environment once, with defaults", () => {
    expect(loadConfig({ TABLE_NAME: "films", ARTICLES_BUCKET: "articles" })).toEqual({
      tableName: "films",
      bucket: "articles",
      maxArticleBytes: 1_048_576,
      extractionBudgetMs: INGEST_LIMITS.extractionBudgetMs,
      maxReceives: 3,
      pendingLimitMs: PENDING_LIMIT_MS,
      dynamoEndpoint: undefined,
      s3Endpoint: undefined,
    });
  });

  it("stops at start-up on a missing or bad setting, naming it", () => {
    expect(() => loadConfig({ ARTICLES_BUCKET: "articles" })).toThrow(/TABLE_NAME/);
    expect(() =>
      loadConfig({ TABLE_NAME: "films", ARTICLES_BUCKET: "articles", MAX_ARTICLE_BYTES: "lots" }),
    ).toThrow(/MAX_ARTICLE_BYTES/);
  });
});
