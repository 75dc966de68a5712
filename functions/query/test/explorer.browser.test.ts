import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { Film } from "@filmkb/schema";
import { serve } from "@hono/node-server";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, SCREENSHOTS } from "./browser.ts";
import { useSeededApi } from "./harness.ts";
import { storeMovedFilm } from "./series.ts";
import { storeHostileArticle } from "./xss.ts";

const seeded = useSeededApi();
let base = "";
let browser: Browser;
let stop: () => Promise<void>;
let hostile: Awaited<ReturnType<typeof storeHostileArticle>>;
let moved: Awaited<ReturnType<typeof storeMovedFilm>>;

beforeAll(async () => {
  hostile = await storeHostileArticle(seeded().store);
  moved = await storeMovedFilm(seeded().store);
  const server = serve({ fetch: seeded().app.fetch, port: 0, hostname: "127.0.0.1" });
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const chromium = await launchChromium();
  browser = chromium.browser;
  stop = async () => {
    await chromium.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
});
afterAll(async () => {
  await stop?.();
});

/** A page that records CSP violations, script errors and dialogs: none may happen. */
async function openPage(viewport = { width: 1280, height: 900 }) {
  const page = await browser.newPage({ viewport });
  const trouble: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" && !m.text().startsWith("Failed to load resource")) trouble.push(m.text());
  });
  page.on("pageerror", (e) => trouble.push(String(e)));
  page.on("response", (r) => {
    if (r.status() >= 400) trouble.push(`${r.status()} ${r.url()}`);
  });
  page.on("dialog", (d) => {
    trouble.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  return { page, trouble };
}

/** What page.evaluate runs in the browser: typed here, where the DOM library is not loaded. */
const browserSide = {
  scrollWidth: () =>
    (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document
      .documentElement.scrollWidth,
  xss: () => (globalThis as { __xss?: unknown }).__xss ?? null,
};

const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });

