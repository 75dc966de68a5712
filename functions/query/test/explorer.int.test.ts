import { articleRecord, identifyArticle } from "@filmkb/schema";
import { buildExtraction } from "@filmkb/schema/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { useSeededApi } from "./harness.ts";
import { storeHostileArticle, XSS } from "./xss.ts";

const seeded = useSeededApi();
let hostile: Awaited<ReturnType<typeof storeHostileArticle>>;
beforeAll(async () => {
  hostile = await storeHostileArticle(seeded().store);
});

const htmlPages = () => [
  "/",
  "/explore/films",
  "/explore/articles",
  "/explore/articles?status=failed",
  "/explore/films/the-long-night-2",
  "/explore/films/the-long-night-2?asOf=2100-01-01",
  `/explore/films/${hostile.filmId}`,
  `/explore/articles/${seeded().articles[0]?.id}`,
  `/explore/articles/${hostile.articleId}?at=3-40`,
  "/explore/people/saoirse-whelan",
  `/explore/people/${hostile.personId}`,
  "/explore/search?q=long",
  `/explore/search?q=${encodeURIComponent(XSS.title)}`,
  "/explore/calendar?month=2026-10",
  "/explore/films/no-such-film",
  "/explore/calendar?month=13",
  "/docs",
];

describe("explorer pages", () => {
  it("carry a strict Content-Security-Policy on every HTML response", async () => {
    for (const path of htmlPages()) {
      const res = await seeded().app.request(path);
      expect([path, res.headers.get("content-type")]).toEqual([path, "text/html; charset=UTF-8"]);
      const csp = res.headers.get("content-security-policy") ?? "";
      expect([path, csp]).toEqual([path, expect.stringContaining("default-src 'self'")]);
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      // No inline script or style anywhere: the CSP would refuse them, so none may be relied on.
      // Attribute values (quoted, escaped) may say anything: look at tags and attribute names only.
      const html = (await res.text()).replace(/="[^"]*"/g, '=""');
      expect([path, html.match(/<script(?![^>]*\ssrc=)[^>]*>|<style|<[^>]*\s(?:style|on[a-z]+)=/gi)]).toEqual(
        [path, null],
      );
    }
  });

  it("escape every stored string: hostile markup arrives as text", async () => {
    for (const path of htmlPages()) {
      const html = await (await seeded().app.request(path)).text();
      for (const bad of ["<script>window", "<img src=x", "<svg onload", "<iframe", "</title><script>"])
        expect([path, html.includes(bad)]).toEqual([path, false]);
    }
    const film = await (await seeded().app.request(`/explore/films/${hostile.filmId}`)).text();
    expect(film).toContain("&lt;script&gt;window.__xss=&quot;title&quot;&lt;/script&gt;Night");
    const article = await (await seeded().app.request(`/explore/articles/${hostile.articleId}`)).text();
    // A javascript: source is shown, never linked.
    expect(article).not.toMatch(/href="javascript:/i);
    expect(article).toContain("javascript:window.__xss=&#39;source&#39;");
  });

  it("answer a missing film with an HTML 404 and a bad month with an HTML 400", async () => {
    const missing = await seeded().app.request("/explore/films/no-such-film");
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain("No film is known by the id");
    expect((await seeded().app.request("/explore/calendar?month=13")).status).toBe(400);
  });

  it("give every value of a film page the quotes behind it", async () => {
    const html = await (await seeded().app.request("/explore/films/the-long-night-2")).text();
    const rows = [...html.matchAll(/<tr><td class="value">(.*?)<\/tr>/g)].map((m) => m[1] ?? "");
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) expect(row).toMatch(/<details class="evidence"><summary>\d+ quotes?<\/summary>/);
  });

  it("mark every quote of an article, and the one asked for as the focus", async () => {
    const id = seeded().articles[0]?.id ?? "";
    const text = await (await seeded().app.request(`/articles/${id}/text`)).text();
    const start = text.indexOf("Director Saoirse Whelan");
    const html = await (
      await seeded().app.request(`/explore/articles/${id}?at=${start}-${start + 23}`)
    ).text();
    expect(html).toMatch(/<mark class="[^"]*focus" [^>]*id="focus">Director Saoirse Whelan<\/mark>/);
    expect((html.match(/<mark /g) ?? []).length).toBeGreaterThan(10);
  });

  it("show a film as it stood on a date, and refuse a date they cannot read", async () => {
    const then = await (await seeded().app.request("/explore/films/the-long-night-2?asOf=2100-01-01")).text();
    expect(then).toContain("As the knowledge base stood on <strong>2100-01-01</strong>");
    expect((await seeded().app.request("/explore/films/the-long-night-2?asOf=1999-01-01")).status).toBe(404);
    expect((await seeded().app.request("/explore/films/the-long-night-2?asOf=soon")).status).toBe(400);
  });

  it("serve the stylesheet they link, cacheable for a year", async () => {
    const home = await (await seeded().app.request("/")).text();
    const css = /href="(\/assets\/explorer\.[0-9a-f]+\.css)"/.exec(home)?.[1] ?? "";
    const res = await seeded().app.request(css);
    expect([res.status, res.headers.get("content-type")]).toEqual([200, "text/css; charset=utf-8"]);
    expect(res.headers.get("cache-control")).toMatch(/immutable/);
  });

  it("show values the sources disagree on side by side, each with its support and quotes", async () => {
    for (const [text, year] of [
      ["Copper Lantern, made in 2019, returns to cinemas.", 2019],
      ["Copper Lantern (2021) is back on the big screen.", 2021],
    ] as const)
      await seeded().store.saveExtraction({
        result: buildExtraction(text, [
          { film: "Copper Lantern", predicate: "year", value: year, quote: String(year) },
        ]),
        raw: { format: "text", text },
        sources: [{ kind: "cli", path: `${year}.txt` }],
      });
    const html = await (await seeded().app.request("/explore/films/copper-lantern")).text();
    const conflict = /Sources disagree on the year:(.*?)<\/div><\/div><\/div>/s.exec(html)?.[1] ?? "";
    const cards = [...conflict.matchAll(/<div class="card"><strong>(\d{4})<\/strong>/g)].map((m) => m[1]);
    expect(cards.sort()).toEqual(["2019", "2021"]);
    expect(conflict.match(/1 article · best 90%/g)).toHaveLength(2);
    expect(conflict.match(/<details class="evidence">/g)).toHaveLength(2);
    // One source only: nothing to set side by side.
    const agreed = await (await seeded().app.request("/explore/films/the-long-night-2")).text();
    expect(agreed).not.toContain("Sources disagree");
  });

  it("show a failed article's reason on the home page and in the list of failed articles", async () => {
    const text = "Bytes that came to nothing.";
    await seeded().store.putArticle(
      articleRecord(identifyArticle(text), {
        format: "text",
        sources: [{ kind: "cli", path: "broken.txt" }],
        receivedAt: "2026-03-02T10:00:00Z",
        status: { state: "failed", reason: "extraction ran past its budget of 20000 ms" },
      }),
    );
    for (const path of ["/", "/explore/articles?status=failed"]) {
      const html = await (await seeded().app.request(path)).text();
      expect([path, html]).toEqual([
        path,
        expect.stringMatching(/status-failed.*extraction ran past its budget of 20000 ms/s),
      ]);
    }
  });
});
