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
 * Resolves each extracted film of each article against what is known, through alias items
 * (normalised title → film) and franchise installments ("the seventh installment" of a known
 * franchise), with one BatchGetItem for all of them. A film is created only when nothing
 * matches; the creation is a conditional write, so concurrent ingests agree on one film. When
 * one article's names for a film point at two stored films, they are to be merged, and the
 * reason says which names linked them.
 */
export async function resolveFilms(
  ctx: StoreContext,
  articles: { articleId: string; films: ExtractedFilm[] }[],
  /** Further items to fetch in the same BatchGetItem (the articles themselves), returned alongside. */
  alsoGet: Key[] = [],
): Promise<{ resolutions: Resolution[][]; also: Record<string, unknown>[] }> {
  const lookups = articles.map((a) => a.films.map(lookupKeys));
  const found = new Map<string, { filmId: string; year: number | null }>();
  const wanted = new Set(alsoGet.map(keyString));
  const also: Record<string, unknown>[] = [];
  const allKeys = lookups.flat().flatMap((l) => [...l.plain, ...l.dated].map((x) => x.key));
  const items = await batchGet(ctx.doc, ctx.table, [...allKeys, ...alsoGet]);
  for (const item of items) {
    if (wanted.has(keyString(item))) {
      also.push(item);
      continue;
    }
    const alias = parseItem(AliasItem, item);
    found.set(keyString(alias), { filmId: alias.filmId, year: alias.summary?.year ?? null });
  }
  return {
    resolutions: articles.map(({ articleId, films }, a) =>
      films.map((film, i) =>
        resolveFilm(film, lookups[a]?.[i] ?? { plain: [], dated: [] }, found, articleId),
      ),
    ),
    also,
  };
}

function resolveFilm(
  film: ExtractedFilm,
  { plain, dated }: { plain: NameKey[]; dated: NameKey[] },
  found: Map<string, { filmId: string; year: number | null }>,
  articleId: string,
): Resolution {
  const hits = (list: NameKey[]) =>
    list.flatMap(({ name, key }) => {
      const hit = found.get(keyString(key));
      return hit ? [{ name, ...hit }] : [];
    });
  // A name known for a film of another year is another film ("King Kong", 1933 and 2005).
  const sameYear = (year: number | null) => !film.year || !year || Math.abs(year - film.year) <= YEAR_SLACK;
  const plainHits = hits(plain);
  const matches = [...hits(dated), ...plainHits.filter((h) => sameYear(h.year))];
  if (matches.length === 0) {
    const titleTaken = plainHits.some((h) => normaliseName(h.name) === normaliseName(film.title));
    return { filmId: createFilm(film, titleTaken), merges: [], created: true };
  }
  const [first] = matches;
  const filmId = first?.filmId ?? slugify(film.title);
  const merges = new Map<string, string>();
  for (const m of matches) {
    if (m.filmId === filmId || merges.has(m.filmId)) continue;
    merges.set(m.filmId, `article ${articleId} names "${first?.name}" and "${m.name}" as one film`);
  }
  return { filmId, merges: [...merges].map(([id, reason]) => ({ filmId: id, reason })) };
}

/** Release years of one film differ by country and festival: a year either side is the same film. */
const YEAR_SLACK = 1;

interface NameKey {
  name: string;
  key: Key;
}

/** Each name plain, and (when the film has a year) in that year and the years either side. */
function lookupKeys(film: ExtractedFilm): { plain: NameKey[]; dated: NameKey[] } {
  const names = namesOf(film);
  const plain = names.map((name) => ({ name, key: keys.alias(name) }));
  if (film.franchise && film.installment) {
    plain.push({
      name: `${film.franchise} #${film.installment}`,
      key: keys.installment(film.franchise, film.installment),
    });
  }
  const years = film.year ? [film.year - YEAR_SLACK, film.year, film.year + YEAR_SLACK] : [];
  const dated = names.flatMap((name) => years.map((year) => ({ name, key: keys.aliasInYear(name, year) })));
  return { plain, dated };
}

/**
 * A film nothing matched gets the id its title's slug gives (with its year when another film
 * of another year already has that title). No claim is needed: concurrent
 * ingests of the same title compute the same id, and the conditional creation of the view
 * makes every one of them but the first re-read the facts the others wrote.
 */
function createFilm(film: ExtractedFilm, titleTaken: boolean): string {
  // The title already names a film of another year: this one's id carries its own year.
  return titleTaken && film.year ? `${slugify(film.title)}-${film.year}` : slugify(film.title);
}
