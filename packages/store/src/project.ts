import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import { DeleteCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import { type Film, type FilmSummary, normaliseName, slugify } from "@filmkb/schema";
import { backoff, batchWrite, type WriteRequest } from "./batch.ts";
import { queryAll, type StoreContext } from "./context.ts";
import { ConflictError } from "./errors.ts";
import { FactItem, MergeItem, parseItem, RedirectItem, storedFactOf, ViewItem } from "./items.ts";
import { keyString, keys, recencyKeys, searchKeys } from "./keys.ts";
import { computeFilmView, type StoredFact } from "./view.ts";

const MAX_ATTEMPTS = 12;

export interface FilmPartition {
  facts: StoredFact[];
  /** Films folded into this one, each recorded by an item of its own (written before the move). */
  merges: Film["mergedFrom"];
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
  const merges: Film["mergedFrom"] = [];
  for (const item of items) {
    if (item.type === "fact") {
      const fact = parseItem(FactItem, item);
      facts.push(storedFactOf(fact, keyString(fact)));
    } else if (item.type === "view") view = parseItem(ViewItem, item);
    else if (item.type === "redirect") redirect = parseItem(RedirectItem, item);
    else if (item.type === "merge") {
      const { filmId, reason, articleId } = parseItem(MergeItem, item);
      merges.push({ filmId, reason, articleId });
    }
  }
  return { facts, merges, view, redirect };
}

export interface RecomputeOptions {
  /** Fact items (by `keyString`) left out: facts being retracted, deleted right after. */
  exclude?: ReadonlySet<string>;
  /**
   * For a film this save created: its facts, all in hand. The first attempt then skips reading
   * the partition; if another save created the film meanwhile, the conditional write fails
   * and the loop reads as usual.
   */
  newFilmFacts?: StoredFact[] | null;
}

/**
 * Recomputes a film's merged view from its facts and writes it with optimistic concurrency:
 * the write succeeds only if the version read is still the stored one, else it reads again.
 * Concurrent ingests about one film therefore never lose a fact from the view.
 *
 * The projections (search entries, credits, calendar) are written before the view, so the
 * view is the commit: should the process die between the two, the view is still the old one
 * and the next attempt computes and writes the same projections again. A film left with no
 * facts loses its view and its projections.
 */
export async function recomputeView(
  ctx: StoreContext,
  filmId: string,
  options: RecomputeOptions = {},
): Promise<Film | null> {
  const { exclude, newFilmFacts } = options;
  // Every view this call read or tried to write: after a lost race, the projections an earlier
  // attempt deleted or changed are written again in full.
  const seen: Film[] = [];
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    if (attempt > 0) await backoff(attempt);
    const read =
      attempt === 0 && newFilmFacts?.length
        ? { facts: newFilmFacts, merges: [], view: null, redirect: null }
        : await readFilmPartition(ctx, filmId);
    if (read.redirect) return recomputeView(ctx, read.redirect.into, { exclude });
    const { view } = read;
    const facts = exclude?.size ? read.facts.filter((f) => !f.key || !exclude.has(f.key)) : read.facts;
    const film = facts.length
      ? computeFilmView(
          filmId,
          facts,
          {
            version: view?.version ?? 0,
            mergedFrom: withMerges(view?.data.mergedFrom ?? [], read.merges),
          },
          ctx.now().toISOString(),
        )
      : null;
    if (!view && !film) return null;
    // A replay changes nothing: leave the view (and its version) as it is.
    const unchanged = view && film && sameContent(view.data, film);
    if (unchanged && attempt === 0) return view.data;
    const changes =
      attempt === 0 ? projectionChanges(view?.data ?? null, film) : projectionRewrite(seen, view, film);
    if (view) seen.push(view.data);
    if (film) seen.push(film);
    await batchWrite(ctx.doc, ctx.table, changes);
    if (unchanged) return view.data;
    await ctx.hooks.beforeViewWrite?.(filmId, attempt);
    try {
      if (film) {
        await ctx.doc.send(
          new PutCommand({
            TableName: ctx.table,
            Item: {
              ...keys.view(filmId),
              type: "view",
              version: film.version,
              data: film,
              // What the "recently updated" list shows, so it reads a few bytes instead of whole views.
              summary: filmSummary(film),
              ...recencyKeys.film(film.updatedAt, film.id),
            },
            ConditionExpression: view ? "version = :v" : "attribute_not_exists(pk)",
            ...(view ? { ExpressionAttributeValues: { ":v": view.version } } : {}),
          }),
        );
      } else if (view) {
        // No fact names this film any more (its article was retracted): the view goes too.
        await ctx.doc.send(
          new DeleteCommand({
            TableName: ctx.table,
            Key: keys.view(filmId),
            ConditionExpression: "version = :v",
            ExpressionAttributeValues: { ":v": view.version },
          }),
        );
      }
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) continue;
      throw error;
    }
    return film;
  }
  throw new ConflictError(`the view of film ${filmId}`);
}

/** Merge records, each film once (a merge replayed after a crash is recorded once). */
const withMerges = (recorded: Film["mergedFrom"], extra: Film["mergedFrom"]) => [
  ...recorded,
  ...extra.filter((m) => !recorded.some((r) => r.filmId === m.filmId)),
];

/** What the projections need to go from one view to the next: new or changed items, and stale ones. */
function projectionChanges(before: Film | null, after: Film | null): WriteRequest[] {
  const old = new Set(before ? projectionItems(before).map((r) => JSON.stringify(r)) : []);
  const puts = after ? projectionItems(after).filter((r) => !old.has(JSON.stringify(r))) : [];
  return [...(before ? staleProjections(before, after) : []), ...puts];
}

const filmSummary = (film: Film): FilmSummary => ({
  id: film.id,
  title: film.title,
  year: film.year?.value ?? null,
  aliases: film.aliases.map((a) => a.value),
});

/** After a lost race: every projection of the view to write, and whatever any view seen had beyond it. */
function projectionRewrite(seen: Film[], current: ViewItem | null, after: Film | null): WriteRequest[] {
  const before = current ? [...seen, current.data] : seen;
  return [...before.flatMap((b) => staleProjections(b, after)), ...(after ? projectionItems(after) : [])];
}

/**
 * What reads need besides the view, derived from it: name-search entries with a summary,
 * person entries and their credits, and release-calendar entries. Idempotent.
 */
function projectionItems(film: Film): WriteRequest[] {
  const summary = filmSummary(film);
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
          receivedAt: release.receivedAt,
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
