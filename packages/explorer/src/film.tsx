/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
import { type Article, type Fact, type Film, reportTime } from "@filmkb/schema";
import { type StoredFact, viewKey } from "@filmkb/store";
import type { Child } from "hono/jsx";
import { day, describeValue, percent, plural } from "./format.ts";
import { articleName } from "./home.tsx";
import { Confidence, href, Layout } from "./layout.tsx";
import { slotOf, Timeline } from "./timeline.tsx";

interface Support {
  confidence: number;
  factCount: number;
  articleIds: string[];
}

export interface FilmPageData {
  film: Film;
  facts: StoredFact[];
  articles: Map<string, Article>;
  /** Shown as the knowledge base stood then, when set. */
  asOf?: string | undefined;
}

type Evidence = (predicate: Fact["predicate"], key: string) => StoredFact[];

/** The sentences behind one value, each linking to its article with the sentence highlighted. */
function EvidenceList({ facts, articles }: { facts: StoredFact[]; articles: Map<string, Article> }) {
  const quotes = facts.flatMap((f) => f.fact.evidence.map((e) => ({ e, f })));
  if (quotes.length === 0) return <span class="muted small">no evidence stored</span>;
  return (
    <details class="evidence">
      <summary>{plural(quotes.length, "quote")}</summary>
      <ul>
        {quotes.map(({ e, f }) => {
          const article = articles.get(e.articleId);
          return (
            <li>
              <blockquote>{e.quote}</blockquote>
              <a href={href.article(e.articleId, e)}>
                {article ? articleName(article) : `article ${e.articleId.slice(0, 8)}…`}
              </a>
              <span class="muted small"> · {day(f.reportedAt)} · </span>
              <span class="rule" title="the extractor rule that read this fact">
                {e.rule}
              </span>
            </li>
          );
        })}
      </ul>
    </details>
  );
}

interface Entry {
  label: Child;
  key: string;
  support: Support;
  note?: Child;
}

