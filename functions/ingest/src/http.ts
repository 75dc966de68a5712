import { PutObjectCommand, type S3Client } from "@aws-sdk/client-s3";
import {
  HttpProblem,
  notFoundHandler,
  problemErrorHandler,
  refuseCrossOriginWrites,
  securityHeaders,
  validate,
} from "@filmkb/http";
import {
  type ArticleFormat,
  ArticleSubmission,
  articleRecord,
  identifyArticle,
  SubmitQuery,
} from "@filmkb/schema";
import type { FilmStore } from "@filmkb/store";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import {
  charsetIsUtf8,
  decodeUtf8,
  EXTENSION_OF,
  formatOfMediaType,
  mediaType,
  UnreadableArticleError,
} from "./decode.ts";
import { logger } from "./observability.ts";

export interface SubmitDeps {
  s3: S3Client;
  store: FilmStore;
  bucket: string;
  maxArticleBytes: number;
  now: () => Date;
}

const ACCEPTED = ["text/plain", "text/html", "text/markdown", "application/json"];

/**
 * `POST /articles`: the article is written to the articles bucket under its content hash and
 * recorded as pending; the bucket's notification then ingests it exactly as any upload.
 */
export function createSubmitApp(deps: SubmitDeps) {
  const app = new Hono();
  app.onError(problemErrorHandler((message, error) => logger.error(message, { error })));
  app.notFound(notFoundHandler);
  app.use("*", securityHeaders(), refuseCrossOriginWrites);

  // The body is counted as it arrives: a chunked upload is cut off at the limit, not read whole.
  const limit = bodyLimit({
    maxSize: deps.maxArticleBytes,
    onError: () => {
      throw tooLarge(deps.maxArticleBytes);
    },
  });

  app.post("/articles", limit, async (c) => {
    const query = validate(SubmitQuery, c.req.query(), "query");
    const contentType = c.req.header("content-type");
    const type = mediaType(contentType);
    if (!type || !ACCEPTED.includes(type)) {
      throw new HttpProblem(
        415,
        `content type ${type ?? "(none)"} is not accepted; send one of ${ACCEPTED.join(", ")}`,
        {
          headers: { "accept-post": ACCEPTED.join(", ") },
        },
      );
    }
    if (!charsetIsUtf8(contentType)) throw new HttpProblem(415, "only UTF-8 is accepted");
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    if (bytes.byteLength > deps.maxArticleBytes) throw tooLarge(deps.maxArticleBytes);
    if (bytes.byteLength === 0) throw new HttpProblem(400, "the body is empty; send the article's text");

    let text: string;
    try {
      text = decodeUtf8(bytes);
    } catch (error) {
      if (error instanceof UnreadableArticleError)
        throw new HttpProblem(400, error.message, { type: "invalid-encoding" });
      throw error;
    }
    let format: ArticleFormat;
    let publishedAt: string | undefined;
    let sourceUrl: string | undefined;
    if (type === "application/json") {
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        throw new HttpProblem(400, "the body is not valid JSON", { type: "invalid-json" });
      }
      const submission = validate(ArticleSubmission, json, "article");
      ({ text, format, publishedAt, sourceUrl } = submission);
      if (publishedAt && query.publishedAt)
        throw new HttpProblem(400, "publishedAt is given twice; give it in the JSON body only", {
          type: "invalid-request",
          errors: [{ path: "publishedAt", message: "given in both the query and the body" }],
        });
      publishedAt ??= query.publishedAt;
    } else {
      format = formatOfMediaType(type) ?? "text";
      publishedAt = query.publishedAt;
    }
    if (!text.trim()) throw new HttpProblem(400, "the article is empty");

    const identity = identifyArticle(text);
    const { id } = identity;
    const key = `articles/${id}.${EXTENSION_OF[format]}`;
    await deps.s3.send(
      new PutObjectCommand({
        Bucket: deps.bucket,
        Key: key,
        Body: text,
        ContentType: `${format === "html" ? "text/html" : format === "markdown" ? "text/markdown" : "text/plain"}; charset=utf-8`,
        Metadata: {
          format,
          ...(publishedAt ? { "published-at": publishedAt } : {}),
          ...(sourceUrl ? { "source-url": sourceUrl } : {}),
        },
      }),
    );
    await deps.store.putArticleIfAbsent(
      articleRecord(identity, {
        format,
        // The object too: what the sweeper sends round again should the article get stuck.
        sources: [
          { kind: "api", sourceUrl: sourceUrl ?? null },
          { kind: "s3", bucket: deps.bucket, key },
        ],
        publishedAt: publishedAt ?? null,
        receivedAt: deps.now().toISOString(),
        status: { state: "pending" },
      }),
    );
    const location = `/articles/${id}`;
    logger.info("article accepted", { articleId: id, format, bytes: bytes.byteLength });
    return c.json({ id, status: "accepted" as const, location }, 202, { location });
  });

  return app;
}

const tooLarge = (limit: number) => new HttpProblem(413, `the article is larger than ${limit} bytes`);
