import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import { PutCommand } from "@aws-sdk/lib-dynamodb";
import {
  type Article,
  type ArticleFormat,
  type ArticleSource,
  articleRecord,
  type ExtractionResult,
} from "@filmkb/schema";
import { batchWrite, type WriteRequest } from "./batch.ts";
import { queryAll, type StoreContext } from "./context.ts";
import { StoreError } from "./errors.ts";
import { ArticleItem, FactItem, parseItem, RawChunkItem, SourceItem } from "./items.ts";
import { type Key, keyString, keys } from "./keys.ts";
import { type FilmPartition, nextView, readFilmPartition, recomputeView, unchangedView } from "./project.ts";
import {
  articleIndexParams,
  articleTextParams,
  filmPartitionParams,
  articleParams as readArticleParams,
} from "./read-params.ts";
import { type Resolution, resolveFilms } from "./resolve.ts";
import type { StoredFact } from "./view.ts";
import {
  articleItem,
  articleParams,
  factKey,
  factRequest,
  mentionRequest,
  mergedAwayProjections,
  mergeRecordRequest,
  movedFactRequest,
  movedMentionRequest,
  newArticleParams,
  projectionChanges,
  redirectParams,
  sourceRequests,
  storedFact,
  textRequests,
} from "./write-params.ts";

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

/** An article and every route it arrived by: one Query over its partition, short of its text. */
export async function readArticle(ctx: StoreContext, articleId: string): Promise<Article | null> {
  return articleFrom(await queryAll(ctx, readArticleParams(ctx.table, articleId)));
}

/** The article item with the sources recorded beside it merged in. */
export function articleFrom(items: Record<string, unknown>[]): Article | null {
  const main = items.find((i) => i.type === "article");
  if (!main) return null;
  const article = parseItem(ArticleItem, main).data;
  const extra = items.filter((i) => i.type === "source").map((i) => parseItem(SourceItem, i).data);
  return { ...article, sources: mergeSources(article.sources, extra) };
}

/** Writes an article item (a final status: it leaves the pending index) with its sources. */
export async function putArticle(ctx: StoreContext, article: Article): Promise<void> {
  await batchWrite(ctx.doc, ctx.table, [
    { PutRequest: { Item: articleItem(article) } },
    ...sourceRequests(article.id, article.sources),
  ]);
}

