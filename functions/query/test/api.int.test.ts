import {
  ArticleWithFacts,
  CalendarEntry,
  Credit,
  FactWithContext,
  Film,
  FilmReleases,
  FilmSummary,
  Person,
  Problem,
  page,
} from "@filmkb/schema";
import { buildExtraction } from "@filmkb/schema/testing";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { useSeededApi } from "./harness.ts";

const seeded = useSeededApi();

/** GET through the app; the body is validated against the schema the OpenAPI document publishes. */
async function get<T extends z.ZodType>(path: string, schema: T, headers: Record<string, string> = {}) {
  const res = await seeded().app.request(path, { headers });
  const body = res.status === 304 ? null : await res.json();
  if (res.status === 200) return { res, body: schema.parse(body) as z.infer<T> };
  return { res, body: Problem.parse(body) as unknown as z.infer<T> };
}

describe("GET routes", () => {
  it("searches films by title prefix, ignoring case and accents", async () => {
    const { res, body } = await get("/films?q=THE%20LONG", page(FilmSummary));
    expect(res.status).toBe(200);
    expect(body.items.map((f) => f.id).sort()).toEqual(["the-long-night-2", "the-long-night-3"]);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
  });

  it("serves a film's merged view with director, cast, releases, companies and locations", async () => {
    const { res, body } = await get("/films/the-long-night-2", Film);
    expect(res.status).toBe(200);
    expect(body.directors.map((d) => d.value.name)).toEqual(["Saoirse Whelan"]);
    expect(body.cast[0]?.value.character).toBe("Cathal Rourke");
    expect(body.releases.current.map((r) => [r.date, r.region, r.medium])).toEqual([
      ["2026-09-18", "GB", "theatrical"],
      ["2026-12", null, "streaming"],
    ]);
    expect(body.filmingLocations.map((l) => l.value.name)).toContain("Dunluce Castle");
    expect(res.headers.get("etag")).toMatch(/^"/);
    expect(res.headers.get("cache-control")).toMatch(/max-age=60/);
  });

  it("answers 304 when the ETag still matches", async () => {
    const first = await seeded().app.request("/films/the-long-night-2");
    const again = await seeded().app.request("/films/the-long-night-2", {
      headers: { "if-none-match": first.headers.get("etag") ?? "" },
    });
    expect(again.status).toBe(304);
  });

  it("serves facts with evidence, releases, articles, people and the calendar", async () => {
    const facts = await get("/films/the-long-night-2/facts?predicate=director", page(FactWithContext));
    expect(facts.body.items[0]?.fact.evidence[0]?.quote).toMatch(/Saoirse Whelan/);
    expect(
      (await get("/films/the-long-night-2/facts?minConfidence=0.5&limit=100", page(FactWithContext))).res
        .status,
    ).toBe(200);
    expect((await get("/films/the-long-night-2/releases", FilmReleases)).body.history).toHaveLength(2);
    const articles = await get(
      "/films/the-long-night-2/articles",
      page(z.object({ id: z.string() }).loose()),
    );
    expect(articles.body.items).toHaveLength(1);
    const person = await get("/people/saoirse-whelan", Person);
    expect(person.body.credits).toEqual([
      { filmId: "the-long-night-2", title: "The Long Night 2", role: "director", character: null },
    ]);
    expect((await get("/people/marcus-obi/films", page(Credit))).body.items[0]?.role).toBe("cast");
    expect(
      (await get("/people?q=saoirse", page(z.object({ id: z.string(), name: z.string() })))).body.items,
    ).toHaveLength(1);
    const calendar = await get("/releases?from=2026-09&to=2026-12&region=GB", page(CalendarEntry));
    expect(calendar.body.items.map((e) => e.filmId)).toEqual(["the-long-night-2"]);
    const id = seeded().articles[0]?.id ?? "";
    const article = await get(`/articles/${id}`, ArticleWithFacts);
    expect(article.body.article.status.state).toBe("ingested");
    expect(article.body.facts.length).toBeGreaterThan(10);
    // A page at a time, each with the article; the pages together hold every fact once.
    const first = await get(`/articles/${id}?limit=4`, ArticleWithFacts);
    expect(first.body.facts).toHaveLength(4);
    const all = [...first.body.facts];
    for (let cursor = first.body.nextCursor; cursor; ) {
      const next = await get(`/articles/${id}?limit=4&cursor=${cursor}`, ArticleWithFacts);
      expect(next.body.article.id).toBe(id);
      all.push(...next.body.facts);
      cursor = next.body.nextCursor;
    }
    const status = article.body.article.status;
    expect(all).toHaveLength(status.state === "ingested" ? status.facts : -1);
    expect(article.body.facts).toHaveLength(20); // the default page
  });

  it("serves the OpenAPI document and an API reference rendered from it", async () => {
    const doc = await seeded().app.request("/openapi.json");
    expect(((await doc.json()) as { openapi: string }).openapi).toBe("3.1.0");
    const docs = await seeded().app.request("/docs");
    expect(docs.headers.get("content-type")).toMatch(/text\/html/);
    const html = await docs.text();
    // Swagger UI, served by filmkb itself: every script and stylesheet is a same-origin path.
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1] ?? "");
    expect(assets.filter((a) => a.startsWith("/assets/"))).toHaveLength(4);
    expect(assets.filter((a) => /^(https?:)?\/\//.test(a))).toEqual([]);
    for (const asset of assets.filter((a) => a.startsWith("/assets/"))) {
      const res = await seeded().app.request(asset, { headers: { "accept-encoding": "gzip" } });
      expect([asset, res.status]).toEqual([asset, 200]);
      expect(res.headers.get("cache-control")).toMatch(/immutable/);
    }
    const bundle = assets.find((a) => a.endsWith("swagger-ui-bundle.js")) ?? "";
    const plain = await seeded().app.request(bundle);
    expect(await plain.text()).toContain("SwaggerUIBundle");
  });

  it("lists films without q, most recently updated first, and articles by status", async () => {
    const films = await get("/films?limit=2", page(FilmSummary));
    expect(films.body.items).toHaveLength(2);
    expect(films.body.nextCursor).not.toBeNull();
    const all = await get(
      "/articles",
      page(z.object({ id: z.string(), status: z.object({ state: z.string() }) })),
    );
    expect(all.body.items).toHaveLength(3);
    const ingested = await get(
      "/articles?status=ingested&limit=100",
      page(z.object({ id: z.string() }).loose()),
    );
    expect(ingested.body.items).toHaveLength(3);
    expect((await get("/articles?status=failed", page(z.object({ id: z.string() })))).body.items).toEqual([]);
  });

  it("serves an article's normalised text, in which every evidence quote sits at its offsets", async () => {
    for (const { id } of seeded().articles) {
      const res = await seeded().app.request(`/articles/${id}/text`);
      expect(res.headers.get("content-type")).toBe("text/plain; charset=utf-8");
      const text = await res.text();
      const { body } = await get(`/articles/${id}`, ArticleWithFacts);
      for (const e of body.facts.flatMap((f) => f.evidence)) expect(text.slice(e.start, e.end)).toBe(e.quote);
    }
    expect((await seeded().app.request(`/articles/${"e".repeat(32)}/text`)).status).toBe(404);
  });

  it("spends one DynamoDB request per GET (an article: two, sent together)", async () => {
    const id = seeded().articles[0]?.id ?? "";
    for (const [path, requests = 1] of [
      "/films?q=long",
      "/films",
      "/articles?status=ingested",
      "/films/the-long-night-2",
      "/films/the-long-night-2/facts",
      "/films/the-long-night-2/releases",
      "/films/the-long-night-2/articles",
      "/people?q=marcus",
      "/people/marcus-obi",
      "/people/marcus-obi/films",
      "/releases?from=2026&to=2027",
      // The article's record and a page of its facts live in different partitions.
      [`/articles/${id}`, 2],
    ].map((p): [string, number?] => (Array.isArray(p) ? [p[0] as string, p[1] as number] : [p]))) {
      seeded().requests.reset();
      expect((await seeded().app.request(path)).status).toBe(200);
      expect([path, seeded().requests.total()]).toEqual([path, requests]);
    }
  });
});

describe("the film as it stood on a date", () => {
  const report = (text: string, publishedAt: string | null, date: string) =>
    seeded().store.saveExtraction({
      result: buildExtraction(
        text,
        [
          {
            film: "Iron Orchard",
            predicate: "release",
            value: { date, region: "GB", medium: "theatrical", platform: null },
            quote: text.slice(text.indexOf("opens")),
          },
          { film: "Iron Orchard", predicate: "director", value: "Ines Varga", quote: "Ines Varga" },
        ],
        { publishedAt },
      ),
      raw: { format: "text", text },
      sources: [{ kind: "cli", path: `${date}.txt` }],
    });

  it("answers /films/{id} and /releases with ?asOf= from the reports made by then", async () => {
    const first = await report(
      "Ines Varga's Iron Orchard opens in Britain on 6 March.",
      "2026-01-10",
      "2026-03-06",
    );
    const moved = await report(
      "Ines Varga's Iron Orchard now opens in Britain on 1 May.",
      "2026-02-14",
      "2026-05-01",
    );
    const now = await get("/films/iron-orchard/releases", FilmReleases);
    expect(now.body.current.map((r) => r.date)).toEqual(["2026-05-01"]);
    expect(now.body.history.map((r) => [r.articleId, r.supersededBy?.articleId ?? null])).toEqual([
      [first.article.id, moved.article.id],
      [moved.article.id, null],
    ]);
    const then = await get("/films/iron-orchard/releases?asOf=2026-02-13", FilmReleases);
    expect(then.body.current.map((r) => r.date)).toEqual(["2026-03-06"]);
    expect(then.body.history).toHaveLength(1);
    const film = await get("/films/iron-orchard?asOf=2026-02-13T23:00:00Z", Film);
    expect(film.body.counts).toMatchObject({ articles: 1 });
    expect(film.body.directors.map((d) => d.value.name)).toEqual(["Ines Varga"]);

    const early = await get("/films/iron-orchard?asOf=2026-01-09", Problem);
    expect([early.res.status, early.body.detail]).toEqual([
      404,
      'film "iron-orchard" had not been reported as of 2026-01-09',
    ]);
    const bad = await get("/films/iron-orchard?asOf=last-week", Problem);
    expect([bad.res.status, bad.body.errors?.[0]?.path]).toEqual([400, "asOf"]);
    // The calendar holds current dates only.
    const calendar = await get("/releases?from=2026-03&to=2026-05", page(CalendarEntry));
    expect(calendar.body.items.filter((e) => e.filmId === "iron-orchard").map((e) => e.date)).toEqual([
      "2026-05-01",
    ]);
  });

  it("says when an article gave no publication date, with the time it was received beside it", async () => {
    await report("Ines Varga's Iron Orchard opens in Britain on 2 June.", null, "2026-06-02");
    const { body } = await get("/films/iron-orchard/releases", FilmReleases);
    const undated = body.history.find((r) => r.date === "2026-06-02");
    expect(undated?.reportedAt).toBeNull();
    expect(undated?.receivedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const facts = await get("/films/iron-orchard/facts?predicate=release", page(FactWithContext));
    const fact = facts.body.items.find(
      (f) => f.fact.predicate === "release" && f.fact.value.date === "2026-06-02",
    );
    expect(fact?.articlePublishedAt).toBeNull();
    expect(fact?.articleReceivedAt).toBe(undated?.receivedAt);
  });
});

describe("rejections", () => {
  it.each([
    ["/films?q=", 400, "q"],
    ["/releases?to=2026", 400, "from"],
    ["/articles?status=lost", 400, "status"],
    ["/films?q=x&limit=0", 400, "limit"],
    ["/films?q=x&limit=101", 400, "limit"],
    ["/films?q=x&sort=asc", 400, ""],
    ["/films?q=x&cursor=not!valid", 400, "cursor"],
    ["/films/Not_A_Slug", 400, ""],
    ["/films/no-such-film", 404, ""],
    ["/films/no-such-film/releases", 404, ""],
    ["/films/the-long-night-2/facts?predicate=budget", 400, "predicate"],
    ["/releases?from=2027&to=2026", 400, "from"],
    ["/articles/xyz", 400, ""],
    ["/people/nobody-at-all", 404, ""],
    ["/nowhere", 404, ""],
  ])("GET %s → %i problem+json", async (path, status, param) => {
    const res = await seeded().app.request(path);
    expect(res.status).toBe(status);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    const problem = Problem.parse(await res.json());
    if (param) expect(problem.errors?.map((e) => e.path)).toContain(param);
  });

  it("says a missing required parameter is required", async () => {
    const res = await seeded().app.request("/releases?to=2026");
    const problem = Problem.parse(await res.json());
    expect(problem.errors).toContainEqual({ path: "from", message: "required" });
  });

  it("refuses a cursor this API did not issue with 400", async () => {
    const first = await get("/films?q=l&limit=1", page(FilmSummary));
    const cursor = first.body.nextCursor ?? "";
    expect(cursor).not.toBe("");
    const res = await seeded().app.request(`/films?q=l&limit=1&cursor=${cursor.slice(0, -2)}xx`);
    expect(res.status).toBe(400);
    const next = await get(`/films?q=l&limit=1&cursor=${cursor}`, page(FilmSummary));
    expect(next.res.status).toBe(200);
  });

  it("answers 405 with Allow for another method on a known path", async () => {
    const res = await seeded().app.request("/films/the-long-night-2", { method: "DELETE" });
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
    // POST /articles belongs to the ingest function: the query app leaves it alone.
    const put = await seeded().app.request("/articles", { method: "PUT" });
    expect([put.status, put.headers.get("allow")]).toEqual([405, "GET, HEAD, OPTIONS, POST"]);
    expect(put.headers.get("content-type")).toBe("application/problem+json");
  });

  it("sends nosniff, HSTS and a Content-Security-Policy, on the reference page too", async () => {
    for (const path of ["/films/the-long-night-2", "/docs", "/films/nope", "/films?q="]) {
      const res = await seeded().app.request(path);
      expect(res.headers.get("x-content-type-options"), path).toBe("nosniff");
      expect(res.headers.get("strict-transport-security"), path).toMatch(/max-age=\d+/);
      expect(res.headers.get("content-security-policy"), path).toMatch(/frame-ancestors 'none'/);
    }
  });
});
