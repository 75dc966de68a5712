import {
  CopyObjectCommand,
  HeadObjectCommand,
  type HeadObjectCommandOutput,
  NotFound,
  type S3Client,
} from "@aws-sdk/client-s3";
import type { Article, ArticleSource } from "@filmkb/schema";
import type { FilmStore } from "@filmkb/store";
import { EXTENSION_OF } from "./decode.ts";
import { failArticle } from "./ingest.ts";
import { logger } from "./observability.ts";

export interface SweepDeps {
  s3: S3Client;
  store: FilmStore;
  /** An article pending longer than this has no delivery left that could finish it. */
  pendingLimitMs: number;
  /** How many times a stuck article is sent round again before it is failed. */
  maxRedrives: number;
  now: () => Date;
}

export interface SweepReport {
  redriven: string[];
  failed: { articleId: string; reason: string }[];
}

const PAGE = 25;

/**
 * The sweeper: finds articles pending past the limit — every delivery timed out, or the
 * process died, so no retry is coming (on Lambda a timeout skips the give-up path and the
 * message goes to the dead-letter queue) — and sends each round again by copying its object
 * onto itself, which the bucket announces like an upload. One that is still pending after its
 * re-drives is marked `failed`, with the reason. Scheduled when deployed; run at start locally.
 */
export async function sweepPending(
  deps: SweepDeps,
  options: { olderThanMs?: number } = {},
): Promise<SweepReport> {
  const before = new Date(deps.now().getTime() - (options.olderThanMs ?? deps.pendingLimitMs));
  const report: SweepReport = { redriven: [], failed: [] };
  // The index is eventually consistent: an article handled a moment ago may be listed again.
  const handled = new Set<string>();
  for (;;) {
    const page = (await deps.store.pendingArticles(before, PAGE)).filter((p) => !handled.has(p.article.id));
    for (const { article, pendingSince, redrives } of page) {
      handled.add(article.id);
      const source = article.sources.find((s) => s.kind === "s3");
      if (source && redrives < deps.maxRedrives) {
        if (!(await deps.store.markRedriven(article.id))) continue; // finished meanwhile
        if (await touch(deps.s3, source, canonicalKey(article), redrives + 1)) {
          logger.warn("stuck article sent round again", { articleId: article.id, pendingSince, redrives });
          report.redriven.push(article.id);
          continue;
        }
      }
      const minutes = Math.round((deps.now().getTime() - Date.parse(pendingSince)) / 60_000);
      const reason = !source
        ? "ingest did not finish, and the article has no stored object to try again from"
        : redrives >= deps.maxRedrives
          ? `ingest did not finish: still pending ${minutes} min after being sent round again ${redrives} time(s) (the function timed out or crashed every time)`
          : "ingest did not finish, and the article's object is no longer in the bucket";
      await failArticle(deps.store, article, reason);
      report.failed.push({ articleId: article.id, reason });
    }
    if (page.length < PAGE) return report;
  }
}

/** Where POST /articles keeps an article: the only prefix the ingest function may write. */
const canonicalKey = (article: Article) => `articles/${article.id}.${EXTENSION_OF[article.format]}`;

/**
 * Copies an article's object (same bytes and metadata) to its place under articles/ — onto
 * itself when it is there already, as a new version: S3 announces the copy like an upload.
 */
async function touch(
  s3: S3Client,
  source: Extract<ArticleSource, { kind: "s3" }>,
  canonical: string,
  redrive: number,
): Promise<boolean> {
  let head: HeadObjectCommandOutput;
  try {
    head = await s3.send(new HeadObjectCommand({ Bucket: source.bucket, Key: source.key }));
  } catch (error) {
    if (error instanceof NotFound || (error as Error).name === "NotFound") return false;
    throw error;
  }
  await s3.send(
    new CopyObjectCommand({
      Bucket: source.bucket,
      Key: source.key.startsWith("articles/") ? source.key : canonical,
      CopySource: `${source.bucket}/${encodeURIComponent(source.key).replace(/%2F/g, "/")}`,
      // Copying an object onto itself needs a change: the metadata says which re-drive this is.
      MetadataDirective: "REPLACE",
      Metadata: { ...head.Metadata, redrive: String(redrive) },
      ContentType: head.ContentType,
    }),
  );
  return true;
}