export async function putArticleIfAbsent(ctx: StoreContext, article: Article): Promise<boolean> {
  try {
    await ctx.doc.send(new PutCommand(newArticleParams(ctx.table, article)));
    await batchWrite(ctx.doc, ctx.table, sourceRequests(article.id, article.sources));
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}

interface ArticleIndex {
  facts: FactItem[];
  mentions: Key[];
}

/** Every fact and mention an article wrote, through the by-article index: one Query. */
async function articleIndex(ctx: StoreContext, articleId: string): Promise<ArticleIndex> {
  const items = await queryAll(ctx, articleIndexParams(ctx.table, articleId));
  return {
    facts: items.filter((i) => i.type === "fact").map((item) => parseItem(FactItem, item)),
    mentions: items
      .filter((i) => i.type === "mention")
      .map((item) => ({ pk: String(item.pk), sk: String(item.sk) })),
  };
}

/**
 * Takes back facts and mentions an article wrote: each film they touch is first recomputed
 * without them, then they are deleted. A crash in between leaves them in place (and
 * indexed), so the next attempt finds them again; nothing is left out of a view it belongs in.
 */
async function retract(
  ctx: StoreContext,
  articleId: string,
  stale: ArticleIndex,
  /** Films the caller already recomputed without the stale facts. */
  recomputed: ReadonlySet<string> = new Set(),
): Promise<void> {
  if (stale.facts.length === 0 && stale.mentions.length === 0) return;
  const exclude = new Set(stale.facts.map(keyString));
  const films = [...new Set(stale.facts.map((f) => f.data.filmId))];
  for (const filmId of films) if (!recomputed.has(filmId)) await recomputeView(ctx, filmId, { exclude });
  await batchWrite(ctx.doc, ctx.table, [
    ...stale.facts.map((f) => ({ DeleteRequest: { Key: { pk: f.pk, sk: f.sk } } })),
    ...stale.mentions.map((key) => ({ DeleteRequest: { Key: key } })),
    // Mentions written before they were indexed by article, found through the facts.
    ...stale.facts.map((f) => ({
      DeleteRequest: { Key: keys.mention(f.data.filmId, f.reportedAt, articleId) },
    })),
  ]);
  // A save that read a partition between the recompute and the deletes counted them: once
  // more, now that they are gone (a read, and no write when nothing changed).
  for (const filmId of films) await recomputeView(ctx, filmId);
}

/** Deletes an article's facts and mentions and recomputes the films they touched. */
export async function discardArticleFacts(ctx: StoreContext, articleId: string): Promise<void> {
  await retract(ctx, articleId, await articleIndex(ctx, articleId));
}

const mergeSources = (a: ArticleSource[], b: ArticleSource[]) => [
  ...new Map([...a, ...b].map((s) => [JSON.stringify(s), s])).values(),
];

/** Saves one article and its facts: `saveExtractions` of one. */
export async function saveExtraction(ctx: StoreContext, input: SaveInput): Promise<SaveOutcome> {
  const [outcome] = await saveExtractions(ctx, [input]);
  if (!outcome) throw new StoreError("not-found", "a save of one article returned nothing");
  return outcome;
}

/**
 * Saves articles and their facts, several at once: their writes share BatchWriteItem calls
 * (full ones: 25 items), and each film they name is read and written once for all of them.
 * Idempotent: the article id is its content hash and a fact's key is (film, predicate, value,
 * article), so a replay rewrites the same items and adds none.
 *
 * The writes are ordered so that a crash anywhere leaves a state the next attempt repairs:
 * 1. (reads) one BatchGetItem for every name and article; a Query of each known film, before
 *    this save writes, so the film's next view is computed from it and the facts in hand;
 * 2. each article as `pending` (marked as being saved) first, then its text, sources and facts,
 *    and each film's projections for its next view;
 * 3. merges; each film's view, written only over the version read (the view is the film's
 *    commit; on a conflict the film is read again and its projections rewritten);
 * 4. facts of an earlier extraction that this one no longer states are retracted;
 * 5. the mentions ("articles about this film"), only once every view holds the facts;
 * 6. last, the articles' final statuses: one reads `ingested` only when all of the above is in.
 * Until step 6 an article is pending, so the queue's retry or the sweeper runs the save again.
 */
export async function saveExtractions(ctx: StoreContext, inputs: SaveInput[]): Promise<SaveOutcome[]> {
  // One article twice (one text uploaded under two keys): each copy in a save of its own.
  const ids = inputs.map((i) => i.result.article.id);
  const repeat = ids.findIndex((id, i) => ids.indexOf(id) !== i);
  if (repeat >= 0) {
    const rest = await saveExtractions(ctx, inputs.slice(repeat));
    return [...(await saveExtractions(ctx, inputs.slice(0, repeat))), ...rest];
  }
  if (inputs.length === 0) return [];

  // 1. Reads.
  const { resolutions, also } = await resolveFilms(
    ctx,
    inputs.map(({ result }) => ({ articleId: result.article.id, films: result.films })),
    ids.map((id) => keys.article(id)),
  );
  const stored = new Map(also.map((item) => [keyString(item), parseItem(ArticleItem, item)]));
  const saves = [];
  for (const [i, input] of inputs.entries()) {
    saves.push(
      await planArticle(
        ctx,
        input,
        resolutions[i] ?? [],
        stored.get(keyString(keys.article(ids[i] ?? ""))) ?? null,
      ),
    );
  }
  const exclude = new Set(saves.flatMap((save) => save.stale.facts.map(keyString)));
  const merging = new Set(
    resolutions.flat().flatMap((r) => (r.merges.length ? [r.filmId, ...r.merges.map((m) => m.filmId)] : [])),
  );
  // A film is new only if no article of the save found it stored.
  const known = new Set(resolutions.flat().flatMap((r) => (r.created ? [] : [r.filmId])));
  const filmIds = [...new Set(saves.flatMap((save) => save.filmIds))];
  const firstReads = new Map<string, FilmPartition>();
  for (const filmId of filmIds) {
    if (merging.has(filmId)) continue; // read afresh once the merge has moved its facts
    const read = known.has(filmId)
      ? await readFilmPartition(ctx, filmId)
      : { facts: [], merges: [], view: null, redirect: null };
    if (read.redirect) continue;
    const inHand = saves.flatMap((save) => save.storedFacts.filter((f) => f.fact.filmId === filmId));
    const inHandKeys = new Set(inHand.map((f) => f.key));
    // In the order a Query of the partition gives (by key), so the view does not depend on who computes it.
    const facts = [...read.facts.filter((f) => !inHandKeys.has(f.key)), ...inHand].sort((a, b) =>
      byKey(a.key ?? "", b.key ?? ""),
    );
    firstReads.set(filmId, { ...read, facts });
  }

  // 2. Articles as pending first, then their text, sources and facts, then projections.
  const projections = [...firstReads].flatMap(([filmId, read]) => {
    const film = nextView(filmId, read, exclude, ctx.now().toISOString());
    return unchangedView(read.view, film) ? [] : projectionChanges(read.view?.data ?? null, film);
  });
  await batchWrite(ctx.doc, ctx.table, [
    ...saves.flatMap((save) => save.pending),
    ...saves.flatMap((save) => save.content),
    ...projections,
  ]);

  // 3. Merges, then each film's view.
  for (const [i, save] of saves.entries()) {
    for (const resolution of resolutions[i] ?? [])
      for (const merge of resolution.merges)
        await mergeFilms(ctx, resolution.filmId, merge.filmId, merge.reason, save.article.id);
  }
  for (const filmId of filmIds) {
    const read = firstReads.get(filmId);
    await recomputeView(ctx, filmId, {
      exclude,
      ...(read ? { first: { read, projectionsWritten: true } } : {}),
    });
  }
  // 4. What an earlier extraction said and this one does not.
  for (const save of saves) await retract(ctx, save.article.id, save.stale, new Set(filmIds));
  // 5. Mentions, once every view holds the articles' facts.
  await batchWrite(
    ctx.doc,
    ctx.table,
    saves.flatMap((save) => save.mentions),
  );
  // 6. The final statuses, last.
  if (saves.length === 1)
    await ctx.doc.send(new PutCommand(articleParams(ctx.table, saves[0]?.article as Article)));
  else
    await batchWrite(
      ctx.doc,
      ctx.table,
      saves.map((save) => ({ PutRequest: { Item: articleItem(save.article) } })),
    );
  return saves.map(({ article, filmIds }) => ({ article, filmIds }));
}

/** One article's part of a save: what it writes, and what an earlier save of it left to retract. */
async function planArticle(
  ctx: StoreContext,
  input: SaveInput,
  resolutions: Resolution[],
  existingItem: ArticleItem | null,
) {
  const { result } = input;
  const articleId = result.article.id;
  const existing = existingItem?.data ?? null;
  const receivedAt = existing?.receivedAt ?? ctx.now().toISOString();
  const reportedAt = result.article.publishedAt ?? receivedAt;
  const times = { reportedAt, publishedAt: result.article.publishedAt, receivedAt };
  const idFor = new Map(result.films.map((f, i) => [f.id, resolutions[i]?.filmId ?? f.id]));
  const facts = result.facts.map((f) => storedFact({ ...f, filmId: idFor.get(f.filmId) ?? f.filmId }));
  const filmIds = [...new Set(resolutions.map((r) => r.filmId))];
  const article = articleRecord(result.article, {
    sources: mergeSources(existing?.sources ?? [], input.sources),
    format: result.article.format,
    headline: result.article.headline,
    publishedAt: result.article.publishedAt,
    receivedAt,
    status: filmIds.length
      ? { state: "ingested", films: filmIds.length, facts: facts.length }
      : { state: "no-films" },
    extractorVersion: result.extractorVersion,
  });
  const factRequests = facts.map((fact, ordinal) => factRequest(fact, articleId, times, ordinal));
  const mentions = filmIds.map((filmId) => mentionRequest(filmId, article, reportedAt));

  // An article saved before (another extraction, or an attempt that died part-way) may have
  // written facts and mentions this extraction does not: find them, to retract them.
  const freshlyPending = existing?.status.state === "pending" && !existingItem?.saving;
  const previous = existing && !freshlyPending ? await articleIndex(ctx, articleId) : null;
  const written = new Set([...factRequests, ...mentions].map(keyOfRequest));
  const stale: ArticleIndex = {
    facts: previous?.facts.filter((f) => !written.has(keyString(f))) ?? [],
    mentions: previous?.mentions.filter((m) => !written.has(keyString(m))) ?? [],
  };
  // A replay of a finished article by the same extractor changes nothing it could leave half-done.
  const replay =
    existing !== null &&
    existing.status.state !== "pending" &&
    existing.extractorVersion === result.extractorVersion &&
    stale.facts.length === 0;
  const since =
    existing?.status.state === "pending"
      ? (existingItem?.pendingSince ?? receivedAt)
      : ctx.now().toISOString();
  const pending: WriteRequest[] = replay
    ? []
    : [
        {
          PutRequest: {
            Item: articleItem(
              { ...article, status: { state: "pending" } },
              { since, redrives: existingItem?.redrives ?? 0, saving: true },
            ),
          },
        },
      ];
  return {
    article,
    filmIds,
    stale,
    pending,
    // Always written (a replay rewrites identical items): an article first recorded as pending by
    // POST /articles has no text stored yet.
    content: [
      ...textRequests(articleId, input.raw, result.article.text),
      ...sourceRequests(articleId, input.sources),
      ...factRequests,
    ],
    mentions,
    storedFacts: facts.map(
      (fact, ordinal): StoredFact => ({
        fact,
        articleId,
        ...times,
        ordinal,
        key: keyString(factKey(fact, articleId)),
      }),
    ),
  };
}

const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const keyOfRequest = (r: WriteRequest) =>
  keyString("PutRequest" in r ? r.PutRequest.Item : r.DeleteRequest.Key);

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
  // Merged already: the record on `into` was written first, so its next recompute shows it.
  if (redirect) return;
  const items = await queryAll(ctx, filmPartitionParams(ctx.table, from));
  // The record of the merge and every copy are written before any original is deleted: a
  // crash between the two leaves a fact twice (the next attempt moves it again), never nowhere;
  // and `into` shows the merge as soon as its view is next computed, whoever computes it.
  const copies: WriteRequest[] = [mergeRecordRequest(into, from, reason, articleId)];
  const requests: WriteRequest[] = [];
  for (const item of items) {
    const sk = String(item.sk);
    if (item.type === "fact") {
      const fact = parseItem(FactItem, item);
      copies.push(movedFactRequest(item, fact.data, fact.articleId, into));
      requests.push({ DeleteRequest: { Key: { pk: String(item.pk), sk } } });
    } else if (item.type === "mention") {
      copies.push(movedMentionRequest(item, into));
      requests.push({ DeleteRequest: { Key: { pk: String(item.pk), sk } } });
    } else if (item.type === "calendar") {
      requests.push({ DeleteRequest: { Key: { pk: String(item.pk), sk } } });
    }
  }
  await batchWrite(ctx.doc, ctx.table, copies);
  if (view) requests.push(...mergedAwayProjections(view.data));
  await batchWrite(ctx.doc, ctx.table, requests);
  await ctx.doc.send(new PutCommand(redirectParams(ctx.table, from, into, reason, (view?.version ?? 0) + 1)));
  await recomputeView(ctx, into);
}

