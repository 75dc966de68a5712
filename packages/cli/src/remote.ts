import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import type { Io } from "./io.ts";

const TYPES: Record<string, string> = {
  ".html": "text/html",
  ".htm": "text/html",
  ".md": "text/markdown",
  ".markdown": "text/markdown",
};

/** `filmkb ingest FILE...`: POST each file to a running filmkb and wait until it is ingested. */
export async function ingestFiles(
  files: string[],
  api: string,
  io: Io,
  publishedAt: string | null = null,
): Promise<number> {
  if (files.length === 0) {
    io.stderr.write("ingest needs at least one FILE\n");
    return 2;
  }
  let status = 0;
  for (const file of files) {
    try {
      const body = await readFile(file);
      const query = publishedAt ? `?publishedAt=${encodeURIComponent(publishedAt)}` : "";
      const res = await fetch(`${api}/articles${query}`, {
        method: "POST",
        headers: { "content-type": `${TYPES[extname(file).toLowerCase()] ?? "text/plain"}; charset=utf-8` },
        body,
      });
      const answer = (await res.json()) as { id?: string; detail?: string };
      if (res.status !== 202 || !answer.id) {
        io.stderr.write(`${file}: ${res.status} ${answer.detail ?? ""}\n`);
        status = 1;
        continue;
      }
      const state = await waitForIngestion(api, answer.id);
      io.stdout.write(`${file}: article ${answer.id} ${state}\n`);
      if (state === "failed" || state === "pending") status = 1;
    } catch (error) {
      io.stderr.write(
        `${file}: ${error instanceof Error ? error.message : String(error)} (is filmkb serve running at ${api}?)\n`,
      );
      status = 1;
    }
  }
  return status;
}

// Every article ends ingested, no-films or failed in bounded time; this only stops a wait on a
// stack that is no longer processing (stopped, or another version).
async function waitForIngestion(api: string, id: string, timeoutMs = 300_000): Promise<string> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const res = await fetch(`${api}/articles/${id}`);
    if (res.ok) {
      const { article } = (await res.json()) as { article: { status: { state: string; reason?: string } } };
      if (article.status.state !== "pending")
        return article.status.reason
          ? `${article.status.state}: ${article.status.reason}`
          : article.status.state;
    }
    if (Date.now() > until) return "pending";
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** `filmkb reprocess`: asks the local stack to re-extract every stored article. */
export async function reprocessAll(api: string, io: Io): Promise<number> {
  try {
    const res = await fetch(`${api}/_local/reprocess`, { method: "POST" });
    if (!res.ok) {
      io.stderr.write(
        `reprocess: ${res.status} (reprocessing is offered by the local stack, filmkb serve)\n`,
      );
      return 1;
    }
    const { reprocessed, articles } = (await res.json()) as {
      reprocessed: number;
      articles: { id: string; films: string[]; error?: string }[];
    };
    for (const a of articles) {
      io.stdout.write(
        `${a.id}: ${a.error ? `not reprocessed: ${a.error}` : a.films.join(", ") || "no films"}\n`,
      );
    }
    io.stdout.write(`${reprocessed} articles reprocessed\n`);
    return 0;
  } catch (error) {
    io.stderr.write(
      `reprocess: ${error instanceof Error ? error.message : String(error)} (is filmkb serve running at ${api}?)\n`,
    );
    return 1;
  }
}
