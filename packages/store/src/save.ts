import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import { PutCommand } from "@aws-sdk/lib-dynamodb";
import {
  type Article,
  type ArticleFormat,
  type ArticleSource,
  type ExtractionResult,
  type Fact,
  type Film,
  normaliseName,
} from "@filmkb/schema";
import { batchWrite, type WriteRequest } from "./batch.ts";
import { queryAll, type StoreContext } from "./context.ts";
import { StoreError } from "./errors.ts";
import { ArticleItem, FactItem, parseItem, SourceItem } from "./items.ts";
import { keys } from "./keys.ts";
import { readFilmPartition, recomputeView, staleProjections } from "./project.ts";
import { resolveFilms } from "./resolve.ts";

// DynamoDB items are at most 400 KB; raw text is split well below that even at 4 bytes a character.
const RAW_CHUNK_CHARS = 90_000;
const MAX_QUOTE = 1000;
const MAX_EVIDENCE = 10;

export interface SaveInput {
  result: ExtractionResult;
  /** The article as received, kept so it can be re-extracted later. */
  raw: { format: ArticleFormat; text: string };
  sources: ArticleSource[];
}

export interface SaveOutcome {
  article: Article;
  filmIds: string[];
}

const valueKey = (fact: Fact) =>
  `${fact.predicate}|${typeof fact.value === "object" ? JSON.stringify(fact.value, Object.keys(fact.value).sort()) : normaliseName(String(fact.value))}`;

/** Caps what one fact item holds, so no item nears DynamoDB's 400 KB limit. */
function capped(fact: Fact): Fact {
  return {
    ...fact,
    evidence: fact.evidence
      .slice(0, MAX_EVIDENCE)
      .map((e) => (e.quote.length > MAX_QUOTE ? { ...e, quote: `${e.quote.slice(0, MAX_QUOTE - 1)}…` } : e)),
  };
}

/** An article and every route it arrived by: one Query over its partition, short of its text. */
export async function readArticle(ctx: StoreContext, articleId: string): Promise<Article | null> {
  const items = await queryAll(ctx, {
    KeyConditionExpression: "pk = :pk AND sk < :text",
    ExpressionAttributeValues: { ":pk": keys.article(articleId).pk, ":text": "TEXT#" },
    ConsistentRead: true,
  });
  return articleFrom(items);
}

/** The article item with the sources recorded beside it merged in. */
export function articleFrom(items: Record<string, unknown>[]): Article | null {
  const main = items.find((i) => i.type === "article");
  if (!main) return null;
  const article = parseItem(ArticleItem, main).data;
  const extra = items.filter((i) => i.type === "source").map((i) => parseItem(SourceItem, i).data);
  return { ...article, sources: mergeSources(article.sources, extra) };
}

/** Source items for an article, written with it in one batch. */
export const sourceRequests = (articleId: string, sources: ArticleSource[]): WriteRequest[] =>
  sources.map((source) => ({
    PutRequest: {
      Item: {
        ...keys.source(articleId, JSON.stringify(source)),
        type: "source",
        data: source,
        gsi2pk: `ARTICLE#${articleId}`,
        gsi2sk: `SOURCE#${JSON.stringify(source)}`,
      },
    },
  }));

/** Writes an article item; the article's facts are found by the same index as its facts. */
export async function putArticle(ctx: StoreContext, article: Article): Promise<void> {
  await batchWrite(ctx.doc, ctx.table, [
    { PutRequest: { Item: articleItem(article) } },
    ...sourceRequests(article.id, article.sources),
  ]);
}