function ValueTable({
  entries,
  predicate,
  evidence,
  articles,
}: {
  entries: Entry[];
  predicate: Fact["predicate"];
  evidence: Evidence;
  articles: Map<string, Article>;
}) {
  return (
    <div class="table-wrap">
      <table class="facts stack">
        <thead>
          <tr>
            <th>value</th>
            <th>confidence</th>
            <th>articles</th>
            <th>evidence</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr>
              <td class="value">
                {entry.label}
                {entry.note}
              </td>
              <td data-label="confidence">
                <Confidence value={entry.support.confidence} />
              </td>
              <td data-label="articles">{entry.support.articleIds.length}</td>
              <td>
                <EvidenceList facts={evidence(predicate, entry.key)} articles={articles} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Values articles disagree on, side by side: every candidate of a one-valued field, with its support. */
function Conflict({
  predicate,
  facts,
  articles,
}: {
  predicate: Fact["predicate"];
  facts: StoredFact[];
  articles: Map<string, Article>;
}) {
  const groups = new Map<string, StoredFact[]>();
  for (const f of facts.filter((x) => x.fact.predicate === predicate)) {
    const key = viewKey(f.fact);
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  if (groups.size < 2) return null;
  return (
    <div class="warn-box">
      <strong>Sources disagree on the {predicate}:</strong>
      <div class="conflict">
        {[...groups.values()].map((group) => {
          const first = group[0] as StoredFact;
          return (
            <div class="card">
              <strong>{describeValue(first.fact)}</strong>
              <div class="small muted">
                {plural(new Set(group.map((g) => g.articleId)).size, "article")} · best{" "}
                {percent(Math.max(...group.map((g) => g.fact.confidence)))}
              </div>
              <EvidenceList facts={group} articles={articles} />
            </div>
          );
        })}
      </div>
    </div>
  );
}

/** When a report was published, or that its article gave no date and when it was received. */
function ReportedOn({ report }: { report: { reportedAt: string | null; receivedAt: string } }) {
  return report.reportedAt ? (
    <>{day(report.reportedAt)}</>
  ) : (
    <span class="muted" title="the article gave no publication date">
      undated (received {day(report.receivedAt)})
    </span>
  );
}

function Releases({ film, articles }: { film: Film; articles: Map<string, Article> }) {
  const current = new Set(film.releases.current.map((c) => `${slotOf(c)}|${c.date}|${c.articleId}`));
  return (
    <section>
      <h2>Release timeline</h2>
      <Timeline history={film.releases.history} reportedAt={reportTime} />
      {film.releases.history.length > 0 && (
        <div class="table-wrap">
          <table class="stack">
            <thead>
              <tr>
                <th>region · medium</th>
                <th>date</th>
                <th>platform</th>
                <th>reported</th>
                <th>article</th>
                <th>status</th>
              </tr>
            </thead>
            <tbody>
              {film.releases.history.map((report) => {
                const article = articles.get(report.articleId);
                const { supersededBy } = report;
                return (
                  <tr class={supersededBy ? "superseded" : ""}>
                    <td>{slotOf(report)}</td>
                    <td data-label="date">{report.date}</td>
                    <td data-label="platform">{report.platform ?? "—"}</td>
                    <td data-label="reported">
                      <a
                        href={href.film(film.id, reportTime(report).slice(0, 10))}
                        title="the film as it stood that day"
                      >
                        <ReportedOn report={report} />
                      </a>
                    </td>
                    <td>
                      <a href={href.article(report.articleId)}>
                        {article ? articleName(article) : report.articleId.slice(0, 8)}
                      </a>
                    </td>
                    <td class="note">
                      {supersededBy ? (
                        <>
                          superseded by {supersededBy.date} (
                          <a href={href.article(supersededBy.articleId)}>
                            reported <ReportedOn report={supersededBy} />
                          </a>
                          )
                        </>
                      ) : current.has(`${slotOf(report)}|${report.date}|${report.articleId}`) ? (
                        "current"
                      ) : (
                        "confirmed later"
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

interface Section {
  title: string;
  predicate: Fact["predicate"];
  entries: Entry[];
}

/**
 * A section of values of one kind, each keyed as the merged view keys the facts behind it
 * (`asFact` turns a view value back into the fact value it came from, when they differ).
 */
function section<V>(
  title: string,
  predicate: Fact["predicate"],
  values: (Support & { value: V })[],
  label: (value: V) => Child,
  asFact: (value: V) => unknown = (v) => v,
): Section {
  return {
    title,
    predicate,
    entries: values.map((support) => ({
      label: label(support.value),
      key: viewKey({ predicate, value: asFact(support.value) } as Fact),
      support,
    })),
  };
}

export function FilmPage({ film, facts, articles, asOf }: FilmPageData) {
  const byKey = new Map<string, StoredFact[]>();
  for (const f of facts) {
    const k = `${f.fact.predicate}|${viewKey(f.fact)}`;
    byKey.set(k, [...(byKey.get(k) ?? []), f]);
  }
  const evidence: Evidence = (predicate, key) => byKey.get(`${predicate}|${key}`) ?? [];
  const personLink = (p: { id: string; name: string }) => <a href={href.person(p.id)}>{p.name}</a>;
  const castFacts = (personId: string) => evidence("cast", personId);
  const sections: Section[] = [
    {
      title: "Directors",
      predicate: "director",
      entries: film.directors.map((d) => ({ label: personLink(d.value), key: d.value.id, support: d })),
    },
    {
      title: "Writers",
      predicate: "writer",
      entries: film.writers.map((d) => ({ label: personLink(d.value), key: d.value.id, support: d })),
    },
    {
      title: "Producers",
      predicate: "producer",
      entries: film.producers.map((d) => ({ label: personLink(d.value), key: d.value.id, support: d })),
    },
    {
      title: "Cast",
      predicate: "cast",
      entries: film.cast.map((c) => {
        const others = [
          ...new Set(
            castFacts(c.value.person.id).flatMap((f) =>
              f.fact.predicate === "cast" &&
              f.fact.value.character &&
              f.fact.value.character !== c.value.character
                ? [f.fact.value.character]
                : [],
            ),
          ),
        ];
        return {
          label: (
            <>
              {personLink(c.value.person)}
              {c.value.character && <span class="muted"> as {c.value.character}</span>}
            </>
          ),
          note: others.length > 0 && (
            <span class="badge status-no-films"> also named as {others.join(", ")}</span>
          ),
          key: c.value.person.id,
          support: c,
        };
      }),
    },
    {
      title: "Companies",
      predicate: "company",
      entries: film.companies.map((c) => ({
        label: (
          <>
            {c.value.name} <span class="badge">{c.value.role}</span>
          </>
        ),
        key: `${c.value.id}|${c.value.role}`,
        support: c,
      })),
    },
    section("Filming locations", "filmingLocation", film.filmingLocations, (v) =>
      v.region ? `${v.name} (${v.region})` : v.name,
    ),
    section("Genres", "genre", film.genres, (v) => v),
    section("Production notes", "productionNote", film.productionNotes, (v) => (
      <>
        <span class="badge">{v.kind}</span> {v.text}
      </>
    )),
    section(
      "Related films",
      "relatedFilm",
      film.relatedFilms,
      (v) => (
        <>
          {v.relation} of <a href={href.search(v.title)}>{v.title}</a>
        </>
      ),
      (v) => ({ relation: v.relation, title: v.title }),
    ),
    section("Also known as", "alias", film.aliases, (v) => v),
  ];
  const identity: [string, Fact["predicate"], { value: string | number; confidence: number } | null][] = [
    ["Year", "year", film.year],
    ["Franchise", "franchise", film.franchise],
    ["Installment", "installment", film.installment],
  ];
  const articleList = [...new Set(facts.map((f) => f.articleId))];
  return (
    <Layout title={film.title}>
      <h1>{film.title}</h1>
      <p class="sub">
        {[
          film.year?.value,
          film.franchise && `${film.franchise.value}${film.installment ? ` #${film.installment.value}` : ""}`,
          `${plural(film.counts.facts, "fact")} from ${plural(film.counts.articles, "article")}`,
        ]
          .filter(Boolean)
          .join(" · ")}{" "}
        · <a href={`/films/${encodeURIComponent(film.id)}`}>JSON</a>
      </p>
      {asOf && (
        <p class="warn-box">
          As the knowledge base stood on <strong>{asOf}</strong>: reports made after it are left out.{" "}
          <a href={href.film(film.id)}>See it now</a>.
        </p>
      )}
      <dl class="kv">
        {identity.map(([label, , attr]) => (
          <>
            <dt>{label}</dt>
            <dd>
              {attr ? (
                <>
                  {attr.value} <Confidence value={attr.confidence} />
                </>
              ) : (
                <span class="muted">unknown</span>
              )}
            </dd>
          </>
        ))}
      </dl>
      {(["title", "year", "franchise", "installment"] as const).map((p) => (
        <Conflict predicate={p} facts={facts} articles={articles} />
      ))}
      <Releases film={film} articles={articles} />

      {sections
        .filter((s) => s.entries.length > 0)
        .map((s) => (
          <section>
            <h2>{s.title}</h2>
            <ValueTable entries={s.entries} predicate={s.predicate} evidence={evidence} articles={articles} />
          </section>
        ))}
      <section>
        <h2>Articles</h2>
        <ul class="plain">
          {articleList.map((id) => {
            const a = articles.get(id);
            return (
              <li>
                <a href={href.article(id)}>{a ? articleName(a) : id}</a>{" "}
                <span class="muted small">
                  {a ? `published ${day(a.publishedAt)} · received ${day(a.receivedAt)}` : ""}
                </span>
              </li>
            );
          })}
        </ul>
      </section>
    </Layout>
  );
}
