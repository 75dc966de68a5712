import { describe, expect, it } from "vitest";
import { ArticleSubmission, FactQuery, ReleaseCalendarQuery, SearchQuery } from "./api.ts";
import { problemErrors } from "./problem.ts";

describe("query contracts", () => {
  it("coerce numbers from query strings and apply the default page size", () => {
    expect(SearchQuery.parse({ q: "mission" })).toEqual({ q: "mission", limit: 20 });
    expect(FactQuery.parse({ minConfidence: "0.5", limit: "100" })).toEqual({
      minConfidence: 0.5,
      limit: 100,
    });
  });

  it("reject unknown parameters and out-of-range limits, naming them", () => {
    const unknown = SearchQuery.safeParse({ q: "x", sort: "asc" });
    expect(unknown.success).toBe(false);
    const tooMany = SearchQuery.safeParse({ q: "x", limit: "101" });
    expect(tooMany.error && problemErrors(tooMany.error)).toEqual([
      { path: "limit", message: expect.stringContaining("100") },
    ]);
  });

  it("reject a calendar range that ends before it starts", () => {
    const result = ReleaseCalendarQuery.safeParse({ from: "2023", to: "2022-12" });
    expect(result.error?.issues[0]?.path).toEqual(["from"]);
  });

  it("say a missing parameter is required instead of naming its type", () => {
    const input = { to: "2026" };
    const result = ReleaseCalendarQuery.safeParse(input);
    expect(result.error && problemErrors(result.error, input)).toEqual([
      { path: "from", message: "required" },
    ]);
    const present = { q: 5 };
    const wrong = SearchQuery.safeParse(present);
    expect(wrong.error && problemErrors(wrong.error, present)[0]?.message).not.toBe("required");
  });

  it("reject a cursor with characters no issued cursor has", () => {
    expect(SearchQuery.safeParse({ q: "x", cursor: "a/b" }).success).toBe(false);
  });
});

describe("ArticleSubmission", () => {
  it("defaults the format to text and refuses an empty text", () => {
    expect(ArticleSubmission.parse({ text: "A story." })).toEqual({ text: "A story.", format: "text" });
    expect(problemErrors(ArticleSubmission.safeParse({ text: "" }).error as never)[0]?.path).toBe("text");
  });
});
