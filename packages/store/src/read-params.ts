import type { GetCommandInput, QueryCommandInput, ScanCommandInput } from "@aws-sdk/lib-dynamodb";
import type { ArticleListQuery, FactQuery, ReleaseCalendarQuery } from "@filmkb/schema";
import { factPrefix, indexPartition, keys, SK_PREFIX, searchForm } from "./keys.ts";

/**
 * The store's reads as request parameters: pure functions of the table name and the question,
 * tested without a table. The functions in read.ts, save.ts and project.ts send them and parse
 * what comes back (as dynamodb-toolbox's getItemParams beside its GetItemCommand).
 */

/** A film's merged view (or the redirect of a film merged into another). */
export const filmViewParams = (table: string, filmId: string): GetCommandInput => ({
  TableName: table,
  Key: keys.view(filmId),
});

/** Everything under one film, consistently: its facts, merge records and view. */
export const filmPartitionParams = (table: string, filmId: string): QueryCommandInput => ({
  TableName: table,
  KeyConditionExpression: "pk = :pk",
  ExpressionAttributeValues: { ":pk": keys.view(filmId).pk },
  ConsistentRead: true,
});

/** Names of one kind (films' titles and aliases, or people) that start like `q`. */
export const searchParams = (table: string, kind: "FILM" | "PERSON", q: string): QueryCommandInput => ({
  TableName: table,
  IndexName: "byNamePrefix",
  KeyConditionExpression: "gsi1pk = :pk AND begins_with(gsi1sk, :prefix)",
  ExpressionAttributeValues: { ":pk": indexPartition.search(kind, q), ":prefix": searchForm(q) },
});

/** A person and every credit: the person's partition. */
export const personParams = (table: string, personId: string): QueryCommandInput => ({
  TableName: table,
  KeyConditionExpression: "pk = :pk",
  ExpressionAttributeValues: { ":pk": keys.person(personId).pk },
});

/** A person's credits only. */
export const creditsParams = (table: string, personId: string): QueryCommandInput => ({
  TableName: table,
  KeyConditionExpression: "pk = :pk AND begins_with(sk, :credit)",
  ExpressionAttributeValues: { ":pk": keys.person(personId).pk, ":credit": SK_PREFIX.credit },
});

/** Current releases between two partial dates (inclusive), optionally of one region and medium. */
export function calendarParams(table: string, query: ReleaseCalendarQuery): QueryCommandInput {
  const filters: string[] = [];
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {
    ":pk": indexPartition.releases,
    ":from": query.from,
    // "2027" must take in "2027-12-31#…": everything that starts with the end date.
    ":to": `${query.to}\uffff`,
  };
  for (const field of ["region", "medium"] as const) {
    if (!query[field]) continue;
    filters.push(`#${field} = :${field}`);
    names[`#${field}`] = field;
    values[`:${field}`] = query[field];
  }
  return {
    TableName: table,
    IndexName: "byReleaseDate",
    KeyConditionExpression: "gsi3pk = :pk AND gsi3sk BETWEEN :from AND :to",
    ...(filters.length ? { FilterExpression: filters.join(" AND "), ExpressionAttributeNames: names } : {}),
    ExpressionAttributeValues: values,
  };
}

/** A film's facts, optionally of one predicate and from a confidence up. */
export function filmFactsParams(
  table: string,
  filmId: string,
  query: Pick<FactQuery, "predicate" | "minConfidence">,
): QueryCommandInput {
  const min = query.minConfidence;
  return {
    TableName: table,
    KeyConditionExpression: "pk = :pk AND begins_with(sk, :prefix)",
    ...(min !== undefined ? { FilterExpression: "confidence >= :min" } : {}),
    ExpressionAttributeValues: {
      ":pk": keys.view(filmId).pk,
      ":prefix": factPrefix(query.predicate),
      ...(min !== undefined ? { ":min": min } : {}),
    },
  };
}

