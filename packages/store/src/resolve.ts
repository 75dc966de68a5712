import { type ExtractedFilm, normaliseName, slugify } from "@filmkb/schema";
import { batchGet } from "./batch.ts";
import type { StoreContext } from "./context.ts";
import { AliasItem, parseItem } from "./items.ts";
import { type Key, keyString, keys } from "./keys.ts";

export interface Resolution {
  /** The stored film each extracted film is. */
  filmId: string;
  /** Other stored films this article shows to be the same film, with the names that link them. */
  merges: { filmId: string; reason: string }[];
  /** Nothing stored matched: as far as this save knows, the film is new. */
  created?: boolean;
}

const namesOf = (film: ExtractedFilm) => [
  ...new Map([film.title, ...film.aliases].map((n) => [normaliseName(n), n])).values(),
];

/**
 * Resolves each extracted film against what is known, through alias items (normalised title
 * → film) and franchise installments ("the seventh installment" of a known franchise). A film
 * is created only when nothing matches; the creation is a conditional write, so concurrent
 * ingests agree on one film. When one article's names for a film point at two stored films,
 * they are to be merged, and the reason says which names linked them.
 */
export async function resolveFilms(
  ctx: StoreContext,
  films: ExtractedFilm[],
  articleId: string,
  /** Further items to fetch in the same BatchGetItem (the article itself), returned alongside. */
  alsoGet: Key[] = [],
): Promise<{ resolutions: Resolution[]; also: Record<string, unknown>[] }> {
  const lookups = films.map((film) => {
    const nameKeys = namesOf(film).map((name) => ({ name, key: keys.alias(name) }));
    if (film.franchise && film.installment) {
      nameKeys.push({
        name: `${film.franchise} #${film.installment}`,
        key: keys.installment(film.franchise, film.installment),
      });
    }
    return nameKeys;
  });
  const found = new Map<string, string>();
  const wanted = new Set(alsoGet.map(keyString));
  const also: Record<string, unknown>[] = [];
  const items = await batchGet(ctx.doc, ctx.table, [...lookups.flat().map((l) => l.key), ...alsoGet]);
  for (const item of items) {
    if (wanted.has(keyString(item))) {
      also.push(item);
      continue;
    }
    const alias = parseItem(AliasItem, item);
    found.set(keyString(alias), alias.filmId);
  }

  const resolutions: Resolution[] = [];
  for (const [i, film] of films.entries()) {
    const nameKeys = lookups[i] ?? [];
    const matches = nameKeys.flatMap(({ name, key }) => {
      const id = found.get(keyString(key));
      return id ? [{ name, id }] : [];
    });
    if (matches.length === 0) {
      resolutions.push({ filmId: createFilm(film), merges: [], created: true });
      continue;
    }
    const [first] = matches;
    const filmId = first?.id ?? slugify(film.title);
    const merges = new Map<string, string>();
    for (const m of matches) {
      if (m.id === filmId || merges.has(m.id)) continue;
      merges.set(m.id, `article ${articleId} names "${first?.name}" and "${m.name}" as one film`);
    }
    resolutions.push({ filmId, merges: [...merges].map(([id, reason]) => ({ filmId: id, reason })) });
  }
  return { resolutions, also };
}

/**
 * A film nothing matched gets the id its title's slug gives. No claim is needed: concurrent
 * ingests of the same title compute the same id, and the conditional creation of the view
 * makes every one of them but the first re-read the facts the others wrote.
 */
function createFilm(film: ExtractedFilm): string {
  return slugify(film.title);
}
