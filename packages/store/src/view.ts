import { type Fact, type Film, instantOf, normaliseName, type ReleaseReport, slugify } from "@filmkb/schema";

/** A fact as stored: the statement, the article it came from and when that article reported it. */
export interface StoredFact {
  fact: Fact;
  articleId: string;
  /** When it counts as reported: the article's publication date, else when filmkb received it. */
  reportedAt: string;
  /** The article's publication date; null when it gave none (absent: same as reportedAt). */
  publishedAt?: string | null;
  /** When filmkb received the article (absent: same as reportedAt). */
  receivedAt?: string;
  /** Position of the fact in its article's extraction: billing order within a sentence. */
  ordinal?: number;
  /** The fact item's key (`keyString`), when read from the table. */
  key?: string;
}

interface Support<T> {
  value: T;
  confidence: number;
  factCount: number;
  articleIds: string[];
  /** When and where it was first said: (reportedAt, offset), so billing order survives. */
  first: string;
}

const firstSaid = (f: StoredFact) =>
  `${f.reportedAt}|${String(f.fact.evidence[0]?.start ?? 0).padStart(9, "0")}|${String(f.ordinal ?? 0).padStart(6, "0")}`;

/** Groups facts by a key and keeps, per group, the value and everything that supports it. */
function support<F extends StoredFact, T>(
  facts: F[],
  value: (f: F) => T,
  key: (v: T) => string,
): Support<T>[] {
  const groups = new Map<string, Support<T>>();
  for (const f of facts) {
    const v = value(f);
    const k = key(v);
    const g = groups.get(k);
    if (!g) {
      groups.set(k, {
        value: v,
        confidence: f.fact.confidence,
        factCount: 1,
        articleIds: [f.articleId],
        first: firstSaid(f),
      });
      continue;
    }
    g.confidence = Math.max(g.confidence, f.fact.confidence);
    g.factCount++;
    if (!g.articleIds.includes(f.articleId)) g.articleIds.push(f.articleId);
    if (firstSaid(f) < g.first) g.first = firstSaid(f);
  }
  // Most supported first; ties in the order they were first said (billing order), then by confidence.
  return [...groups.values()].sort(
    (a, b) =>
      b.articleIds.length - a.articleIds.length ||
      a.first.localeCompare(b.first) ||
      b.confidence - a.confidence,
  );
}

const attributed = <T>({ value, confidence, factCount, articleIds }: Support<T>) => ({
  value,
  confidence,
  factCount,
  articleIds: [...articleIds].sort(),
});

const of = <P extends Fact["predicate"]>(facts: StoredFact[], predicate: P) =>
  facts.filter((f) => f.fact.predicate === predicate) as (StoredFact & {
    fact: Extract<Fact, { predicate: P }>;
  })[];

const person = (name: string) => ({ id: slugify(name), name });

/**
 * The merged view of one film, computed from all its facts: every value with the facts and
 * articles behind it, the current release per region × medium and the full release history.
 * Pure, so it is unit-tested without a table and recomputed the same way after every change.
 */
