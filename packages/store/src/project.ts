import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import { DeleteCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import { type Film, slugify } from "@filmkb/schema";
import { backoff, batchWrite } from "./batch.ts";
import { queryAll, type StoreContext } from "./context.ts";
import { ConflictError } from "./errors.ts";
import { FactItem, MergeItem, parseItem, RedirectItem, storedFactOf, ViewItem } from "./items.ts";
import { keyString } from "./keys.ts";
import { filmPartitionParams } from "./read-params.ts";
import { computeFilmView, type StoredFact } from "./view.ts";
import { projectionChanges, projectionRewrite, viewDeleteParams, viewParams } from "./write-params.ts";

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
  const items = await queryAll(ctx, filmPartitionParams(ctx.table, filmId));
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
   * What the first attempt computes from, when the caller has it: the partition read before
   * the save wrote (or nothing, for a film the save creates) with the facts in hand added. If
   * another save wrote the view meanwhile, the conditional write fails and the loop reads as
   * usual. `projectionsWritten`: the caller wrote the first attempt's projections already, in
   * its own batches.
   */
  first?: { read: FilmPartition; projectionsWritten: boolean };
}

/** A film's next view, computed from what was read of it (facts in `exclude` left out); null when no fact is left. */
export function nextView(
  filmId: string,
  read: FilmPartition,
  exclude: ReadonlySet<string> | undefined,
  now: string,
): Film | null {
  const facts = exclude?.size ? read.facts.filter((f) => !f.key || !exclude.has(f.key)) : read.facts;
  if (facts.length === 0) return null;
  const { view } = read;
  return computeFilmView(
    filmId,
    facts,
    { version: view?.version ?? 0, mergedFrom: withMerges(view?.data.mergedFrom ?? [], read.merges) },
    now,
  );
}

/** Whether a recomputed view says nothing new (a replay): then it is not rewritten. */
export const unchangedView = (view: ViewItem | null, film: Film | null): boolean =>
  view !== null && film !== null && sameContent(view.data, film);

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
  const { exclude, first } = options;
  // Every view this call read or tried to write: after a lost race, the projections an earlier
  // attempt deleted or changed are written again in full.
  const seen: Film[] = [];
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    if (attempt > 0) await backoff(attempt);
    const read = attempt === 0 && first ? first.read : await readFilmPartition(ctx, filmId);
    if (read.redirect) return recomputeView(ctx, read.redirect.into, { exclude });
    const { view } = read;
    const film = nextView(filmId, read, exclude, ctx.now().toISOString());
    if (!view && !film) return null;
    // A replay changes nothing: leave the view (and its version) as it is.
    const unchanged = unchangedView(view, film);
    if (unchanged && view && attempt === 0) return view.data;
    const changes =
      attempt === 0
        ? projectionChanges(view?.data ?? null, film)
        : projectionRewrite(seen, view?.data ?? null, film);
    if (view) seen.push(view.data);
    if (film) seen.push(film);
    if (!(attempt === 0 && first?.projectionsWritten)) await batchWrite(ctx.doc, ctx.table, changes);
    if (unchanged && view) return view.data;
    await ctx.hooks.beforeViewWrite?.(filmId, attempt);
    try {
      if (film) await ctx.doc.send(new PutCommand(viewParams(ctx.table, film, view?.version ?? null)));
      // No fact names this film any more (its article was retracted): the view goes too.
      else if (view) await ctx.doc.send(new DeleteCommand(viewDeleteParams(ctx.table, filmId, view.version)));
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

const content = (film: Film) => JSON.stringify({ ...film, version: 0, updatedAt: "" });
const sameContent = (a: Film, b: Film) => content(a) === content(b);

export const personIdFor = slugify;
