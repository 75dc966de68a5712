import type { DeleteCommandInput, PutCommandInput, UpdateCommandInput } from "@aws-sdk/lib-dynamodb";
import {
  type Article,
  type ArticleFormat,
  type ArticleSource,
  type Fact,
  type Film,
  type FilmSummary,
  factValueKey,
  normaliseName,
} from "@filmkb/schema";
import type { WriteRequest } from "./batch.ts";
import { indexKeys, keyString, keys } from "./keys.ts";

/**
 * The store's writes as items and request parameters: pure functions, tested without a table.
 * save.ts and project.ts send them (as dynamodb-toolbox's putItemParams beside its
 * PutItemCommand), in the order that keeps a crash repairable.
 */

// DynamoDB items are at most 400 KB; text is split well below that even at 4 bytes a character.
const TEXT_CHUNK_CHARS = 90_000;
// Quotes are at most MAX_QUOTE characters (the Evidence schema); ten of them keep a fact item small.
const MAX_EVIDENCE = 10;

/** Where an article stands while it is pending: for the sweeper, on the pending index. */
export interface PendingState {
  since: string;
  redrives: number;
  /** A save has started writing (it may have died part-way). */
  saving: boolean;
}

/** An article item; a pending one is also on the pending index, for the sweeper. */
export const articleItem = (article: Article, pending: PendingState | null = null) => ({
  ...keys.article(article.id),
  type: "article",
  data: article,
  ...indexKeys.articleSelf(article.id),
  ...indexKeys.recentArticle(article.receivedAt, article.id),
  ...indexKeys.status(article.status.state, article.receivedAt, article.id),
  ...(article.status.state === "pending"
    ? {
        pendingSince: pending?.since ?? article.receivedAt,
        redrives: pending?.redrives ?? 0,
        ...(pending?.saving ? { saving: true } : {}),
        ...indexKeys.pending(article.id, pending?.since ?? article.receivedAt),
      }
    : {}),
});

/** Records an article only if it is not known yet (a re-upload never sets it back to pending). */
export const newArticleParams = (table: string, article: Article): PutCommandInput => ({
  TableName: table,
  Item: articleItem(article),
  ConditionExpression: "attribute_not_exists(pk)",
});

/** The article's final status, alone. */
export const articleParams = (table: string, article: Article): PutCommandInput => ({
  TableName: table,
  Item: articleItem(article),
});

/** One item per route an article arrived by, so concurrent arrivals each add theirs. */
export const sourceRequests = (articleId: string, sources: ArticleSource[]): WriteRequest[] =>
  sources.map((source) => ({
    PutRequest: {
      Item: {
        ...keys.source(articleId, JSON.stringify(source)),
        type: "source",
        data: source,
        ...indexKeys.articleSource(articleId, JSON.stringify(source)),
      },
    },
  }));

/**
 * The article as received (for re-extraction) and as the extractor normalised it (what every
 * evidence offset points into), each in chunks.
 */
export function textRequests(
  articleId: string,
  raw: { format: ArticleFormat; text: string },
  normalised: string,
): WriteRequest[] {
  const chunks = (text: string, atLeastOne: boolean) =>
    Array.from({ length: Math.max(atLeastOne ? 1 : 0, Math.ceil(text.length / TEXT_CHUNK_CHARS)) }, (_, n) =>
      text.slice(n * TEXT_CHUNK_CHARS, (n + 1) * TEXT_CHUNK_CHARS),
    );
  return [
    ...chunks(raw.text, true).map((text, n) => ({
      PutRequest: { Item: { ...keys.rawChunk(articleId, n), type: "raw", format: raw.format, text } },
    })),
    ...chunks(normalised, false).map((text, n) => ({
      PutRequest: { Item: { ...keys.normalisedChunk(articleId, n), type: "text", text } },
    })),
  ];
}

/** The key of a fact item: (film, predicate, value, article), so a replay rewrites the same item. */
export const factKey = (fact: Fact, articleId: string) =>
  keys.fact(fact.filmId, fact.predicate, factValueKey(fact.predicate, fact.value), articleId);

/** A fact as stored: at most MAX_EVIDENCE sentences of evidence, so no item nears 400 KB. */
export const storedFact = (fact: Fact): Fact =>
  fact.evidence.length > MAX_EVIDENCE ? { ...fact, evidence: fact.evidence.slice(0, MAX_EVIDENCE) } : fact;

/** When an article's facts count from: its publication date, else when it was received. */
export interface ReportTimes {
  reportedAt: string;
  publishedAt: string | null;
  receivedAt: string;
}

/** A fact item; `ordinal` is its place in the article's extraction (billing order). */
export function factRequest(
  fact: Fact,
  articleId: string,
  times: ReportTimes,
  ordinal: number,
): WriteRequest {
  const key = factKey(fact, articleId);
  return {
    PutRequest: {
      Item: {
        ...key,
        type: "fact",
        data: fact,
        articleId,
        reportedAt: times.reportedAt,
        publishedAt: times.publishedAt,
        receivedAt: times.receivedAt,
        confidence: fact.confidence,
        ordinal,
        ...indexKeys.articleFact(articleId, fact.filmId, key.sk),
      },
    },
  };
}

