import { describe, expect, it } from "vitest";
import { Article, articleRecord } from "./article.ts";
import { identifyArticle } from "./ids.ts";

describe("articleRecord", () => {
  it("takes the identity and leaves what is not known yet null", () => {
    const identity = identifyArticle("A short article.");
    const sources = [{ kind: "cli" as const, path: "a.txt" }];
    expect(
      Article.parse(
        articleRecord(identity, {
          format: "text",
          sources,
          receivedAt: "2026-01-01T00:00:00Z",
          status: { state: "pending" },
        }),
      ),
    ).toEqual({
      ...identity,
      format: "text",
      sources,
      receivedAt: "2026-01-01T00:00:00Z",
      status: { state: "pending" },
      headline: null,
      publishedAt: null,
      extractorVersion: null,
    });
  });
});
