import { GetObjectCommand, type S3Client } from "@aws-sdk/client-s3";
import {
  type Article,
  type ArticleIdentity,
  ArticleSource,
  articleRecord,
  ExtractionResult,
  identifyArticle,
} from "@filmkb/schema";
import type { FilmStore, SaveInput, SaveOutcome } from "@filmkb/store";
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
  /** One article's extraction time budget (ms); past it the article fails with that reason. */
  extractionBudgetMs: number;
  /** The budget's clock, in ms (tests count steps instead of time); `performance.now` by default. */
  extractionClock?: () => number;
  maxReceives: number;
  now: () => Date;
  /** How an extraction is stored: the store's own save, or a group's (the SQS batch's, see save-group.ts). */
  save?: (input: SaveInput) => Promise<SaveOutcome>;
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

/** An object's bytes as an article's text, or why they are none. */
function readText(bytes: Uint8Array, maxArticleBytes: number): { text: string } | { unreadable: string } {
  if (bytes.byteLength > maxArticleBytes)
    return { unreadable: `the article is ${bytes.byteLength} bytes; the limit is ${maxArticleBytes}` };
  let text: string;
  try {
    text = decodeUtf8(bytes);
  } catch (error) {
    return { unreadable: (error as Error).message };
  }
  return text.trim() ? { text } : { unreadable: "the article is empty" };
}

/**
 * The article an object holds: its identity, and its text when it has one. Bytes that are no
 * article are named by their own hash, so their failure has an id to be reported under.
 */
export function identify(
  bytes: Uint8Array,
  maxArticleBytes: number,
): ArticleIdentity & { text: string | null } {
  const read = readText(bytes, maxArticleBytes);
  return "text" in read
    ? { ...identifyArticle(read.text), text: read.text }
    : { ...identifyArticle(bytes), text: null };
}

// Errors that the same input raises every time: retrying cannot help, so the article fails at once.
const DETERMINISTIC = new Set([
  "UnreadableArticleError",
  "ExtractionBudgetExceeded",
  "CorruptItemError",
  "RangeError",
  "TypeError",
  "SyntaxError",
  "ReferenceError",
]);

/** Whether an error is permanent for this article (else the queue delivers it again). */
export function isPermanent(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  // An AWS service's answer carries $metadata: of those, only a refused request is deterministic.
  if ("$metadata" in error) return error.name === "ValidationException";
  return DETERMINISTIC.has(error.name);
}

/**
 * Reads one uploaded article from S3, extracts its film facts, validates them against the
 * schema and stores them. A permanent failure (unreadable bytes, too large, past its time
 * budget, invalid facts, a deterministic error) marks the article `failed` at once; anything
 * else throws, so the queue delivers it again — and on the last delivery the article is
 * marked `failed` instead. Either way what a failed save wrote is taken back first.
 */
export async function ingestObject(deps: IngestDeps, object: StoredObject): Promise<IngestOutcome> {
  const response = await deps.s3.send(new GetObjectCommand({ Bucket: object.bucket, Key: object.key }));
  const bytes = (await response.Body?.transformToByteArray()) ?? new Uint8Array();
  const metadata = response.Metadata ?? {};
  const source: ArticleSource = { kind: "s3", bucket: object.bucket, key: object.key };
  // Metadata is whatever the uploader set: a source URL is kept only if it is one.
  const url = ArticleSource.safeParse({ kind: "url", url: metadata["source-url"] });
  const sources: ArticleSource[] = url.success ? [source, url.data] : [source];
  const format = formatOf(object.key, response.ContentType, metadata.format);
  const read = readText(bytes, deps.maxArticleBytes);
  // The extraction names the article; only when there is none is it hashed here.
  let identity: ArticleIdentity | null = null;
  const articleIdentity = () => {
    identity ??= identifyArticle("text" in read ? read.text : bytes);
    return identity;
  };
  try {
    if (!("text" in read)) throw new UnreadableArticleError(read.unreadable);
    const { text } = read;
    const { extract } = await loadExtractor();
    const started = performance.now();
    const parsed = ExtractionResult.safeParse(
      extract(
        { format, text, publishedAt: metadata["published-at"] ?? null },
        {
          budgetMs: deps.extractionBudgetMs,
          ...(deps.extractionClock ? { clock: deps.extractionClock } : {}),
        },
      ),
    );
    metrics.addMetric("extractionTime", MetricUnit.Milliseconds, performance.now() - started);
    if (!parsed.success) {
      throw new UnreadableArticleError(
        `extraction produced invalid facts: ${parsed.error.issues[0]?.message ?? "unknown"}`,
      );
    }
    identity = parsed.data.article;
    const articleId = identity.id;
    const save = deps.save ?? ((input: SaveInput) => deps.store.saveExtraction(input));
    const { article, filmIds } = await save({
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
    const permanent = isPermanent(error);
    if (!permanent && object.receiveCount < deps.maxReceives) {
      logger.warn("ingest failed; the queue will retry", {
        ...logKeys(object, articleId),
        error,
        receiveCount: object.receiveCount,
      });
      throw error;
    }
    const message = (error as Error).message;
    const reason = permanent ? message : `gave up after ${object.receiveCount} attempts: ${message}`;
    logger.error("article failed", { ...logKeys(object, articleId), reason, error });
    await failArticle(
      deps.store,
      articleRecord(articleIdentity(), {
        format,
        sources,
        receivedAt: deps.now().toISOString(),
        status: { state: "pending" },
      }),
      reason,
    );
    return { outcome: "failed", articleId, reason };
  }
}

/**
 * Marks an article `failed` with its reason, after taking back whatever a save wrote for it
 * (facts, mentions, and their place in film views). Until the status is written the article
 * stays pending, so a crash here leaves it to the sweeper.
 */
export async function failArticle(store: FilmStore, article: Article, reason: string): Promise<void> {
  metrics.addMetric("articlesFailed", MetricUnit.Count, 1);
  await store.discardArticleFacts(article.id);
  await store.putArticle({
    ...article,
    status: { state: "failed", reason: reason.slice(0, 2000) },
    extractorVersion: null,
  });
}

// Records of one batch are processed concurrently, so correlation ids go on each log line
// rather than on the shared logger.
const logKeys = (object: StoredObject, articleId: string) => ({
  articleId,
  s3Key: object.key,
  messageId: object.messageId,
});