export function computeFilmView(
  filmId: string,
  facts: StoredFact[],
  previous: { version: number; mergedFrom: Film["mergedFrom"] },
  now: string,
): Film {
  const names = support([...of(facts, "title"), ...of(facts, "alias")], (f) => f.fact.value, normaliseName);
  // "Nightjar 3, now titled Nightjar: Ashfall": once an article says a title was given up, the
  // film goes by the new one, however many earlier articles used the old.
  const former = formerTitles(facts);
  const titleFacts = of(facts, "title");
  const standing = titleFacts.filter((f) => !former.has(normaliseName(f.fact.value)));
  const titles = support(standing.length > 0 ? standing : titleFacts, (f) => f.fact.value, normaliseName);
  const title = titles[0]?.value ?? names[0]?.value ?? filmId;
  const best = <T>(list: Support<T>[]) => (list[0] ? attributed(list[0]) : null);
  const byText = (v: string | number) => normaliseName(String(v));
  const people = (p: "director" | "writer" | "producer") =>
    support(
      of(facts, p),
      (f) => person(f.fact.value),
      (v) => v.id,
    ).map(attributed);

  // One cast entry per person; the character most articles give wins over none.
  const castFacts = of(facts, "cast");
  // Characters grouped by person once (filtering every fact per person was quadratic).
  const playedBy = new Map<string, typeof castFacts>();
  for (const f of castFacts) {
    if (!f.fact.value.character) continue;
    const id = slugify(f.fact.value.name);
    const list = playedBy.get(id);
    if (list) list.push(f);
    else playedBy.set(id, [f]);
  }
  const cast = support(
    castFacts,
    (f) => person(f.fact.value.name),
    (v) => v.id,
  ).map((entry) => {
    const characters = support(
      playedBy.get(entry.value.id) ?? [],
      (f) => f.fact.value.character as string,
      normaliseName,
    );
    return attributed({ ...entry, value: { person: entry.value, character: characters[0]?.value ?? null } });
  });

  const { current, history } = releaseHistory(of(facts, "release"));

  const articles = new Set(facts.map((f) => f.articleId));
  return bounded({
    id: filmId,
    title,
    aliases: names.filter((n) => normaliseName(n.value) !== normaliseName(title)).map(attributed),
    year: best(support(of(facts, "year"), (f) => f.fact.value, byText)),
    franchise: best(support(of(facts, "franchise"), (f) => f.fact.value, byText)),
    installment: best(support(of(facts, "installment"), (f) => f.fact.value, byText)),
    directors: people("director"),
    writers: people("writer"),
    producers: people("producer"),
    cast,
    companies: support(
      of(facts, "company"),
      (f) => ({ id: slugify(f.fact.value.name), name: f.fact.value.name, role: f.fact.value.role }),
      (v) => `${v.id}|${v.role}`,
    ).map(attributed),
    releases: { current, history },
    filmingLocations: support(
      of(facts, "filmingLocation"),
      (f) => f.fact.value,
      (v) => normaliseName(v.name),
    ).map(attributed),
    genres: support(of(facts, "genre"), (f) => f.fact.value, normaliseName).map(attributed),
    productionNotes: support(
      of(facts, "productionNote"),
      (f) => f.fact.value,
      (v) => `${v.kind}|${normaliseName(v.text)}`,
    ).map(attributed),
    relatedFilms: support(
      of(facts, "relatedFilm"),
      (f) => ({ relation: f.fact.value.relation, title: f.fact.value.title, filmId: null }),
      (v) => `${v.relation}|${normaliseName(v.title)}`,
    ).map(attributed),
    mergedFrom: previous.mergedFrom,
    counts: { facts: facts.length, articles: articles.size },
    version: previous.version + 1,
    updatedAt: now,
  });
}

/**
 * Names an article gives as one the film no longer goes by (or goes by only abroad): aliases read
 * by the extractor's rename rules, whose ids name the relation first ("rename.now-titled").
 */
function formerTitles(facts: StoredFact[]): Set<string> {
  return new Set(
    of(facts, "alias")
      .filter((f) => f.fact.evidence.some((e) => e.rule.startsWith(RENAME_RULES)))
      .map((f) => normaliseName(f.fact.value)),
  );
}

const RENAME_RULES = "rename.";

/**
 * The key under which `computeFilmView` merges a fact's value: two facts with one key are one
 * entry of the view (people by their id, names without case or accents, companies per role).
 * Pages use it to find the evidence behind each entry of a view.
 */
export function viewKey(fact: Fact): string {
  switch (fact.predicate) {
    case "director":
    case "writer":
    case "producer":
      return slugify(fact.value);
    case "cast":
      return slugify(fact.value.name);
    case "company":
      return `${slugify(fact.value.name)}|${fact.value.role}`;
    case "filmingLocation":
      return normaliseName(fact.value.name);
    case "productionNote":
      return `${fact.value.kind}|${normaliseName(fact.value.text)}`;
    case "relatedFilm":
      return `${fact.value.relation}|${normaliseName(fact.value.title)}`;
    case "release":
      return `${fact.value.date}|${fact.value.region ?? "-"}|${fact.value.medium ?? "-"}`;
    default:
      return normaliseName(String(fact.value));
  }
}

/**
 * Every release report, oldest first, each with the report that superseded it (the first later
 * one giving another date for its region × medium; for a date its own article calls superseded,
 * "moved from X to Y", that article's new date), and the current report per region × medium:
 * the most recently reported, never one its article calls superseded; on the same instant, the
 * more confident.
 */
