import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Readable, Writable } from "node:stream";
import { Film, Problem } from "@filmkb/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../src/index.ts";
import { type LocalStack, startLocalStack } from "../src/stack/local-stack.ts";

const examples = join(import.meta.dirname, "..", "..", "..", "examples");
const seedPath = join(import.meta.dirname, "..", "..", "..", "..", "shared", "corpus", "seed", "seed.txt");
let stack: LocalStack;

beforeAll(async () => {
  stack = await startLocalStack({ port: 0, dataDir: null, examplesDir: null, log: () => undefined });
});
afterAll(async () => {
  await stack.close();
});

async function post(body: string, contentType = "text/plain; charset=utf-8") {
  return fetch(`${stack.url}/articles`, { method: "POST", headers: { "content-type": contentType }, body });
}

/** Polls until the article is no longer pending: every article ends, so no time limit here. */
async function waitIngested(id: string) {
  for (;;) {
    const res = await fetch(`${stack.url}/articles/${id}`);
    if (res.ok) {
      const { article } = (await res.json()) as { article: { status: { state: string } } };
      if (article.status.state !== "pending") return article.status.state;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function getJson<T>(path: string): Promise<T> {
  const res = await fetch(`${stack.url}${path}`);
  expect(res.status, path).toBe(200);
  return (await res.json()) as T;
}

const words = (s: string) => s.replace(/[^\p{L}\p{N}]+/gu, "");

const into = (lines: string[]) =>
  new Writable({
    write: (chunk, _encoding, done) => {
      lines.push(String(chunk));
      done();
    },
  });

describe("the local stack over HTTP", () => {
  it("takes an article by POST, ingests it through the bucket and serves its film with sources", async () => {
    const text = readFileSync(join(examples, "the-long-night-2.txt"), "utf8");
    const res = await post(text);
    expect(res.status).toBe(202);
    const { id } = (await res.json()) as { id: string };
    expect(res.headers.get("location")).toBe(`/articles/${id}`);
    expect(await waitIngested(id)).toBe("ingested");

    const search = await getJson<{ items: { id: string }[] }>("/films?q=long%20night");
    expect(search.items.map((f) => f.id)).toContain("the-long-night-2");
    const film = Film.parse(await getJson("/films/the-long-night-2"));
    expect(film.directors.map((d) => d.value.name)).toEqual(["Saoirse Whelan"]);
    expect(film.cast.map((c) => [c.value.person.name, c.value.character])).toContainEqual([
      "Marcus Obi",
      "Cathal Rourke",
    ]);
    expect(film.releases.current).toContainEqual(
      expect.objectContaining({ date: "2026-09-18", region: "GB", medium: "theatrical" }),
    );
    expect(film.releases.current).toContainEqual(
      expect.objectContaining({ date: "2026-12", medium: "streaming", platform: "Prime Video" }),
    );
    expect(film.companies.map((c) => [c.value.name, c.value.role])).toContainEqual([
      "Blackwater Pictures",
      "distributor",
    ]);
    expect(film.filmingLocations.map((l) => l.value.name)).toEqual(
      expect.arrayContaining(["Dunluce Castle", "Portballintrae"]),
    );

    const facts = await getJson<{ items: { fact: { evidence: { quote: string; articleId: string }[] } }[] }>(
      "/films/the-long-night-2/facts?limit=100",
    );
    expect(facts.items.length).toBeGreaterThan(10);
    for (const { fact } of facts.items) {
      for (const e of fact.evidence) {
        expect(e.articleId).toBe(id);
        expect(words(text)).toContain(words(e.quote));
      }
    }
  });

  it("keeps one article when the same text is posted five times at once", async () => {
    const text = readFileSync(join(examples, "box-office-weekend.md"), "utf8");
    const answers = await Promise.all(
      Array.from(
        { length: 5 },
        async () => (await (await post(text, "text/markdown")).json()) as { id: string },
      ),
    );
    const [first] = answers;
    if (!first) throw new Error("no answer");
    expect(new Set(answers.map((a) => a.id))).toEqual(new Set([first.id]));
    expect(await waitIngested(first.id)).toBe("ingested");
    await stack.idle();
    const articles = await getJson<{ items: { id: string }[] }>("/films/paper-lanterns/articles");
    expect(articles.items.map((a) => a.id)).toEqual([first.id]);
  });

  it("answers a bad request with problem+json", async () => {
    const res = await post("", "text/plain");
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    expect(Problem.parse(await res.json()).status).toBe(400);
    const unknown = await fetch(`${stack.url}/films?q=x&colour=red`);
    expect(unknown.status).toBe(400);
  });

  it("takes articles from `filmkb ingest` and re-extracts them on `filmkb reprocess`", async () => {
    const out: string[] = [];
    const io = {
      stdin: Readable.from([]),
      stdout: into(out),
      stderr: into(out),
    };
    expect(await main(["ingest", join(examples, "quiet-harbour.html"), "--api", stack.url], io)).toBe(0);
    expect(out.join("")).toMatch(/article [0-9a-f]{32} ingested/);
    expect(await main(["reprocess", "--api", stack.url], io)).toBe(0);
    expect(out.join("")).toMatch(/\d+ articles reprocessed/);
    expect(Film.parse(await getJson("/films/quiet-harbour")).directors.map((d) => d.value.name)).toEqual([
      "Ines Carvalho",
    ]);
  });

  it.runIf(existsSync(seedPath))("gets the seed article right through the running stack", async () => {
    const res = await post(readFileSync(seedPath, "utf8"));
    const { id } = (await res.json()) as { id: string };
    expect(await waitIngested(id)).toBe("ingested");
    const film = Film.parse(await getJson("/films/mission-impossible-7"));
    expect(film.directors.map((d) => d.value.name)).toEqual(["Christopher McQuarrie"]);
    expect(film.cast).toHaveLength(17);
    expect(film.cast[0]?.value).toEqual({
      person: { id: "tom-cruise", name: "Tom Cruise" },
      character: "Ethan Hunt",
    });
    expect(film.franchise?.value).toBe("Mission: Impossible");
    expect(film.releases.current.map((r) => [r.date, r.region, r.medium, r.platform])).toEqual([
      ["2022-05-27", "US", "theatrical", null],
      ["2022-07", null, "streaming", "Paramount+"],
    ]);
    expect(film.companies.map((c) => c.value.name)).toEqual(["Paramount Pictures", "Paramount+"]);
    expect(film.filmingLocations.map((l) => l.value.name)).toEqual([
      "North Yorkshire Moors Railway",
      "Levisham",
      "Yorkshire",
    ]);
    expect((await getJson<{ title: string }>("/films/mission-impossible-8")).title).toBe(
      "Mission: Impossible 8",
    );
  });
});
