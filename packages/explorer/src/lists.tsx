/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
import type { Article, FilmSummary } from "@filmkb/schema";
import { ArticleList, FilmCards } from "./home.tsx";
import { href, Layout } from "./layout.tsx";

const STATES = ["pending", "ingested", "no-films", "failed"] as const;

function Pager({ base, next }: { base: string; next: string | null }) {
  const sep = base.includes("?") ? "&" : "?";
  return (
    <p class="pager">
      <span />
      {next ? (
        <a href={`${base}${sep}cursor=${encodeURIComponent(next)}`}>Next page →</a>
      ) : (
        <span class="muted">End of list</span>
      )}
    </p>
  );
}

export function FilmsPage({ films, next }: { films: FilmSummary[]; next: string | null }) {
  return (
    <Layout title="Films">
      <h1>Films</h1>
      <p class="sub">Most recently updated first.</p>
      <FilmCards films={films} />
      <Pager base={href.films()} next={next} />
    </Layout>
  );
}

export function ArticlesPage({
  articles,
  status,
  next,
}: {
  articles: Article[];
  status?: string;
  next: string | null;
}) {
  return (
    <Layout title="Articles">
      <h1>Articles</h1>
      <p class="sub">
        Newest first. {status ? <a href={href.articles()}>All</a> : <strong>All</strong>}
        {STATES.map((s) => (
          <>
            {" · "}
            {s === status ? <strong>{s}</strong> : <a href={href.articles(s)}>{s}</a>}
          </>
        ))}
      </p>
      <ArticleList articles={articles} />
      <Pager base={href.articles(status)} next={next} />
    </Layout>
  );
}

export function SearchPage({
  q,
  films,
  people,
}: {
  q: string;
  films: FilmSummary[];
  people: { id: string; name: string }[];
}) {
  return (
    <Layout title={`Search: ${q}`} q={q}>
      <h1>Results for “{q}”</h1>
      <section>
        <h2>Films</h2>
        <FilmCards films={films} />
      </section>
      <section>
        <h2>People</h2>
        {people.length === 0 ? (
          <p class="muted">No people.</p>
        ) : (
          <ul class="plain">
            {people.map((p) => (
              <li>
                <a href={href.person(p.id)}>{p.name}</a>
              </li>
            ))}
          </ul>
        )}
      </section>
    </Layout>
  );
}
