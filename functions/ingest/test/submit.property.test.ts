import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSubmitApp } from "../src/index.ts";
import { newDeps, type Stack, startStack } from "./harness.ts";

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack.close();
});

const contentType = fc.oneof(
  fc.constantFrom(
    "text/plain",
    "text/html; charset=utf-8",
    "text/markdown",
    "application/json",
    "image/png",
    "",
    "text/plain; charset=latin1",
  ),
  fc.string({ maxLength: 30 }).filter((s) => /^[\x20-\x7e]*$/.test(s)),
);
const body = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.uint8Array({ maxLength: 300 }),
  fc
    .record({
      text: fc.string({ maxLength: 100 }),
      format: fc.string({ maxLength: 10 }),
      extra: fc.boolean(),
    })
    .map((r) => JSON.stringify(r.extra ? r : { text: r.text, format: r.format })),
);

describe("POST /articles on arbitrary bodies and content types", () => {
  it("answers 202 or a 4xx problem, never a 5xx", async () => {
    const deps = await newDeps(stack, { maxArticleBytes: 200 });
    const app = createSubmitApp(deps);
    await fc.assert(
      fc.asyncProperty(contentType, body, async (type, payload) => {
        const res = await app.request("/articles", {
          method: "POST",
          body: payload,
          headers: type ? { "content-type": type } : {},
        });
        expect([202, 400, 413, 415]).toContain(res.status);
        if (res.status !== 202) expect(res.headers.get("content-type")).toBe("application/problem+json");
      }),
      { numRuns: 150 },
    );
  });
});