/** The articles that mention a film, newest first. */
export const filmArticlesParams = (table: string, filmId: string): QueryCommandInput => ({
  TableName: table,
  KeyConditionExpression: "pk = :pk AND begins_with(sk, :prefix)",
  ExpressionAttributeValues: { ":pk": keys.view(filmId).pk, ":prefix": SK_PREFIX.mention },
  ScanIndexForward: false,
});

/** Everything an article wrote (the article, its sources, facts and mentions), by the byArticle index. */
export const articleIndexParams = (table: string, articleId: string): QueryCommandInput => ({
  TableName: table,
  IndexName: "byArticle",
  KeyConditionExpression: "gsi2pk = :pk",
  ExpressionAttributeValues: { ":pk": indexPartition.article(articleId) },
});

/** The facts an article gave, a page at a time, on the by-article index. */
export const articleFactsParams = (table: string, articleId: string): QueryCommandInput => ({
  TableName: table,
  IndexName: "byArticle",
  KeyConditionExpression: "gsi2pk = :pk AND begins_with(gsi2sk, :fact)",
  ExpressionAttributeValues: { ":pk": indexPartition.article(articleId), ":fact": SK_PREFIX.fact },
});

/** An article and the routes it arrived by: its partition, short of its text chunks. */
export const articleParams = (table: string, articleId: string): QueryCommandInput => ({
  TableName: table,
  KeyConditionExpression: "pk = :pk AND sk < :text",
  ExpressionAttributeValues: { ":pk": keys.article(articleId).pk, ":text": SK_PREFIX.rawText },
  ConsistentRead: true,
});

/** An article's text chunks, raw as received or as the extractor normalised it. */
export const articleTextParams = (
  table: string,
  articleId: string,
  which: "raw" | "normalised",
): QueryCommandInput => ({
  TableName: table,
  KeyConditionExpression: "pk = :pk AND begins_with(sk, :prefix)",
  ExpressionAttributeValues: {
    ":pk": keys.article(articleId).pk,
    ":prefix": which === "raw" ? SK_PREFIX.rawText : SK_PREFIX.normalisedText,
  },
  ConsistentRead: which === "raw",
});

/** Films, most recently updated first, as summaries. */
export const recentFilmsParams = (table: string): QueryCommandInput => ({
  TableName: table,
  IndexName: "byRecency",
  KeyConditionExpression: "gsi4pk = :pk",
  ExpressionAttributeValues: { ":pk": indexPartition.recentFilms },
  ProjectionExpression: "pk, sk, summary",
  ScanIndexForward: false,
});

/** Articles, newest first, optionally of one status. */
export function articlesParams(table: string, query: Pick<ArticleListQuery, "status">): QueryCommandInput {
  return {
    TableName: table,
    ...(query.status !== undefined
      ? {
          IndexName: "byStatus",
          KeyConditionExpression: "gsi5pk = :pk",
          ExpressionAttributeValues: { ":pk": indexPartition.status(query.status) },
        }
      : {
          IndexName: "byRecency",
          KeyConditionExpression: "gsi4pk = :pk",
          ExpressionAttributeValues: { ":pk": indexPartition.recentArticles },
        }),
    ScanIndexForward: false,
  };
}

/** Articles pending since before `before`, oldest first. */
export const pendingParams = (table: string, before: Date, limit: number): QueryCommandInput => ({
  TableName: table,
  IndexName: "byReleaseDate",
  KeyConditionExpression: "gsi3pk = :pk AND gsi3sk < :before",
  ExpressionAttributeValues: { ":pk": indexPartition.pending, ":before": before.toISOString() },
  Limit: limit,
});

/** Every article's id: a full-table Scan, for maintenance only. */
export const articleIdsParams = (table: string): ScanCommandInput => ({
  TableName: table,
  FilterExpression: "#type = :article",
  ExpressionAttributeNames: { "#type": "type" },
  ExpressionAttributeValues: { ":article": "article" },
  ProjectionExpression: "pk",
});
