/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
import type { Article, ArticleSource, Fact } from "@filmkb/schema";
import { day, describeValue, PREDICATE_LABEL, percent } from "./format.ts";
import { type Span, segments } from "./highlight.ts";
import { articleName } from "./home.tsx";
import { Confidence, href, Layout, StatusBadge } from "./layout.tsx";

export interface ArticlePageData {
  article: Article;
  facts: Fact[];
  text: string | null;
  focus: { start: number; end: number } | null;
}

/** A link only to a web address; anything else (a `javascript:` URL) is shown as text. */
function ExternalLink({ url }: { url: string }) {
  return /^https?:\/\//i.test(url) ? (
    <a href={url} rel="nofollow noreferrer">
      {url}
    </a>
  ) : (
    <code>{url}</code>
  );
}

function Source({ source }: { source: ArticleSource }) {
  switch (source.kind) {
    case "s3":
      return (
        <>
          uploaded to <code>{`s3://${source.bucket}/${source.key}`}</code>
        </>
      );
    case "api":
      return source.sourceUrl ? (
        <>
          posted to the API, from <ExternalLink url={source.sourceUrl} />
        </>
      ) : (
        <>posted to the API</>
      );
    case "cli":
      return (
        <>
          from the command line: <code>{source.path}</code>
        </>
      );
    case "url":
      return (
        <>
          from <ExternalLink url={source.url} />
        </>
      );
  }
}

const KINDS: [string, string][] = [
  ["title", "titles and names"],
  ["director", "crew"],
  ["cast", "cast"],
  ["company", "companies"],
  ["release", "releases"],
  ["filmingLocation", "locations"],
  ["productionNote", "other"],
];

/** The text with every quoted stretch marked, coloured by the kind of fact; hover names the rule. */
function MarkedText({
  text,
  facts,
  focus,
}: {
  text: string;
  facts: Fact[];
  focus: ArticlePageData["focus"];
}) {
  const spans: Span[] = facts.flatMap((fact) =>
    fact.evidence.map((e) => ({
      start: e.start,
      end: e.end,
      kind: fact.predicate,
      label: `${PREDICATE_LABEL[fact.predicate]}: ${describeValue(fact)} — rule ${e.rule}, confidence ${percent(fact.confidence)}`,
    })),
  );
  const starts = new Set(spans.map((s) => s.start));
  return (
    <div class="article-text">
      {segments(text, spans, focus).map((seg) => {
        const top = seg.spans[0];
        if (!top && !seg.focus) return seg.text;
        // Coloured by the narrowest quote; the other kinds of fact it carries are named in its class.
        const also = [...new Set(seg.spans.slice(1).map((s) => `also-${s.kind}`))].join(" ");
        return (
          <mark
            class={`k-${top?.kind ?? "other"}${also ? ` ${also}` : ""}${seg.focus ? " focus" : ""}`}
            title={seg.spans.map((s) => s.label).join("\n") || undefined}
            id={
              seg.focus && seg.start === focus?.start
                ? "focus"
                : starts.has(seg.start)
                  ? `q-${seg.start}`
                  : undefined
            }
          >
            {seg.text}
          </mark>
        );
      })}
    </div>
  );
}

export function ArticlePage({ article, facts, text, focus }: ArticlePageData) {
  const films = new Map<string, string>();
  for (const f of facts) if (f.predicate === "title") films.set(f.filmId, f.value);
  for (const f of facts) if (!films.has(f.filmId)) films.set(f.filmId, f.filmId);
  const ordered = [...facts].sort((a, b) => (a.evidence[0]?.start ?? 0) - (b.evidence[0]?.start ?? 0));
  return (
    <Layout title={articleName(article)}>
      <h1>{articleName(article)}</h1>
      <dl class="kv">
        <dt>status</dt>
        <dd>
          <StatusBadge state={article.status.state} />
          {article.status.state === "failed" && <span class="reason">{article.status.reason}</span>}
          {article.status.state === "ingested" && (
            <span class="muted small">
              {" "}
              {article.status.films} films, {article.status.facts} facts
            </span>
          )}
        </dd>
        <dt>published</dt>
        <dd>
          {article.publishedAt ? (
            day(article.publishedAt)
          ) : (
            <span class="muted">not stated by the article</span>
          )}
        </dd>
        <dt>received</dt>
        <dd>{day(article.receivedAt)}</dd>
        <dt>sources</dt>
        <dd>
          <ul class="plain">
            {article.sources.map((s) => (
              <li>
                <Source source={s} />
              </li>
            ))}
          </ul>
        </dd>
        <dt>films named</dt>
        <dd>
          {films.size === 0 ? (
            <span class="muted">none</span>
          ) : (
            [...films].map(([id, title], i) => (
              <>
                {i > 0 && ", "}
                <a href={href.film(id)}>{title}</a>
              </>
            ))
          )}
        </dd>
        <dt>read by</dt>
        <dd>
          extractor <code>{article.extractorVersion ?? "—"}</code> ·{" "}
          <a href={`/articles/${article.id}`}>JSON</a> · <a href={`/articles/${article.id}/text`}>text</a>
        </dd>
      </dl>
      <h2>Text</h2>
      {text === null ? (
        <p class="muted">
          The normalised text of this article is not stored (it is pending or failed, or was stored before
          filmkb kept it).
        </p>
      ) : (
        <>
          <p class="legend">
            {KINDS.map(([kind, label]) => (
              <mark class={`k-${kind}`}>{label}</mark>
            ))}
            <span class="muted">hover a mark for the fact and the rule that read it</span>
          </p>
          <MarkedText text={text} facts={facts} focus={focus} />
        </>
      )}
      {ordered.length > 0 && (
        <>
          <h2>Facts</h2>
          <div class="table-wrap">
            <table class="facts stack">
              <thead>
                <tr>
                  <th>film</th>
                  <th>kind</th>
                  <th>value</th>
                  <th>rule</th>
                  <th>confidence</th>
                  <th>sentence</th>
                </tr>
              </thead>
              <tbody>
                {ordered.map((f) => (
                  <tr>
                    <td>
                      <a href={href.film(f.filmId)}>{films.get(f.filmId)}</a>
                    </td>
                    <td>{PREDICATE_LABEL[f.predicate]}</td>
                    <td class="value">{describeValue(f)}</td>
                    <td class="rule" data-label="rule">
                      {[...new Set(f.evidence.map((e) => e.rule))].join(", ")}
                    </td>
                    <td data-label="confidence">
                      <Confidence value={f.confidence} />
                    </td>
                    <td data-label="in sentence">
                      {f.evidence.map((e) => (
                        <a href={href.article(article.id, e)} title="show this sentence highlighted">
                          {e.sentence + 1}{" "}
                        </a>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </Layout>
  );
}
