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
  const titles = support(of(facts, "title"), (f) => f.fact.value, normaliseName);
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
  const cast = support(
    castFacts,
    (f) => person(f.fact.value.name),
    (v) => v.id,
  ).map((entry) => {
    const characters = support(
      castFacts.filter((f) => slugify(f.fact.value.name) === entry.value.id && f.fact.value.character),
      (f) => f.fact.value.character as string,
      normaliseName,
    );
    return attributed({ ...entry, value: { person: entry.value, character: characters[0]?.value ?? null } });
  });

  const { current, history } = releaseHistory(of(facts, "release"));

  const articles = new Set(facts.map((f) => f.articleId));
  return {
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
  };
}

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
