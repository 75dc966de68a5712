import { readFileSync } from "node:fs";
import { extname, join } from "node:path";
import { CalendarEntry, Film, FilmReleases, FilmSummary, page } from "@filmkb/schema";
import { expect } from "vitest";
import type * as z from "zod";
import { type LocalStack, startLocalStack } from "../../src/stack/local-stack.ts";

/**
 * Posts a series of articles (written for this project, in `test/series/<name>/`) through the
 * local stack's API in order, and reads the knowledge base back the way a client would. Every
 * report is named by its article's label (the file name without its number and extension), so
 * assertions read as the story does: "announced", "delayed", …
 */
export interface SeriesArticle {
  file: string;
  /** `?publishedAt=`; absent when the article carries its own date (HTML). */
  publishedAt?: string;
}

const TYPES: Record<string, string> = {
  ".txt": "text/plain",
  ".md": "text/markdown",
  ".html": "text/html",
};

export class SeriesRun {
  private readonly labels = new Map<string, string>();

  private constructor(
    readonly stack: LocalStack,
    private readonly dir: string,
  ) {}

  static async start(series: string): Promise<SeriesRun> {
    const stack = await startLocalStack({ port: 0, dataDir: null, examplesDir: null, log: () => undefined });
    return new SeriesRun(stack, join(import.meta.dirname, series));
  }

  close(): Promise<void> {
    return this.stack.close();
  }

  /** Posts each article and waits until it is ingested. */
  async postAll(articles: readonly SeriesArticle[]): Promise<void> {
    for (const article of articles) await this.post(article);
  }

  private async post({ file, publishedAt }: SeriesArticle): Promise<void> {
    const query = publishedAt ? `?publishedAt=${publishedAt}` : "";
    const res = await fetch(`${this.stack.url}/articles${query}`, {
      method: "POST",
      headers: { "content-type": `${TYPES[extname(file)]}; charset=utf-8` },
      body: readFileSync(join(this.dir, file), "utf8"),
    });
    expect(res.status, file).toBe(202);
    const { id } = (await res.json()) as { id: string };
    await this.stack.idle();
    const { article } = (await (await fetch(`${this.stack.url}/articles/${id}`)).json()) as {
      article: { status: { state: string } };
    };
    expect(article.status.state, file).toBe("ingested");
    this.labels.set(id, file.replace(/^\d+-/, "").replace(/\.\w+$/, ""));
  }

  /** The label of the article with this id. */
  label(articleId: string | null | undefined): string | null {
    return articleId ? (this.labels.get(articleId) ?? articleId) : null;
  }

  async get<T extends z.ZodType>(path: string, schema: T): Promise<z.infer<T>> {
    const res = await fetch(`${this.stack.url}${path}`);
    expect(res.status, path).toBe(200);
    return schema.parse(await res.json());
  }

  async status(path: string): Promise<number> {
    return (await fetch(`${this.stack.url}${path}`)).status;
  }

  /** The id of the film a search for its title finds first. */
  async filmId(title: string): Promise<string> {
    const found = await this.get(`/films?q=${encodeURIComponent(title)}`, page(FilmSummary));
    const id = found.items[0]?.id;
    expect(id, `a film found for "${title}"`).toBeDefined();
    return id ?? "";
  }

  film(id: string, asOf?: string): Promise<Film> {
    return this.get(`/films/${id}${asOf ? `?asOf=${asOf}` : ""}`, Film);
  }

  /** Current releases as `date region medium platform ← article`, in that order. */
  async current(id: string, asOf?: string): Promise<string[]> {
    const { current } = await this.get(`/films/${id}/releases${asOf ? `?asOf=${asOf}` : ""}`, FilmReleases);
    return current.map((r) => `${describe(r)} ← ${this.label(r.articleId)}`).sort();
  }

  /**
   * Every report of one region (null: none named) and medium, oldest first, as
   * `date ← article` plus `⇒ date (article)` for the report that superseded it; a date its own
   * article calls former is marked "former".
   */
  async history(id: string, region: string | null, medium = "theatrical"): Promise<string[]> {
    const { history } = await this.get(`/films/${id}/releases`, FilmReleases);
    return history
      .filter((r) => r.region === region && r.medium === medium)
      .map((r) => {
        const former = r.superseded ? " former" : "";
        const next = r.supersededBy
          ? ` ⇒ ${r.supersededBy.date} (${this.label(r.supersededBy.articleId)})`
          : "";
        return `${r.date}${former} ← ${this.label(r.articleId)}${next}`;
      });
  }

  /** Every film's id. */
  async filmIds(): Promise<string[]> {
    return (await this.get("/films?limit=100", page(FilmSummary))).items.map((f) => f.id);
  }

  /** Every release report of a film, whatever its region and medium. */
  async reports(id: string): Promise<string[]> {
    const { history } = await this.get(`/films/${id}/releases`, FilmReleases);
    return history.map((r) => `${describe(r)} ← ${this.label(r.articleId)}`);
  }

  /** The calendar between two months, as `film date region medium`. */
  async calendar(from: string, to: string, region?: string): Promise<string[]> {
    const query = `from=${from}&to=${to}&limit=100${region ? `&region=${region}` : ""}`;
    const { items } = await this.get(`/releases?${query}`, page(CalendarEntry));
    return items.map((e) => `${e.filmId} ${describe(e)}`).sort(byDate);
  }
}

function describe(r: {
  date: string;
  region: string | null;
  medium: string | null;
  platform: string | null;
}) {
  return [r.date, r.region ?? "-", r.medium ?? "-", ...(r.platform ? [r.platform] : [])].join(" ");
}

/** Lines "<film> <date> …" by date, then as text. */
const byDate = (a: string, b: string) =>
  (a.split(" ")[1] ?? "").localeCompare(b.split(" ")[1] ?? "") || a.localeCompare(b);