/** "This article is about this film", with the article as it then stands. */
export const mentionRequest = (filmId: string, article: Article, reportedAt: string): WriteRequest => ({
  PutRequest: {
    Item: {
      ...keys.mention(filmId, reportedAt, article.id),
      type: "mention",
      articleId: article.id,
      reportedAt,
      data: article,
      ...indexKeys.articleMention(article.id, filmId),
    },
  },
});

/** A fact item of film `from`, moved to film `into` (its key follows its film). */
export function movedFactRequest(
  item: Record<string, unknown>,
  fact: Fact,
  articleId: string,
  into: string,
): WriteRequest {
  const moved = { ...fact, filmId: into };
  const key = factKey(moved, articleId);
  return {
    PutRequest: { Item: { ...item, ...key, data: moved, ...indexKeys.articleFact(articleId, into, key.sk) } },
  };
}

/** A mention item of film `from`, moved to film `into`. */
export const movedMentionRequest = (item: Record<string, unknown>, into: string): WriteRequest => ({
  PutRequest: {
    Item: {
      ...item,
      pk: keys.view(into).pk,
      ...(item.gsi2pk ? indexKeys.articleMention(String(item.articleId), into) : {}),
    },
  },
});

/** The record that film `from` was folded into film `into`, and why. */
export const mergeRecordRequest = (
  into: string,
  from: string,
  reason: string,
  articleId: string | null,
): WriteRequest => ({
  PutRequest: { Item: { ...keys.merge(into, from), type: "merge", filmId: from, reason, articleId } },
});

/** Film `from`'s id answering with film `into`. */
export const redirectParams = (
  table: string,
  from: string,
  into: string,
  reason: string,
  version: number,
): PutCommandInput => ({
  TableName: table,
  Item: { ...keys.view(from), type: "redirect", into, reason, version },
});

/**
 * A film's view, written only if the stored one is still the version it was computed from
 * (or, for a new film, if there is none): optimistic concurrency, so no fact is lost.
 */
export const viewParams = (table: string, film: Film, readVersion: number | null): PutCommandInput => ({
  TableName: table,
  Item: {
    ...keys.view(film.id),
    type: "view",
    version: film.version,
    data: film,
    // What the "recently updated" list shows, so it reads a few bytes instead of whole views.
    summary: filmSummary(film),
    ...indexKeys.recentFilm(film.updatedAt, film.id),
  },
  ConditionExpression: readVersion !== null ? "version = :v" : "attribute_not_exists(pk)",
  ...(readVersion !== null ? { ExpressionAttributeValues: { ":v": readVersion } } : {}),
});

/** A view no fact supports any more, deleted only if it is still the version read. */
export const viewDeleteParams = (table: string, filmId: string, readVersion: number): DeleteCommandInput => ({
  TableName: table,
  Key: keys.view(filmId),
  ConditionExpression: "version = :v",
  ExpressionAttributeValues: { ":v": readVersion },
});

/** One more re-drive of an article still pending, with its clock restarted. */
export function redriveParams(table: string, articleId: string, now: string): UpdateCommandInput {
  return {
    TableName: table,
    Key: keys.article(articleId),
    UpdateExpression:
      "SET redrives = if_not_exists(redrives, :zero) + :one, pendingSince = :now, gsi3sk = :sk",
    ConditionExpression: "#data.#status.#state = :pending",
    ExpressionAttributeNames: { "#data": "data", "#status": "status", "#state": "state" },
    ExpressionAttributeValues: {
      ":zero": 0,
      ":one": 1,
      ":now": now,
      ":sk": indexKeys.pending(articleId, now).gsi3sk,
      ":pending": "pending",
    },
  };
}

/** What the projections need to go from one view to the next: new or changed items, and stale ones. */
export function projectionChanges(before: Film | null, after: Film | null): WriteRequest[] {
  const old = new Set(before ? projectionItems(before).map((r) => JSON.stringify(r)) : []);
  const puts = after ? projectionItems(after).filter((r) => !old.has(JSON.stringify(r))) : [];
  return [...(before ? staleProjections(before, after) : []), ...puts];
}

/** What lists show of a film: on its view item (recent films) and its alias items (search). */
export const filmSummary = (film: Film): FilmSummary => ({
  id: film.id,
  title: film.title,
  year: film.year?.value ?? null,
  aliases: film.aliases.map((a) => a.value),
});

/** After a lost race: every projection of the view to write, and whatever any view seen had beyond it. */
export function projectionRewrite(seen: Film[], current: Film | null, after: Film | null): WriteRequest[] {
  const before = current ? [...seen, current] : seen;
  return [...before.flatMap((b) => staleProjections(b, after)), ...(after ? projectionItems(after) : [])];
}

/**
 * What reads need besides the view, derived from it: name-search entries with a summary,
 * person entries and their credits, and release-calendar entries. Idempotent.
 */