export async function putArticleIfAbsent(ctx: StoreContext, article: Article): Promise<boolean> {
  try {
    await ctx.doc.send(
      new PutCommand({
        TableName: ctx.table,
        Item: articleItem(article),
        ConditionExpression: "attribute_not_exists(pk)",
      }),
    );
    await batchWrite(ctx.doc, ctx.table, sourceRequests(article.id, article.sources));
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}

/** Every fact item an article gave, through the by-article index. */
async function articleFacts(ctx: StoreContext, articleId: string) {
  const items = await queryAll(ctx, {
    IndexName: "byArticle",
    KeyConditionExpression: "gsi2pk = :pk AND begins_with(gsi2sk, :fact)",
    ExpressionAttributeValues: { ":pk": `ARTICLE#${articleId}`, ":fact": "FACT#" },
  });
  return items.map((item) => parseItem(FactItem, item));
}

/** Deletes an article's facts and mentions and recomputes the films they touched. */
export async function discardArticleFacts(ctx: StoreContext, articleId: string): Promise<void> {
  const facts = await articleFacts(ctx, articleId);
  const films = [...new Set(facts.map((f) => f.data.filmId))];
  await batchWrite(
    ctx.doc,
    ctx.table,
    facts.map((f) => ({ DeleteRequest: { Key: { pk: f.pk, sk: f.sk } } })),
  );
  for (const filmId of films) await recomputeView(ctx, filmId);
}

const articleItem = (article: Article) => ({
  ...keys.article(article.id),
  type: "article",
  data: article,
  gsi2pk: `ARTICLE#${article.id}`,
  gsi2sk: "ARTICLE",
});

const mergeSources = (a: ArticleSource[], b: ArticleSource[]) => [
  ...new Map([...a, ...b].map((s) => [JSON.stringify(s), s])).values(),
];

/**
 * Saves an article and its facts. Idempotent: the article id is its content hash and a fact's
 * key is (film, predicate, value, article), so a replay rewrites the same items and adds none.
 */
export async function saveExtraction(ctx: StoreContext, input: SaveInput): Promise<SaveOutcome> {
  const { result } = input;
  // One BatchGetItem resolves every film name and fetches the article, if it was seen before.
  const { resolutions, also } = await resolveFilms(ctx, result.films, result.article.id, [
    keys.article(result.article.id),
  ]);
  const existing = also[0] ? parseItem(ArticleItem, also[0]).data : null;
  const receivedAt = existing?.receivedAt ?? ctx.now().toISOString();
  const reportedAt = result.article.publishedAt ?? receivedAt;
  const idFor = new Map(result.films.map((f, i) => [f.id, resolutions[i]?.filmId ?? f.id]));

  const requests: WriteRequest[] = [];
  // Always written (a replay rewrites identical items): an article first recorded as pending by
  // POST /articles has no text stored yet.
  for (let n = 0; n * RAW_CHUNK_CHARS < Math.max(1, input.raw.text.length); n++) {
    const text = input.raw.text.slice(n * RAW_CHUNK_CHARS, (n + 1) * RAW_CHUNK_CHARS);
    requests.push({
      PutRequest: {
        Item: { ...keys.rawChunk(result.article.id, n), type: "raw", format: input.raw.format, text },
      },
    });
  }
  const facts = result.facts.map((f) => capped({ ...f, filmId: idFor.get(f.filmId) ?? f.filmId }));
  for (const [ordinal, fact] of facts.entries()) {
    const key = keys.fact(fact.filmId, fact.predicate, valueKey(fact), result.article.id);
    requests.push({
      PutRequest: {
        Item: {
          ...key,
          type: "fact",
          data: fact,
          articleId: result.article.id,
          reportedAt,
          confidence: fact.confidence,
          ordinal,
          gsi2pk: `ARTICLE#${result.article.id}`,
          gsi2sk: `FACT#${fact.filmId}#${key.sk}`,
        },
      },
    });
  }
  const filmIds = [...new Set(resolutions.map((r) => r.filmId))];
  const article: Article = {
    id: result.article.id,
    sources: mergeSources(existing?.sources ?? [], input.sources),
    format: result.article.format,
    headline: result.article.headline,
    publishedAt: result.article.publishedAt,
    receivedAt,
    contentHash: result.article.contentHash,
    byteLength: result.article.byteLength,
    status: filmIds.length
      ? { state: "ingested", films: filmIds.length, facts: facts.length }
      : { state: "no-films" },
    extractorVersion: result.extractorVersion,
  };
  for (const filmId of filmIds) {
    requests.push({
      PutRequest: {
        Item: {
          ...keys.mention(filmId, reportedAt, article.id),
          type: "mention",
          articleId: article.id,
          reportedAt,
          data: article,
        },
      },
    });
  }
  requests.push(...sourceRequests(article.id, input.sources));
  await batchWrite(ctx.doc, ctx.table, requests);

  for (const resolution of resolutions) {
    for (const merge of resolution.merges)
      await mergeFilms(ctx, resolution.filmId, merge.filmId, merge.reason, article.id);
  }
  // The article's final status goes last — with the last film's projections — so it reads as
  // ingested only once its facts, views and search entries are in place; should anything
  // before fail, the caller's retry replays the (idempotent) save.
  const finalStatus: WriteRequest[] = [{ PutRequest: { Item: articleItem(article) } }];
  const created = new Set(resolutions.filter((r) => r.created && r.merges.length === 0).map((r) => r.filmId));
  for (const [i, filmId] of filmIds.entries()) {
    const known = created.has(filmId)
      ? facts.flatMap((fact, ordinal) =>
          fact.filmId === filmId ? [{ fact, articleId: article.id, reportedAt, ordinal }] : [],
        )
      : null;
    await recomputeView(ctx, filmId, [], i === filmIds.length - 1 ? finalStatus : [], known);
  }
  if (filmIds.length === 0) await batchWrite(ctx.doc, ctx.table, finalStatus);
  return { article, filmIds };
}

/**
 * Folds film `from` into film `into`: its facts and mentions move, its names point at `into`,
 * its id answers with a redirect, and the merge and its reason are recorded on `into`.
 */
export async function mergeFilms(
  ctx: StoreContext,
  into: string,
  from: string,
  reason: string,
  articleId: string | null,
): Promise<void> {
  const { view, redirect } = await readFilmPartition(ctx, from);
  if (redirect) return;
  const items = await queryAll(ctx, {
    KeyConditionExpression: "pk = :pk",
    ExpressionAttributeValues: { ":pk": keys.view(from).pk },
    ConsistentRead: true,
  });
  const requests: WriteRequest[] = [];
  for (const item of items) {
    const sk = String(item.sk);
    if (item.type === "fact") {
      const fact = parseItem(FactItem, item);
      const moved = { ...fact.data, filmId: into };
      const key = keys.fact(into, moved.predicate, valueKey(moved), fact.articleId);
      requests.push({ DeleteRequest: { Key: { pk: String(item.pk), sk } } });
      requests.push({
        PutRequest: { Item: { ...item, ...key, data: moved, gsi2sk: `FACT#${into}#${key.sk}` } },
      });
    } else if (item.type === "mention") {
      requests.push({ DeleteRequest: { Key: { pk: String(item.pk), sk } } });
      requests.push({ PutRequest: { Item: { ...item, pk: keys.view(into).pk } } });
    } else if (item.type === "calendar") {
      requests.push({ DeleteRequest: { Key: { pk: String(item.pk), sk } } });
    }
  }
  if (view)
    requests.push(
      // `into` takes over the plain names (its view is recomputed next); the dated ones go, so
      // a later article giving the year cannot find the redirect instead of the film.
      ...staleProjections(view.data, null).filter(
        (r) =>
          !(
            "DeleteRequest" in r &&
            r.DeleteRequest.Key.pk.startsWith("ALIAS#") &&
            r.DeleteRequest.Key.sk === "FILM"
          ),
      ),
    );
  await batchWrite(ctx.doc, ctx.table, requests);
  await ctx.doc.send(
    new PutCommand({
      TableName: ctx.table,
      Item: { ...keys.view(from), type: "redirect", into, reason, version: (view?.version ?? 0) + 1 },
    }),
  );
  await recomputeView(ctx, into, [{ filmId: from, reason, articleId }]);
}

/** The extractor a reprocess runs: `@filmkb/extract`'s `extract`, or a stand-in in tests. */
export type Extractor = (input: {
  id: string;
  format: ArticleFormat;
  text: string;
  publishedAt: string | null;
}) => ExtractionResult;

/**
 * Re-extracts a stored article with the current extractor: its old facts are replaced and
 * every affected film's view recomputed.
 */
export async function reprocessArticle(
  ctx: StoreContext,
  articleId: string,
  extract: Extractor,
): Promise<SaveOutcome | null> {
  const article = await readArticle(ctx, articleId);
  if (!article) return null;
  const chunks = await queryAll(ctx, {
    KeyConditionExpression: "pk = :pk AND begins_with(sk, :raw)",
    ExpressionAttributeValues: { ":pk": keys.article(articleId).pk, ":raw": "TEXT#" },
    ConsistentRead: true,
  });
  if (chunks.length === 0)
    throw new StoreError("not-found", `article ${articleId} has no stored text to re-extract`);
  const text = chunks.map((c) => String(c.text ?? "")).join("");
  const format = (chunks[0]?.format as ArticleFormat | undefined) ?? article.format;
  const oldFacts = await articleFacts(ctx, articleId);
  const oldFilms = [...new Set(oldFacts.map((f) => f.data.filmId))];
  const before = new Map<string, Film>();
  for (const filmId of oldFilms) {
    const { view } = await readFilmPartition(ctx, filmId);
    if (view) before.set(filmId, view.data);
  }
  await batchWrite(ctx.doc, ctx.table, [
    ...oldFacts.map((f) => ({ DeleteRequest: { Key: { pk: f.pk, sk: f.sk } } })),
    ...oldFilms.map((filmId) => ({
      DeleteRequest: { Key: keys.mention(filmId, article.publishedAt ?? article.receivedAt, articleId) },
    })),
  ]);
  const result = extract({ id: articleId, format, text, publishedAt: article.publishedAt });
  const outcome = await saveExtraction(ctx, { result, raw: { format, text }, sources: article.sources });
  for (const filmId of oldFilms) {
    const after = outcome.filmIds.includes(filmId)
      ? ((await readFilmPartition(ctx, filmId)).view?.data ?? null)
      : await recomputeView(ctx, filmId);
    const previous = before.get(filmId);
    if (previous) await batchWrite(ctx.doc, ctx.table, staleProjections(previous, after));
  }
  return outcome;
}
