/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
import type { Child } from "hono/jsx";
import { CSS_PATH, FAVICON_PATH } from "./assets.ts";

/** Where each page lives: one home for every explorer URL. */
export const href = {
  home: () => "/",
  search: (q: string) => `/explore/search?q=${encodeURIComponent(q)}`,
  films: () => "/explore/films",
  film: (id: string, asOf?: string) =>
    `/explore/films/${encodeURIComponent(id)}${asOf ? `?asOf=${encodeURIComponent(asOf)}` : ""}`,
  person: (id: string) => `/explore/people/${encodeURIComponent(id)}`,
  articles: (status?: string) => `/explore/articles${status ? `?status=${encodeURIComponent(status)}` : ""}`,
  article: (id: string, at?: { start: number; end: number }) =>
    `/explore/articles/${encodeURIComponent(id)}${at ? `?at=${at.start}-${at.end}#focus` : ""}`,
  calendar: (month?: string) => `/explore/calendar${month ? `?month=${month}` : ""}`,
};

/** The page shell: header with search, the content, a footer pointing at the API. */
export function Layout({ title, q, children }: { title: string; q?: string; children: Child }) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} · filmkb`}</title>
        <link rel="stylesheet" href={CSS_PATH} />
        <link rel="icon" href={FAVICON_PATH} type="image/svg+xml" />
      </head>
      <body>
        <header class="site">
          <div class="bar">
            <a class="brand" href={href.home()}>
              filmkb
            </a>
            <nav>
              <a href={href.films()}>Films</a>
              <a href={href.articles()}>Articles</a>
              <a href={href.calendar()}>Calendar</a>
              <a href="/docs">API</a>
            </nav>
            <search>
              <form action="/explore/search" method="get">
                <input
                  type="search"
                  name="q"
                  value={q ?? ""}
                  placeholder="Title, alias or person"
                  aria-label="Search"
                />
                <button type="submit">Search</button>
              </form>
            </search>
          </div>
        </header>
        <main>{children}</main>
        <footer class="site">
          Every fact links to the sentence that stated it. Data as JSON: <a href="/docs">the API reference</a>
          .
        </footer>
      </body>
    </html>
  );
}

/** A confidence as a small bar and a percentage. */
export function Confidence({ value }: { value: number }) {
  return (
    <span class="conf" title={`confidence ${value.toFixed(2)}`}>
      <span class="meter">
        <span class={`w${Math.round(value * 10)}`} />
      </span>
      {Math.round(value * 100)}%
    </span>
  );
}

export function StatusBadge({ state }: { state: string }) {
  return <span class={`badge status-${state}`}>{state}</span>;
}
