import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { notFoundHandler, problemErrorHandler } from "./problem.ts";
import { refuseCrossOriginWrites, securityHeaders } from "./security.ts";

const app = new Hono()
  .use("*", securityHeaders(), refuseCrossOriginWrites)
  .get("/data", (c) => c.json({ ok: true }))
  .get("/page", (c) => c.html("<h1>page</h1>"))
  .post("/articles", (c) => c.json({ accepted: true }, 202))
  .get("/boom", () => {
    throw new Error("internal");
  });
app.onError(problemErrorHandler(() => undefined));
app.notFound(notFoundHandler);

describe("securityHeaders", () => {
  it("sends nosniff, HSTS and a Content-Security-Policy on pages, data and errors alike", async () => {
    for (const path of ["/data", "/page", "/boom", "/nowhere"]) {
      const res = await app.request(path);
      expect(res.headers.get("x-content-type-options"), path).toBe("nosniff");
      expect(res.headers.get("strict-transport-security"), path).toMatch(/max-age=31536000/);
      expect(res.headers.get("content-security-policy"), path).toMatch(/default-src 'self'/);
    }
    const page = await app.request("/page");
    expect(page.headers.get("content-security-policy")).toMatch(/frame-ancestors 'none'/);
    expect(page.headers.get("content-security-policy")).not.toMatch(/unsafe-inline/);
  });
});

describe("refuseCrossOriginWrites", () => {
  const post = (headers: Record<string, string>) =>
    app.request("http://api.local/articles", {
      method: "POST",
      body: "text",
      headers: { "content-type": "text/plain", ...headers },
    });

  it("refuses a write from another site's page with a 403 problem", async () => {
    const attempts: Record<string, string>[] = [
      { origin: "https://evil.example" },
      { "sec-fetch-site": "cross-site" },
    ];
    for (const headers of attempts) {
      const res = await post(headers);
      expect(res.status).toBe(403);
      expect(res.headers.get("content-type")).toBe("application/problem+json");
    }
  });

  it("lets through the API's own pages and clients that are not browsers", async () => {
    expect((await post({ origin: "http://api.local", "sec-fetch-site": "same-origin" })).status).toBe(202);
    expect((await post({})).status).toBe(202);
    // Reads are never refused.
    expect((await app.request("/data", { headers: { origin: "https://elsewhere.example" } })).status).toBe(
      200,
    );
  });
});