describe("the explorer in Chromium", () => {
  it("walks home → search → film → evidence → highlighted article → timeline → person → calendar", async () => {
    const { page, trouble } = await openPage();
    await page.goto(`${base}/`);
    await shot(page, "1-home");
    expect(await page.locator("h2", { hasText: "Recently updated films" }).count()).toBe(1);
    expect(await page.locator(".badge.status-ingested").count()).toBeGreaterThan(0);

    await page.locator('.search-hero input[name="q"]').fill("long night");
    await page.locator(".search-hero button").click();
    await page.waitForURL(/\/explore\/search\?q=long/);
    await shot(page, "2-search");
    await page.locator("a.card", { hasText: "The Long Night 2" }).click();
    await page.waitForURL(/\/explore\/films\/the-long-night-2$/);
    await shot(page, "3-film");
    expect(await page.locator("h1").textContent()).toBe("The Long Night 2");

    // The timeline has one point per reported release.
    const film = Film.parse(await (await fetch(`${base}/films/the-long-night-2`)).json());
    expect(film.releases.history.length).toBeGreaterThan(1);
    expect(await page.locator(".timeline svg circle.point").count()).toBe(film.releases.history.length);

    // A director's evidence opens, and its link shows the article with that sentence highlighted.
    const directors = page.locator("section", { has: page.locator("h2", { hasText: "Directors" }) });
    await directors.locator("details.evidence summary").first().click();
    const quote = (await directors.locator("details.evidence blockquote").first().textContent()) ?? "";
    expect(quote).toContain("Whelan");
    await directors.locator("details.evidence li a").first().click();
    await page.waitForURL(/\/explore\/articles\/[0-9a-f]{32}\?at=\d+-\d+#focus$/);
    await shot(page, "4-article");
    expect(
      await page
        .locator("mark.focus")
        .allTextContents()
        .then((t) => t.join("")),
    ).toBe(quote);
    expect(
      await page.locator(".article-text mark.k-release, .article-text mark.also-release").count(),
    ).toBeGreaterThan(0);
    expect(await page.locator(".article-text mark[title*='rule ']").count()).toBeGreaterThan(0);

    // A film whose British date moved: one point per report, one line per region × medium.
    await page.goto(`${base}/explore/films/${moved.filmId}`);
    await shot(page, "4b-timeline");
    expect(await page.locator(".timeline svg circle.point").count()).toBe(moved.reports);
    expect(await page.locator(".timeline svg polyline.series").count()).toBe(2);
    expect(await page.locator("tr.superseded").count()).toBe(1);
    await page.goto(`${base}/explore/films/the-long-night-2`);
    await directors.locator("td.value a", { hasText: "Saoirse Whelan" }).click();
    await page.waitForURL(/\/explore\/people\/saoirse-whelan$/);
    await shot(page, "5-person");
    expect(await page.locator("section", { hasText: "Directed" }).locator("a").allTextContents()).toEqual([
      "The Long Night 2",
    ]);

    await page.locator("header nav a", { hasText: "Calendar" }).click();
    await page.goto(`${base}/explore/calendar?month=2026-09&region=GB&medium=`);
    await shot(page, "6-calendar");
    expect(await page.locator(".calendar .day a.entry", { hasText: "The Long Night 2" }).count()).toBe(1);
    await page.locator('select[name="medium"]').selectOption("streaming");
    await page.locator(".filters button").click();
    await page.waitForURL(/medium=streaming/);
    expect(await page.locator(".calendar a.entry").count()).toBe(0);
    expect(trouble).toEqual([]);
    await page.close();
  });

  it("reads well on a phone", async () => {
    const { page, trouble } = await openPage({ width: 390, height: 844 });
    for (const [name, path] of [
      ["phone-home", "/"],
      ["phone-film", "/explore/films/the-long-night-2"],
      ["phone-calendar", "/explore/calendar?month=2026-09"],
    ] as const) {
      await page.goto(`${base}${path}`);
      await shot(page, name);
      // Nothing wider than the screen: the page never scrolls sideways.
      expect(await page.evaluate(browserSide.scrollWidth)).toBeLessThanOrEqual(390);
    }
    expect(trouble).toEqual([]);
    await page.close();
  });

  it("renders hostile titles, names and quotes as text on every page, running nothing", async () => {
    const { page, trouble } = await openPage();
    const pages = [
      "/",
      "/explore/films",
      "/explore/articles",
      `/explore/films/${hostile.filmId}`,
      `/explore/articles/${hostile.articleId}`,
      `/explore/articles/${hostile.articleId}?at=0-20`,
      `/explore/people/${hostile.personId}`,
      `/explore/search?q=${encodeURIComponent("<script>")}`,
      `/explore/search?q=ann`,
      "/explore/calendar?month=2026-10",
    ];
    for (const path of pages) {
      await page.goto(`${base}${path}`);
      expect([path, await page.evaluate(browserSide.xss)]).toEqual([path, null]);
      expect([path, await page.locator("img, iframe, svg[onload], main script").count()]).toEqual([path, 0]);
    }
    await page.goto(`${base}/explore/films/${hostile.filmId}`);
    await shot(page, "7-hostile-film");
    expect(await page.locator("h1").textContent()).toContain(
      '<script>window.__xss="title"</script>Night "Owl"',
    );
    // Opening every evidence list shows the hostile quotes as text, too.
    for (const summary of await page.locator("details.evidence summary").all()) await summary.click();
    expect(await page.evaluate(browserSide.xss)).toBeNull();
    expect(trouble).toEqual([]);
    await page.close();
  });

  it("shows the API reference from filmkb's own assets, under the same CSP", async () => {
    const { page, trouble } = await openPage();
    const requests: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    await page.goto(`${base}/docs`);
    await page.locator(".opblock").first().waitFor();
    expect(await page.locator(".opblock").count()).toBeGreaterThan(10);
    await page.locator(".opblock-summary", { hasText: "/films/{id}/facts" }).first().click();
    await page
      .locator(".parameters-col_description", { hasText: "Only facts of this kind" })
      .first()
      .waitFor();
    await shot(page, "8-docs");
    expect(requests.filter((u) => !u.startsWith(base))).toEqual([]);
    expect(trouble).toEqual([]);
    await page.close();
  });
});
