import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { afterAll, describe, expect, it } from "vitest";

/**
 * `filmkb serve` killed with SIGKILL in the middle of a batch of POSTed articles, then started
 * again on the same data: every article must end `ingested`, and every film's view, facts and
 * article list must agree. Wherever the kill lands, the assertions are the same.
 */

const bin = join(import.meta.dirname, "..", "bin", "filmkb.js");
const cwd = mkdtempSync(join(tmpdir(), "filmkb-recovery-"));
const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
  rmSync(cwd, { recursive: true, force: true });
});

/** Starts `filmkb serve` on a free port with its data in `cwd/.data`; resolves with its URL. */
function serve(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [bin, "serve", "--port", "0", "--no-examples"], {
    cwd,
    env: { ...process.env, POWERTOOLS_LOG_LEVEL: "ERROR" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`filmkb serve exited with ${code} before it was ready`)));
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).on("line", (line) => {
      const url = /API\s+(http:\/\/\S+)/.exec(line)?.[1];
      if (url) resolve({ child, url });
    });
  });
}

const FILMS = ["Night Ferry", "Paper Moon", "Salt Harbour", "Cold Vault", "Iron Orchard"];
const articles = Array.from({ length: 40 }, (_, i) => {
  const title = FILMS[i % FILMS.length];
  return {
    title,
    actor: `Maria Actor${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + Math.floor(i / 26))}son`,
    text: `${title} casting news ${i + 1}\n\nThe thriller ${title}, directed by Ana Ruiz, stars Maria Actor${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + Math.floor(i / 26))}son in a new role. It opens in the United Kingdom on March ${(i % 28) + 1}, 2027.`,
  };
});

async function states(url: string, ids: string[]): Promise<string[]> {
  return Promise.all(
    ids.map(async (id) => {
      const res = await fetch(`${url}/articles/${id}`);
      if (!res.ok) return "missing";
      return ((await res.json()) as { article: { status: { state: string } } }).article.status.state;
    }),
  );
}

const pause = () => new Promise((resolve) => setTimeout(resolve, 100));

describe("filmkb serve after SIGKILL", () => {
  it("finishes every article of the batch it was killed in, and every view agrees with its facts", async () => {
    const first = await serve();
    const ids = await Promise.all(
      articles.map(async ({ text }) => {
        const res = await fetch(`${first.url}/articles`, {
          method: "POST",
          headers: { "content-type": "text/plain; charset=utf-8" },
          body: text,
        });
        expect(res.status).toBe(202);
        return ((await res.json()) as { id: string }).id;
      }),
    );
    // Kill it as soon as the first article is through: the rest of the batch is in flight.
    while (!(await states(first.url, ids)).includes("ingested")) await pause();
    first.child.kill("SIGKILL");
    await new Promise((resolve) => first.child.once("exit", resolve));

    const second = await serve();
    let now = await states(second.url, ids);
    while (now.some((s) => s === "pending" || s === "missing")) {
      await pause();
      now = await states(second.url, ids);
    }
    expect(now).toEqual(ids.map(() => "ingested"));

    for (const title of FILMS) {
      const filmId = title.toLowerCase().replace(/ /g, "-");
      const expected = articles.flatMap((a, i) => (a.title === title ? [ids[i]] : [])).sort();
      const film = (await (await fetch(`${second.url}/films/${filmId}`)).json()) as {
        cast: { value: { person: { name: string } } }[];
        counts: { articles: number };
      };
      expect(film.counts.articles, title).toBe(expected.length);
      expect(film.cast.map((c) => c.value.person.name).sort(), title).toEqual(
        articles
          .filter((a) => a.title === title)
          .map((a) => a.actor)
          .sort(),
      );
      const listed = (await (await fetch(`${second.url}/films/${filmId}/articles?limit=100`)).json()) as {
        items: { id: string; status: { state: string } }[];
      };
      expect(listed.items.map((a) => a.id).sort(), title).toEqual(expected);
      expect(new Set(listed.items.map((a) => a.status.state)), title).toEqual(new Set(["ingested"]));
    }
    second.child.kill("SIGTERM");
    await new Promise((resolve) => second.child.once("exit", resolve));
  });
});