function releaseHistory(facts: (StoredFact & { fact: Extract<Fact, { predicate: "release" }> })[]) {
  const reports = facts
    .map((f) => ({
      ...f.fact.value,
      articleId: f.articleId,
      reportedAt: f.publishedAt === undefined ? f.reportedAt : f.publishedAt,
      receivedAt: f.receivedAt ?? f.reportedAt,
      confidence: f.fact.confidence,
      at: instantOf(f.reportedAt),
      slot: `${f.fact.value.region ?? "-"}|${f.fact.value.medium ?? "-"}`,
    }))
    .sort((a, b) => a.at - b.at || a.date.localeCompare(b.date) || a.articleId.localeCompare(b.articleId));
  const held = new Map<string, (typeof reports)[number]>();
  for (const report of reports) {
    if (report.superseded) continue;
    const h = held.get(report.slot);
    if (!h || report.at > h.at || (report.at === h.at && report.confidence >= h.confidence))
      held.set(report.slot, report);
  }
  const plain = ({ at: _at, slot: _slot, ...report }: (typeof reports)[number]) => report;
  const history: ReleaseReport[] = reports.map((report) => {
    const next = reports.find(
      (o) =>
        o.slot === report.slot &&
        o.date !== report.date &&
        !o.superseded &&
        (o.at > report.at || (report.superseded === true && o.at === report.at)),
    );
    return {
      ...plain(report),
      supersededBy: next
        ? {
            articleId: next.articleId,
            date: next.date,
            reportedAt: next.reportedAt,
            receivedAt: next.receivedAt,
          }
        : null,
    };
  });
  const current = [...held.values()]
    .map((report) => ({ ...plain(report), supersededBy: null }))
    .sort((a, b) => a.date.localeCompare(b.date));
  return { current, history };
}
// A view is one DynamoDB item (at most 400 KB): a film that thousands of articles write about
// would otherwise outgrow it, and every later save of the film would fail. Lists are cut to
// their best-supported entries (facts stay whole, paginated, at /films/{id}/facts), each entry
// lists at most MAX_ARTICLE_IDS of its articles, and whatever still exceeds the byte budget is
// halved, longest list first.
const LIST_CAP = 100;
const CAST_CAP = 200;
const MAX_ARTICLE_IDS = 20;
export const VIEW_BUDGET_BYTES = 300_000;

type Lists = Pick<
  Film,
  | "aliases"
  | "directors"
  | "writers"
  | "producers"
  | "cast"
  | "companies"
  | "filmingLocations"
  | "genres"
  | "productionNotes"
  | "relatedFilms"
>;
const LISTS: (keyof Lists)[] = [
  "aliases",
  "directors",
  "writers",
  "producers",
  "cast",
  "companies",
  "filmingLocations",
  "genres",
  "productionNotes",
  "relatedFilms",
];

/** The view within its caps; `truncated` says which lists were cut and how long each is in full. */
function bounded(film: Film): Film {
  const truncated: Record<string, number> = {};
  const out: Film = { ...film, releases: { ...film.releases } };
  // Every list holds attributed entries; only their number and their articleIds change here.
  const lists = out as unknown as Record<keyof Lists, { articleIds: string[] }[]>;
  const cut = <T>(name: string, list: T[], keep: number, newest = false): T[] => {
    if (list.length <= keep) return list;
    truncated[name] ??= list.length;
    return newest ? list.slice(list.length - keep) : list.slice(0, keep);
  };
  for (const name of LISTS) {
    const list = lists[name].map((entry) =>
      entry.articleIds.length > MAX_ARTICLE_IDS
        ? { ...entry, articleIds: entry.articleIds.slice(0, MAX_ARTICLE_IDS) }
        : entry,
    );
    lists[name] = cut(name, list, name === "cast" ? CAST_CAP : LIST_CAP);
  }
  out.releases.current = cut("releases.current", film.releases.current, CAST_CAP);
  // The history is oldest first: its newest reports are kept.
  out.releases.history = cut("releases.history", film.releases.history, CAST_CAP, true);
  for (let size = byteSize(out); size > VIEW_BUDGET_BYTES; size = byteSize(out)) {
    const longest = LISTS.map((name) => [name, lists[name].length] as const).sort((a, b) => b[1] - a[1])[0];
    const history = out.releases.history.length;
    if (!longest || Math.max(longest[1], history) <= 1) break;
    if (history >= longest[1])
      out.releases.history = cut("releases.history", out.releases.history, history >> 1, true);
    else lists[longest[0]] = cut(longest[0], lists[longest[0]], longest[1] >> 1);
  }
  return Object.keys(truncated).length ? { ...out, truncated } : out;
}

const byteSize = (film: Film) => Buffer.byteLength(JSON.stringify(film), "utf8");
