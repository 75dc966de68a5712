import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Readable } from "node:stream";
import { CalendarEntry, Film, FilmReleases, page } from "@filmkb/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type * as z from "zod";
import { main } from "../src/index.ts";
import { type LocalStack, startLocalStack } from "../src/stack/local-stack.ts";

/**
 * A fictional series about one film, posted in order through the local stack's API with their
 * publication dates: the film's current dates, its history, `asOf` answers and the calendar.
 * The assertions keep to what today's extractor reads; the full series (retitles, delays in
 * other words, red herrings) comes with the new release rules.
 */
let stack: LocalStack;
beforeAll(async () => {
  stack = await startLocalStack({ port: 0, dataDir: null, examplesDir: null, log: () => undefined });
});
afterAll(async () => {
  await stack.close();
});

/** POSTs one article (a publication date in `?publishedAt=`, or in the HTML) and waits for it. */
async function post(body: string, type: string, publishedAt?: string): Promise<string> {
  const query = publishedAt ? `?publishedAt=${publishedAt}` : "";
  const res = await fetch(`${stack.url}/articles${query}`, {
    method: "POST",
    headers: { "content-type": `${type}; charset=utf-8` },
    body,
  });
  expect(res.status).toBe(202);
  const { id } = (await res.json()) as { id: string };
  await stack.idle();
  const { article } = (await (await fetch(`${stack.url}/articles/${id}`)).json()) as {
    article: { status: { state: string } };
  };
  expect(article.status.state).toBe("ingested");
  return id;
}

async function get<T extends z.ZodType>(path: string, schema: T): Promise<z.infer<T>> {
  const res = await fetch(`${stack.url}${path}`);
  expect(res.status, path).toBe(200);
  return schema.parse(await res.json());
}

const SERIES = {
  announced: `Harbour Lights sets sail

The drama Harbour Lights, directed by Ola Dahl, will be released in the United Kingdom on March 6, 2026, by Tidewater Films.`,
  moved: `# Harbour Lights moves

The drama *Harbour Lights*, directed by Ola Dahl, will now be released in the United Kingdom on May 1, 2026.`,
  west: `<!doctype html><html><head><meta property="article:published_time" content="2026-03-20T09:00:00Z">
<title>Harbour Lights heads west</title></head><body><article><h1>Harbour Lights heads west</h1>
<p>The drama <i>Harbour Lights</i> will be released in the United States on June 12, 2026, followed by a streaming release on Netflix in September 2026.</p>
</article></body></html>`,
};

describe("a film's release timeline through the API", () => {
  it("keeps current dates, history with what superseded what, asOf answers and the calendar", async () => {
    const announced = await post(SERIES.announced, "text/plain", "2026-01-10");
    const moved = await post(SERIES.moved, "text/markdown", "2026-02-14");
    const west = await post(SERIES.west, "text/html");

    const now = await get("/films/harbour-lights/releases", FilmReleases);
    expect(now.current.map((r) => [r.date, r.region, r.medium, r.articleId])).toEqual([
      ["2026-05-01", "GB", "theatrical", moved],
      ["2026-06-12", "US", "theatrical", west],
      ["2026-09", null, "streaming", west],
    ]);
    expect(now.history.map((r) => [r.date, r.reportedAt, r.supersededBy?.articleId ?? null])).toEqual([
      ["2026-03-06", "2026-01-10", moved],
      ["2026-05-01", "2026-02-14", null],
      ["2026-06-12", "2026-03-20T09:00:00Z", null],
      ["2026-09", "2026-03-20T09:00:00Z", null],
    ]);
    expect(now.history[0]?.articleId).toBe(announced);

    // As the knowledge base stood on three days of the series.
    const current = async (asOf: string) =>
      (await get(`/films/harbour-lights/releases?asOf=${asOf}`, FilmReleases)).current.map((r) => r.date);
    expect(await current("2026-02-13")).toEqual(["2026-03-06"]);
    expect(await current("2026-02-14")).toEqual(["2026-05-01"]);
    expect(await current("2026-03-20")).toEqual(["2026-05-01", "2026-06-12", "2026-09"]);
    const february = await get("/films/harbour-lights?asOf=2026-02-28", Film);
    expect([february.counts.articles, february.directors.map((d) => d.value.name)]).toEqual([
      2,
      ["Ola Dahl"],
    ]);
    expect((await fetch(`${stack.url}/films/harbour-lights?asOf=2026-01-01`)).status).toBe(404);

    // The calendar holds current dates only: March is empty since the move.
    const calendar = async (month: string) =>
      (await get(`/releases?from=${month}&to=${month}`, page(CalendarEntry))).items.map((e) => e.filmId);
    expect(await calendar("2026-03")).toEqual([]);
    expect(await calendar("2026-05")).toEqual(["harbour-lights"]);
  });

  it("says when an article gave no publication date, and serves the text its evidence points into", async () => {
    const undated = await post(
      "Harbour Lights in Ireland\n\nThe drama Harbour Lights will be released in Ireland on May 8, 2026.",
      "text/plain",
    );
    const { history } = await get("/films/harbour-lights/releases", FilmReleases);
    const report = history.find((r) => r.articleId === undated);
    expect(report?.reportedAt).toBeNull();
    expect(Date.parse(report?.receivedAt ?? "")).toBeGreaterThan(Date.parse("2026-01-01"));
    const text = await (await fetch(`${stack.url}/articles/${undated}/text`)).text();
    const { facts } = (await (await fetch(`${stack.url}/articles/${undated}`)).json()) as {
      facts: { evidence: { start: number; end: number; quote: string }[] }[];
    };
    for (const e of facts.flatMap((f) => f.evidence)) expect(text.slice(e.start, e.end)).toBe(e.quote);
  });

  it("takes the publication date from `filmkb ingest --published-at`", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "filmkb-ingest-")), "salt-road.md");
    writeFileSync(
      file,
      "# Salt Road\n\nThe western *Salt Road* will be released in Canada on August 7, 2026.\n",
    );
    const out: string[] = [];
    const stdout = new PassThrough().on("data", (c) => out.push(String(c)));
    const io = { stdin: Readable.from([]), stdout, stderr: new PassThrough() };
    expect(await main(["ingest", "--published-at", "2026-04-01", file, "--api", stack.url], io)).toBe(0);
    const id = /article ([0-9a-f]{32})/.exec(out.join(""))?.[1] ?? "";
    const { article } = (await (await fetch(`${stack.url}/articles/${id}`)).json()) as {
      article: { publishedAt: string | null };
    };
    expect(article.publishedAt).toBe("2026-04-01");
  });
});
