import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import { DeleteCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import { type Film, normaliseName, slugify } from "@filmkb/schema";
import { backoff, batchWrite, type WriteRequest } from "./batch.ts";
import { queryAll, type StoreContext } from "./context.ts";
import { ConflictError } from "./errors.ts";
import { FactItem, parseItem, RedirectItem, ViewItem } from "./items.ts";
import { keys, searchKeys } from "./keys.ts";
import { computeFilmView, type StoredFact } from "./view.ts";

const MAX_ATTEMPTS = 12;

export interface FilmPartition {
  facts: StoredFact[];
  view: ViewItem | null;
  redirect: RedirectItem | null;
}

/** Everything stored under one film: its facts and its current view (or the film it was merged into). */
export async function readFilmPartition(ctx: StoreContext, filmId: string): Promise<FilmPartition> {
  const items = await queryAll(ctx, {
    KeyConditionExpression: "pk = :pk",
    ExpressionAttributeValues: { ":pk": keys.view(filmId).pk },
    ConsistentRead: true,
  });
  const facts: StoredFact[] = [];
  let view: ViewItem | null = null;
  let redirect: RedirectItem | null = null;
  for (const item of items) {
    if (item.type === "fact") {
      const fact = parseItem(FactItem, item);
      facts.push({
        fact: fact.data,
        articleId: fact.articleId,
        reportedAt: fact.reportedAt,
        ordinal: fact.ordinal,
      });
    } else if (item.type === "view") view = parseItem(ViewItem, item);
    else if (item.type === "redirect") redirect = parseItem(RedirectItem, item);
  }
  return { facts, view, redirect };
}

/**
 * Recomputes a film's merged view from its facts and writes it with optimistic concurrency:
 * the write succeeds only if the version read is still the stored one, else it reads again.
 * Concurrent ingests about one film therefore never lose a fact from the view.
 */
export async function recomputeView(
  ctx: StoreContext,
  filmId: string,
  extraMerges: Film["mergedFrom"] = [],
  /** Writes that must follow the view (an article's final status): sent with the projections. */
  after: WriteRequest[] = [],
  /**
   * For a film this save created: its facts, all in hand. The first attempt then skips reading
   * the partition; if another save created the film meanwhile, the conditional write fails
   * and the loop reads as usual.
   */
  newFilmFacts: StoredFact[] | null = null,
): Promise<Film | null> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    if (attempt > 0) await backoff(attempt);
    const { facts, view, redirect } =
      attempt === 0 && newFilmFacts?.length
        ? { facts: newFilmFacts, view: null, redirect: null }
        : await readFilmPartition(ctx, filmId);
    if (redirect) return recomputeView(ctx, redirect.into, extraMerges, after);
    if (facts.length === 0) {
      // No fact names this film any more (its article was reprocessed): the view goes too.
      if (view) await ctx.doc.send(new DeleteCommand({ TableName: ctx.table, Key: keys.view(filmId) }));
      await batchWrite(ctx.doc, ctx.table, after);
      return null;
    }
    const previous = {
      version: view?.version ?? 0,
      mergedFrom: [...(view?.data.mergedFrom ?? []), ...extraMerges],
    };
    const film = computeFilmView(filmId, facts, previous, ctx.now().toISOString());
    // A replay changes nothing: leave the view (and its version) as it is.
    if (view && extraMerges.length === 0 && sameContent(view.data, film)) {
      await batchWrite(ctx.doc, ctx.table, after);
      return view.data;
    }
    try {
      await ctx.doc.send(
        new PutCommand({
          TableName: ctx.table,
          Item: { ...keys.view(filmId), type: "view", version: film.version, data: film },
          ConditionExpression: view ? "version = :v" : "attribute_not_exists(pk)",
          ...(view ? { ExpressionAttributeValues: { ":v": view.version } } : {}),
        }),
      );
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) continue;
      throw error;
    }
    await writeProjections(ctx, film, view?.data ?? null, after);
    return film;
  }
  throw new ConflictError(`the view of film ${filmId}`);
}

/**
 * What reads need besides the view, derived from it: name-search entries with a summary,
 * person entries and their credits, and release-calendar entries. Idempotent, written after
 * every successful view write.
 */
async function writeProjections(
  ctx: StoreContext,
  film: Film,
  previous: Film | null,
  after: WriteRequest[],
): Promise<void> {
  const next = projectionItems(film);
  // Only what changed since the previous view: most saves add evidence, not names or dates.
  const before = new Set(previous ? projectionItems(previous).map((r) => JSON.stringify(r)) : []);
  const changed = next.filter((r) => !before.has(JSON.stringify(r)));
  await batchWrite(ctx.doc, ctx.table, [...changed, ...after]);
}

function projectionItems(film: Film): WriteRequest[] {
  const summary = {
    id: film.id,
    title: film.title,
    year: film.year?.value ?? null,
    aliases: film.aliases.map((a) => a.value),
  };
  const requests: WriteRequest[] = [];
  const names = new Set([film.title, ...summary.aliases].map((n) => n));
  const year = summary.year;
  for (const name of names) {
    // The plain alias finds a film by name alone; two films of one title take turns holding it.
    // The dated alias finds each by name and year, and carries the search entry when there is
    // one, so a search lists every film of a title once.
    const alias = { type: "alias", filmId: film.id, name, summary };
    const search = searchKeys("FILM", name, film.id);
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
          ...searchKeys("PERSON", credit.name, credit.id),
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
          confidence: release.confidence,
          gsi3pk: "RELEASE",
          gsi3sk: `${release.date}#${film.id}#${release.region ?? "-"}#${release.medium ?? "-"}`,
        },
      },
    });
  }
  return requests;
}

const content = (film: Film) => JSON.stringify({ ...film, version: 0, updatedAt: "" });
const sameContent = (a: Film, b: Film) => content(a) === content(b);

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

export const personIdFor = slugify;
