import { GetObjectCommand, type S3Client } from "@aws-sdk/client-s3";
import {
  type ArticleIdentity,
  type ArticleSource,
  articleRecord,
  ExtractionResult,
  identifyArticle,
} from "@filmkb/schema";
import type { FilmStore } from "@filmkb/store";
import { decodeUtf8, formatOf, UnreadableArticleError } from "./decode.ts";
import { logger, MetricUnit, metrics } from "./observability.ts";

// The extractor is a third of the function's code and only queue messages need it: it is
// loaded by the first one (a chunk of its own in the bundle), never by POST /articles.
let extractor: Promise<typeof import("@filmkb/extract")> | undefined;
const loadExtractor = () => (extractor ??= import("@filmkb/extract"));

export interface IngestDeps {
  s3: S3Client;
  store: FilmStore;
  maxArticleBytes: number;
  maxReceives: number;
  now: () => Date;
}

export interface StoredObject {
  bucket: string;
  key: string;
  /** The queue message that announced the object, for correlating logs. */
  messageId?: string;
  /** How many times the queue has delivered this notification (SQS ApproximateReceiveCount). */
  receiveCount: number;
}

export type IngestOutcome =
  | { outcome: "ingested"; articleId: string; films: string[]; facts: number }
  | { outcome: "no-films"; articleId: string }
  | { outcome: "failed"; articleId: string; reason: string };

/**
 * Reads one uploaded article from S3, extracts its film facts, validates them against the
 * schema and stores them. A permanent failure (unreadable bytes, too large, invalid facts)
 * marks the article `failed` and returns; anything else throws, so the queue delivers it
 * again — and on the last delivery the article is marked `failed` and its partial facts
 * are removed before the message goes to the dead-letter queue.
 */
export async function ingestObject(deps: IngestDeps, object: StoredObject): Promise<IngestOutcome> {
  const response = await deps.s3.send(new GetObjectCommand({ Bucket: object.bucket, Key: object.key }));
  const bytes = (await response.Body?.transformToByteArray()) ?? new Uint8Array();
  const metadata = response.Metadata ?? {};
  const source: ArticleSource = { kind: "s3", bucket: object.bucket, key: object.key };
  const sources: ArticleSource[] = metadata["source-url"]
    ? [source, { kind: "url", url: metadata["source-url"] }]
    : [source];
  const format = formatOf(object.key, response.ContentType, metadata.format);
  let text: string | null = null;
  // The extraction names the article; only when there is none is it hashed here.
  let identity: ArticleIdentity | null = null;
  const articleIdentity = () => {
    identity ??= identifyArticle(text ?? bytes);
    return identity;
  };
  try {
    if (bytes.byteLength > deps.maxArticleBytes) {
      throw new UnreadableArticleError(
        `the article is ${bytes.byteLength} bytes; the limit is ${deps.maxArticleBytes}`,
      );
    }
    text = decodeUtf8(bytes);
    if (!text.trim()) throw new UnreadableArticleError("the article is empty");

    const { extract } = await loadExtractor();
    const started = performance.now();
    const parsed = ExtractionResult.safeParse(
      extract({ format, text, publishedAt: metadata["published-at"] ?? null }),
    );
    metrics.addMetric("extractionTime", MetricUnit.Milliseconds, performance.now() - started);
    if (!parsed.success) {
      throw new UnreadableArticleError(
        `extraction produced invalid facts: ${parsed.error.issues[0]?.message ?? "unknown"}`,
      );
    }
    identity = parsed.data.article;
    const articleId = identity.id;
    const { article, filmIds } = await deps.store.saveExtraction({
      result: parsed.data,
      raw: { format, text },
      sources,
    });
    metrics.addMetric("articlesIngested", MetricUnit.Count, 1);
    metrics.addMetric("factsStored", MetricUnit.Count, parsed.data.facts.length);
    logger.info("article ingested", {
      ...logKeys(object, articleId),
      films: filmIds,
      facts: parsed.data.facts.length,
      status: article.status.state,
    });
    return filmIds.length
      ? { outcome: "ingested", articleId, films: filmIds, facts: parsed.data.facts.length }
      : { outcome: "no-films", articleId };
  } catch (error) {
    const articleId = articleIdentity().id;
    const permanent = error instanceof UnreadableArticleError;
    const lastChance = object.receiveCount >= deps.maxReceives;
    if (!permanent && !lastChance) {
      logger.warn("ingest failed; the queue will retry", {
        ...logKeys(object, articleId),
        error,
        receiveCount: object.receiveCount,
      });
      throw error;
    }
    const reason = permanent
      ? (error as Error).message
      : `gave up after ${object.receiveCount} attempts: ${(error as Error).message}`;
    metrics.addMetric("articlesFailed", MetricUnit.Count, 1);
    logger.error("article failed", { ...logKeys(object, articleId), reason });
    if (!permanent) await deps.store.discardArticleFacts(articleId).catch(() => undefined);
    await deps.store.putArticle(
      articleRecord(articleIdentity(), {
        format,
        sources,
        receivedAt: deps.now().toISOString(),
        status: { state: "failed", reason: reason.slice(0, 2000) },
      }),
    );
    if (!permanent) throw error;
    return { outcome: "failed", articleId, reason };
  }
}

// Records of one batch are processed concurrently, so correlation ids go on each log line
// rather than on the shared logger.
const logKeys = (object: StoredObject, articleId: string) => ({
  articleId,
  s3Key: object.key,
  messageId: object.messageId,
});
