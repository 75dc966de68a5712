import { readFileSync } from "node:fs";
import { extname, join } from "node:path";
import type { ArticleFormat } from "@filmkb/schema";

const FORMATS: Record<string, ArticleFormat> = { ".txt": "text", ".html": "html", ".md": "markdown" };
export const FIXTURES = [
  "harbour-lights-2.txt",
  "awards-roundup.html",
  "weekend-box-office.md",
  "plain-awards-news.txt",
  "casting-news.txt",
  "awards-night.txt",
  "profile-news.txt",
  "weekend-chart.txt",
  "director-announcement.txt",
  "awards-ceremony.txt",
  "film-review.txt",
  "sequel-news.html",
  "obituary.txt",
] as const;

/** A fixture article (written for this project) with the format its extension implies. */
export function fixture(name: (typeof FIXTURES)[number]): { format: ArticleFormat; text: string } {
  const text = readFileSync(join(import.meta.dirname, "..", "fixtures", name), "utf8");
  return { format: FORMATS[extname(name)] ?? "text", text };
}
