import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { cachedJson } from "./etag.ts";
import { HttpProblem, notFoundHandler, problemErrorHandler, validate } from "./problem.ts";

const logged: unknown[] = [];
const app = new Hono()
  .get("/ok", (c) => cachedJson(c, { hello: "world" }))
  .get("/bad", (c) =>
    c.json(validate(z.strictObject({ limit: z.coerce.number().max(5) }), c.req.query(), "query")),
  )
  .get("/boom", () => {
    throw new Error("secret internal detail at /var/task/index.js:1");
  })
  .get("/teapot", () => {
    throw new HttpProblem(413, "too big", { headers: { "retry-after": "1" } });
  });
app.onError(problemErrorHandler((_m, e) => logged.push(e)));
app.notFound(notFoundHandler);

describe("problem responses", () => {
  it("names the failing parameter in a 400", async () => {
    const res = await app.request("/bad?limit=9");
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    const body = await res.json();
    expect(body).toMatchObject({
      status: 400,
      title: "Bad request",
      instance: "/bad",
      errors: [{ path: "limit" }],
    });
  });

  it("answers an unexpected error with a generic 500 and logs it", async () => {
    const res = await app.request("/boom");
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).not.toMatch(/secret|\/var\/task|Error:/);
    expect(logged).toHaveLength(1);
  });

  it("keeps the status and headers a handler chose, and answers unknown routes with 404", async () => {
    const res = await app.request("/teapot");
    expect([res.status, res.headers.get("retry-after")]).toEqual([413, "1"]);
    expect((await app.request("/nowhere")).status).toBe(404);
  });
});

describe("cachedJson", () => {
  it("sends an ETag and answers 304 when it still matches", async () => {
    const first = await app.request("/ok");
    const etag = first.headers.get("etag") ?? "";
    expect(first.headers.get("cache-control")).toMatch(/max-age/);
    const again = await app.request("/ok", { headers: { "if-none-match": `W/${etag}` } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
  });
});
