import { existsSync, readdirSync, readFileSync } from "node:fs";
import { extname, join, resolve } from "node:path";
import { articleIdFor } from "@filmkb/schema";
import { startLocalStack } from "./stack/local-stack.ts";

export interface ServeOptions {
  port: number;
  dataDir: string | null;
  examplesDir: string | null;
  out: (line: string) => void;
}

/** Finds the repository's examples/ folder from the current directory upwards. */
export function findExamples(from = process.cwd()): string | null {
  let dir = resolve(from);
  for (;;) {
    const candidate = join(dir, "examples");
    if (existsSync(join(dir, "package.json")) && existsSync(candidate)) return candidate;
    const parent = resolve(dir, "..");
    if (parent === dir) return null;
    dir = parent;
  }
}

const isArticle = (name: string) =>
  [".txt", ".html", ".md"].includes(extname(name)) && !/^readme/i.test(name);

type ArticleAnswer = {
  article: { status: { state: string; reason?: string } };
  facts: { filmId: string }[];
  nextCursor: string | null;
};

/** Waits for one article to leave `pending`, then says what it gave. */
async function ingested(url: string, id: string, until: number): Promise<string> {
  for (;;) {
    const res = await fetch(`${url}/articles/${id}`);
    const body = res.ok ? ((await res.json()) as ArticleAnswer) : null;
    const state = body?.article.status.state;
    if (state && state !== "pending") {
      const films = body?.article.status.reason ? [] : await filmsOf(url, id);
      return `${state.padEnd(9)} ${body?.article.status.reason ?? films.join(", ")}`;
    }
    if (Date.now() > until) return state ?? "missing";
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Every film an article's facts name: the API gives its facts a page at a time. */
async function filmsOf(url: string, id: string): Promise<string[]> {
  const films = new Set<string>();
  let cursor: string | null = null;
  do {
    const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : "";
    const page = (await (await fetch(`${url}/articles/${id}?limit=100${query}`)).json()) as ArticleAnswer;
    for (const fact of page.facts) films.add(fact.filmId);
    cursor = page.nextCursor;
  } while (cursor);
  return [...films];
}

/** `filmkb serve`: the local stack, with sample data and a tour of the API, until Ctrl-C. */
export async function serveLocal(options: ServeOptions): Promise<() => Promise<void>> {
  const { out } = options;
  const started = Date.now();
  out("filmkb: starting the local stack");
  const stack = await startLocalStack({
    port: options.port,
    dataDir: options.dataDir,
    examplesDir: options.examplesDir,
    log: out,
  });
  out(`  API listening on ${stack.url}`);

  const samples = options.examplesDir ? readdirSync(options.examplesDir).filter(isArticle).sort() : [];
  if (options.examplesDir && samples.length) {
    out(`  ingesting ${samples.length} sample articles from ${options.examplesDir}:`);
    const until = Date.now() + 120_000;
    for (const name of samples) {
      const id = articleIdFor(readFileSync(join(options.examplesDir, name), "utf8"));
      out(`    ${name.padEnd(26)} ${await ingested(stack.url, id, until)}`);
    }
  }
  await stack.idle();
  out(`  ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  out("");
  out(`  Explorer      ${stack.url}/`);
  out(`  API           ${stack.url}`);
  out(`  API reference ${stack.url}/docs`);
  out(`  OpenAPI       ${stack.url}/openapi.json`);
  out(`  data          ${options.dataDir ?? "in memory (gone when you stop)"}`);
  out("");
  out("Try:");
  if (samples.includes("the-long-night-2.txt")) {
    out(`  open ${stack.url}/explore/films/the-long-night-2`);
    out(`  curl '${stack.url}/films?q=the%20long'`);
    out(`  curl '${stack.url}/films/the-long-night-2/facts?predicate=cast'`);
    out(`  curl '${stack.url}/releases?from=2026-01&to=2026-12&region=GB'`);
  } else {
    out(`  curl '${stack.url}/films'          # every film, most recently updated first`);
    out(`  curl '${stack.url}/articles'       # every article and its status`);
  }
  out(
    `  curl -X POST -H 'content-type: text/markdown' --data-binary @examples/box-office-weekend.md '${stack.url}/articles'`,
  );
  out(`  npx filmkb ingest examples/quiet-harbour.html --api ${stack.url}`);
  out("");
  out("Ctrl-C stops everything.");
  return stack.close;
}