/** The extractor a reprocess runs: `@filmkb/extract`'s `extract`, or a stand-in in tests. */
export type Extractor = (input: {
  id: string;
  format: ArticleFormat;
  text: string;
  publishedAt: string | null;
}) => ExtractionResult;

/** Where a reprocess finds an article's text when the table holds none (the articles bucket). */
export type TextLoader = (article: Article) => Promise<{ format: ArticleFormat; text: string } | null>;

/** The article's text as stored beside it, or null. */
async function readStoredText(
  ctx: StoreContext,
  articleId: string,
): Promise<{ format: ArticleFormat; text: string } | null> {
  const chunks = await queryAll(ctx, articleTextParams(ctx.table, articleId, "raw"));
  if (chunks.length === 0) return null;
  const first = parseItem(RawChunkItem, chunks[0] ?? {});
  return { format: first.format, text: chunks.map((c) => String(c.text ?? "")).join("") };
}

/**
 * Re-extracts a stored article with the current extractor: the save retracts the facts the
 * new extraction no longer states, and every affected film's view is recomputed. The text
 * comes from the table, else from `loadText` (an article that failed never had it stored).
 */
export async function reprocessArticle(
  ctx: StoreContext,
  articleId: string,
  extract: Extractor,
  loadText?: TextLoader,
): Promise<SaveOutcome | null> {
  const article = await readArticle(ctx, articleId);
  if (!article) return null;
  const stored = (await readStoredText(ctx, articleId)) ?? (await loadText?.(article)) ?? null;
  if (!stored) throw new StoreError("not-found", `article ${articleId} has no stored text to re-extract`);
  const result = extract({ id: articleId, ...stored, publishedAt: article.publishedAt });
  return saveExtraction(ctx, { result, raw: stored, sources: article.sources });
}
