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

/** `filmkb serve`: the local stack, with sample data and a tour of the API, until Ctrl-C. */
export async function serveLocal(options: ServeOptions): Promise<() => Promise<void>> {
  const { out } = options;
  out("filmkb: starting the local stack (dynalite, s3rver, the ingest and query functions)…");
  const stack = await startLocalStack({
    port: options.port,
    dataDir: options.dataDir,
    examplesDir: options.examplesDir,
    log: out,
  });
  await stack.idle();

  out("");
  out(`  API           ${stack.url}`);
  out(`  API reference ${stack.url}/docs`);
  out(`  OpenAPI       ${stack.url}/openapi.json`);
  out(`  data          ${options.dataDir ?? "in memory (gone when you stop)"}`);
  out("");
  if (options.examplesDir) {
    out("Sample articles ingested:");
    for (const name of readdirSync(options.examplesDir).sort()) {
      if (![".txt", ".html", ".md"].includes(extname(name)) || /^readme/i.test(name)) continue;
      const id = articleIdFor(readFileSync(join(options.examplesDir, name), "utf8"));
      const res = await fetch(`${stack.url}/articles/${id}`);
      const body = res.ok
        ? ((await res.json()) as { article: { status: { state: string } }; facts: { filmId: string }[] })
        : null;
      const films = [...new Set(body?.facts.map((f) => f.filmId) ?? [])];
      out(`  ${name.padEnd(26)} ${body?.article.status.state ?? "missing"}  ${films.join(", ")}`);
    }
    out("");
  }
  out("Try:");
  out(`  curl '${stack.url}/films?q=the%20long'`);
  out(`  curl '${stack.url}/films/the-long-night-2'`);
  out(`  curl '${stack.url}/films/the-long-night-2/facts?predicate=cast'`);
  out(`  curl '${stack.url}/releases?from=2026-01&to=2026-12&region=GB'`);
  out(
    `  curl -X POST -H 'content-type: text/html' --data-binary @examples/quiet-harbour.html '${stack.url}/articles'`,
  );
  out(`  npx filmkb ingest my-article.md --api ${stack.url}`);
  out("");
  out("Ctrl-C stops everything.");
  return stack.close;
}