export function projectionItems(film: Film): WriteRequest[] {
  const summary = filmSummary(film);
  const requests: WriteRequest[] = [];
  const names = new Set([film.title, ...summary.aliases].map((n) => n));
  const year = summary.year;
  for (const name of names) {
    // The plain alias finds a film by name alone; two films of one title take turns holding it.
    // The dated alias finds each by name and year, and carries the search entry when there is
    // one, so a search lists every film of a title once.
    const alias = { type: "alias", filmId: film.id, name, summary };
    const search = indexKeys.search("FILM", name, film.id);
    requests.push({ PutRequest: { Item: { ...keys.alias(name), ...alias, ...(year ? {} : search) } } });
    if (year)
      requests.push({ PutRequest: { Item: { ...keys.aliasInYear(name, year), ...alias, ...search } } });
  }
  if (film.franchise && film.installment) {
    requests.push({
      PutRequest: {
        Item: {
          ...keys.installment(film.franchise.value, film.installment.value),
          type: "alias",
          filmId: film.id,
          name: film.title,
        },
      },
    });
  }
  const credits: { id: string; name: string; role: string; character: string | null }[] = [
    ...film.directors.map((d) => ({ ...d.value, role: "director", character: null })),
    ...film.writers.map((d) => ({ ...d.value, role: "writer", character: null })),
    ...film.producers.map((d) => ({ ...d.value, role: "producer", character: null })),
    ...film.cast.map((c) => ({ ...c.value.person, role: "cast", character: c.value.character })),
  ];
  for (const credit of credits) {
    requests.push({
      PutRequest: {
        Item: {
          ...keys.person(credit.id),
          type: "person",
          id: credit.id,
          name: credit.name,
          ...indexKeys.search("PERSON", credit.name, credit.id),
        },
      },
    });
    requests.push({
      PutRequest: {
        Item: {
          ...keys.credit(credit.id, film.id, credit.role, null),
          type: "credit",
          filmId: film.id,
          title: film.title,
          role: credit.role,
          character: credit.character,
        },
      },
    });
  }
  for (const release of film.releases.current) {
    requests.push({
      PutRequest: {
        Item: {
          ...keys.calendar(film.id, release.region, release.medium),
          type: "calendar",
          filmId: film.id,
          title: film.title,
          date: release.date,
          region: release.region,
          medium: release.medium,
          platform: release.platform,
          articleId: release.articleId,
          reportedAt: release.reportedAt,
          receivedAt: release.receivedAt,
          confidence: release.confidence,
          ...indexKeys.release(release.date, film.id, release.region, release.medium),
        },
      },
    });
  }
  return requests;
}

/** Credit and calendar entries a previous view had and the new one does not. */
export function staleProjections(before: Film, after: Film | null): WriteRequest[] {
  const people = (film: Film | null) =>
    new Set(
      film
        ? [
            ...film.directors.map((d) => `${d.value.id}|director`),
            ...film.writers.map((d) => `${d.value.id}|writer`),
            ...film.producers.map((d) => `${d.value.id}|producer`),
            ...film.cast.map((c) => `${c.value.person.id}|cast`),
          ]
        : [],
    );
  const now = people(after);
  const requests: WriteRequest[] = [];
  for (const entry of people(before)) {
    if (now.has(entry)) continue;
    const [personId = "", role = ""] = entry.split("|");
    requests.push({ DeleteRequest: { Key: keys.credit(personId, before.id, role, null) } });
  }
  const slots = new Set((after?.releases.current ?? []).map((r) => `${r.region}|${r.medium}`));
  for (const r of before.releases.current) {
    if (!slots.has(`${r.region}|${r.medium}`))
      requests.push({ DeleteRequest: { Key: keys.calendar(before.id, r.region, r.medium) } });
  }
  const names = new Set(after ? [after.title, ...after.aliases.map((a) => a.value)].map(normaliseName) : []);
  const yearBefore = before.year?.value ?? null;
  const yearAfter = after?.year?.value ?? null;
  for (const name of [before.title, ...before.aliases.map((a) => a.value)]) {
    const kept = names.has(normaliseName(name));
    if (!kept) requests.push({ DeleteRequest: { Key: keys.alias(name) } });
    if (yearBefore && (!kept || yearBefore !== yearAfter))
      requests.push({ DeleteRequest: { Key: keys.aliasInYear(name, yearBefore) } });
  }
  return requests;
}

/**
 * What a film merged into another leaves behind: its credits, calendar entries and dated names
 * go (a later article giving the year must not find the redirect); its plain names stay, for
 * the film it was merged into to take over when its view is recomputed.
 */
export function mergedAwayProjections(film: Film): WriteRequest[] {
  const plainNames = new Set(
    [film.title, ...film.aliases.map((a) => a.value)].map((n) => keyString(keys.alias(n))),
  );
  return staleProjections(film, null).filter(
    (r) => !("DeleteRequest" in r && plainNames.has(keyString(r.DeleteRequest.Key))),
  );
}
