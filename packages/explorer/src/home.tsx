/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
import type { Article, FilmSummary } from "@filmkb/schema";
import { day } from "./format.ts";
import { href, Layout, StatusBadge } from "./layout.tsx";

/** How an article is named in lists: its headline, else where it came from, else its id. */
export function articleName(article: Article): string {
  if (article.headline) return article.headline;
  for (const source of article.sources) {
    if (source.kind === "s3") return source.key.split("/").pop() ?? source.key;
    if (source.kind === "cli") return source.path.split("/").pop() ?? source.path;
    if (source.kind === "url") return source.url;
    if (source.kind === "api" && source.sourceUrl) return source.sourceUrl;
  }
  return `article ${article.id.slice(0, 8)}…`;
}

export function FilmCards({ films }: { films: FilmSummary[] }) {
  if (films.length === 0) return <p class="muted">No films yet.</p>;
  return (
    <div class="grid">
      {films.map((f) => (
        <a class="card" href={href.film(f.id)}>
          <h3>{f.title}</h3>
          <span class="muted small">
            {[f.year, ...f.aliases.slice(0, 2).map((a) => `also “${a}”`)].filter(Boolean).join(" · ") ||
              "\u00a0"}
          </span>
        </a>
      ))}
    </div>
  );
}

export function ArticleList({ articles }: { articles: Article[] }) {
  if (articles.length === 0) return <p class="muted">No articles yet.</p>;
  return (
    <ul class="plain">
      {articles.map((a) => (
        <li>
          <a href={href.article(a.id)}>{articleName(a)}</a> <StatusBadge state={a.status.state} />{" "}
          <span class="muted small">
            {a.status.state === "ingested" ? `${a.status.films} films, ${a.status.facts} facts · ` : ""}
            received {day(a.receivedAt)}
            {a.publishedAt ? ` · published ${day(a.publishedAt)}` : ""}
          </span>
          {a.status.state === "failed" && <span class="reason">{a.status.reason}</span>}
        </li>
      ))}
    </ul>
  );
}

export function HomePage({ films, articles }: { films: FilmSummary[]; articles: Article[] }) {
  return (
    <Layout title="Films from the news">
      <h1>Films from the news</h1>
      <p class="sub">
        What entertainment news says about films — cast, crew, release dates, locations — each fact with the
        sentence that stated it.
      </p>
      <section class="search-hero">
        <search>
          <form action="/explore/search" method="get">
            <input
              type="search"
              name="q"
              placeholder="Search a title, an alias or a person"
              aria-label="Search films and people"
            />
            <button type="submit">Search</button>
          </form>
        </search>
        <p class="small muted">
          Or browse <a href={href.films()}>all films</a>, <a href={href.articles()}>all articles</a> or the{" "}
          <a href={href.calendar()}>release calendar</a>.
        </p>
      </section>
      <div class="cols">
        <section>
          <h2>Recently updated films</h2>
          <FilmCards films={films} />
        </section>
        <section>
          <h2>Recent articles</h2>
          <ArticleList articles={articles} />
          <p class="small">
            <a href={href.articles()}>All articles</a> · <a href={href.articles("failed")}>failed ones</a>
          </p>
        </section>
      </div>
    </Layout>
  );
}
