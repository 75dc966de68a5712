import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ScanCommand } from "@aws-sdk/client-dynamodb";
import { GetObjectCommand, PutObjectCommand } from "@aws-sdk/client-s3";
import { ArticleId, articleIdFor } from "@filmkb/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSubmitApp, sqsHandler } from "../src/index.ts";
import { BUCKET, examples, newDeps, type Stack, sqsEvent, startStack } from "./harness.ts";

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack.close();
});

const seedShaped = readFileSync(join(examples, "the-long-night-2.txt"), "utf8");
const idOf = (text: string) => articleIdFor(text);
const put = (
  key: string,
  body: string | Uint8Array,
  extra: { ContentType?: string; Metadata?: Record<string, string> } = {},
) => stack.s3.client.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: body, ...extra }));

describe("ingest from S3 through SQS", () => {
  it("saves the articles of one batch together: one BatchGetItem for all their names", async () => {
    const deps = await newDeps(stack);
    const films = [
      ["Harbour Lights", "Ana Ruiz"],
      ["Paper Moon", "Lena Vik"],
      ["Night Ferry", "Tomas Berg"],
    ];
    const texts = films.map(
      ([title, director], i) =>
        `The thriller ${title}, directed by ${director}, opens in the UK on May ${i + 1}, 2027.`,
    );
    for (const [i, text] of texts.entries()) await put(`batch/${i}.txt`, text);
    deps.requests.reset();
    const response = await sqsHandler(deps)(sqsEvent(texts.map((_, i) => ({ key: `batch/${i}.txt` }))));
    expect(response.batchItemFailures).toEqual([]);
    expect(deps.requests.byCommand()).toMatchObject({ BatchGetItem: 1 });
    expect(deps.requests.byCommand()).not.toHaveProperty("Query"); // three new films: nothing to read
    for (const id of ["harbour-lights", "paper-moon", "night-ferry"])
      expect((await deps.store.getFilm(id))?.film.directors).toHaveLength(1);
  });

  it("ingests a seed-shaped article end to end", async () => {
    const deps = await newDeps(stack);
    await put("incoming/the long night 2.txt", seedShaped);
    const response = await sqsHandler(deps)(sqsEvent([{ key: "incoming/the long night 2.txt" }]));
    expect(response.batchItemFailures).toEqual([]);
    const film = (await deps.store.getFilm("the-long-night-2"))?.film;
    expect(film?.directors.map((d) => d.value.name)).toEqual(["Saoirse Whelan"]);
    expect(film?.cast[0]?.value).toEqual({
      person: { id: "marcus-obi", name: "Marcus Obi" },
      character: "Cathal Rourke",
    });
    expect(film?.cast).toHaveLength(6);
    expect(film?.releases.current.map((r) => [r.date, r.region, r.medium, r.platform])).toEqual([
      ["2026-09-18", "GB", "theatrical", null],
      ["2026-12", null, "streaming", "Prime Video"],
    ]);
    expect(film?.companies.map((c) => [c.value.name, c.value.role])).toEqual([
      ["Blackwater Pictures", "distributor"],
      ["Prime Video", "streamer"],
    ]);
    expect(film?.filmingLocations.map((l) => l.value.name)).toEqual([
      "Dunluce Castle",
      "Portballintrae",
      "Antrim",
    ]);
    const facts = await deps.store.filmFacts("the-long-night-2", { limit: 100 });
    expect(facts.items.length).toBeGreaterThan(10);
    // Every quote is the article's own words (after un-gluing "Obihas" and the like).
    const words = (s: string) => s.replace(/[^\p{L}\p{N}]+/gu, "");
    for (const { fact } of facts.items)
      for (const e of fact.evidence) expect(words(seedShaped)).toContain(words(e.quote));
  });

  it("reports only the poison message as a batch item failure", async () => {
    const deps = await newDeps(stack);
    await put("incoming/a.md", readFileSync(join(examples, "box-office-weekend.md"), "utf8"));
    const event = sqsEvent([
      { key: "incoming/a.md", messageId: "good" },
      { key: "x", messageId: "poison", body: "this is not an S3 notification" },
      { key: "incoming/missing.txt", messageId: "missing" },
    ]);
    const response = await sqsHandler(deps)(event);
    expect(response.batchItemFailures.map((f) => f.itemIdentifier).sort()).toEqual(["missing", "poison"]);
    expect((await deps.store.getFilm("paper-lanterns"))?.film.title).toBe("Paper Lanterns");
  });

  it("writes nothing twice for duplicated and reordered notifications", async () => {
    const deps = await newDeps(stack);
    await put("incoming/one.txt", seedShaped);
    await put("incoming/two.html", readFileSync(join(examples, "quiet-harbour.html"), "utf8"));
    const handler = sqsHandler(deps);
    await handler(sqsEvent([{ key: "incoming/two.html" }, { key: "incoming/one.txt" }]));
    const count = async () =>
      (await stack.dynamo.client.send(new ScanCommand({ TableName: deps.tableName, Select: "COUNT" }))).Count;
    const before = await count();
    await handler(
      sqsEvent([{ key: "incoming/one.txt" }, { key: "incoming/one.txt" }, { key: "incoming/two.html" }]),
    );
    await handler(sqsEvent([{ key: "incoming/one.txt", receiveCount: 2 }]));
    expect(await count()).toBe(before);
    expect((await deps.store.getFilm("the-long-night-2"))?.film.counts.articles).toBe(1);
  });

  it("records one article with both sources when the same content arrives under two keys", async () => {
    const deps = await newDeps(stack);
    await put("incoming/first.txt", seedShaped);
    await put("incoming/second.txt", `\uFEFF${seedShaped.replace(/\n/g, "\r\n")}`);
    await sqsHandler(deps)(sqsEvent([{ key: "incoming/first.txt" }, { key: "incoming/second.txt" }]));
    const id = ArticleId.parse(
      (await deps.store.filmArticles("the-long-night-2", { limit: 5 })).items[0]?.id,
    );
    const article = await deps.store.getArticle(id);
    expect(article?.sources.map((s) => (s.kind === "s3" ? s.key : s.kind)).sort()).toEqual([
      "incoming/first.txt",
      "incoming/second.txt",
    ]);
  });

  it("marks unreadable articles failed with a reason, without retrying them", async () => {
    const deps = await newDeps(stack, { maxArticleBytes: 2000 });
    await put("incoming/latin1.txt", new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x66, 0x69, 0x6c, 0x6d]));
    await put("incoming/empty.txt", "   \n");
    await put("incoming/huge.txt", "x".repeat(5000));
    await put("incoming/no-film.txt", "The weather was fine all weekend.");
    const response = await sqsHandler(deps)(
      sqsEvent([
        { key: "incoming/latin1.txt" },
        { key: "incoming/empty.txt" },
        { key: "incoming/huge.txt" },
        { key: "incoming/no-film.txt" },
      ]),
    );
    expect(response.batchItemFailures).toEqual([]);
    const scan = await stack.dynamo.client.send(new ScanCommand({ TableName: deps.tableName }));
    const states = (scan.Items ?? [])
      .filter((i) => i.type?.S === "article")
      .map((i) => JSON.stringify(i.data?.M?.status?.M))
      .sort();
    expect(states.join("\n")).toMatch(/not valid UTF-8/);
    expect(states.join("\n")).toMatch(/empty/);
    expect(states.join("\n")).toMatch(/limit is 2000/);
    expect(states.join("\n")).toMatch(/no-films/);
  });
});

describe("POST /articles", () => {
  const submit = async (
    deps: Awaited<ReturnType<typeof newDeps>>,
    body: string | Uint8Array,
    contentType?: string,
    headers: Record<string, string> = {},
    query = "",
  ) =>
    createSubmitApp(deps).request(`/articles${query}`, {
      method: "POST",
      body,
      headers: { ...(contentType ? { "content-type": contentType } : {}), ...headers },
    });

  it("stores the article under its content hash, records it pending and answers 202", async () => {
    const deps = await newDeps(stack);
    const res = await submit(deps, seedShaped, "text/plain; charset=utf-8");
    expect(res.status).toBe(202);
    const body = (await res.json()) as { id: string; status: string };
    expect(body.status).toBe("accepted");
    expect(res.headers.get("location")).toBe(`/articles/${body.id}`);
    const object = await stack.s3.client.send(
      new GetObjectCommand({ Bucket: BUCKET, Key: `articles/${body.id}.txt` }),
    );
    expect(await object.Body?.transformToString()).toBe(seedShaped);
    expect((await deps.store.getArticle(body.id))?.status).toEqual({ state: "pending" });
    const again = await submit(deps, seedShaped, "text/plain");
    expect(((await again.json()) as { id: string }).id).toBe(body.id);
  });

  it("accepts JSON with a format, a publication date and a source URL", async () => {
    const deps = await newDeps(stack);
    const html = readFileSync(join(examples, "quiet-harbour.html"), "utf8");
    const res = await submit(
      deps,
      JSON.stringify({
        text: html,
        format: "html",
        publishedAt: "2026-05-20T08:00:00Z",
        sourceUrl: "https://example.com/diary",
      }),
      "application/json",
    );
    expect(res.status).toBe(202);
    const { id } = (await res.json()) as { id: string };
    const object = await stack.s3.client.send(
      new GetObjectCommand({ Bucket: BUCKET, Key: `articles/${id}.html` }),
    );
    expect(object.Metadata).toEqual({
      format: "html",
      "published-at": "2026-05-20T08:00:00Z",
      "source-url": "https://example.com/diary",
    });
  });

  it("takes a text or Markdown article's publication date from ?publishedAt=", async () => {
    const deps = await newDeps(stack);
    const md = "# Night Ferry\n\n*Night Ferry* opens in UK cinemas next Friday.";
    const res = await submit(deps, md, "text/markdown", {}, "?publishedAt=2026-03-02");
    expect(res.status).toBe(202);
    const { id } = (await res.json()) as { id: string };
    const object = await stack.s3.client.send(
      new GetObjectCommand({ Bucket: BUCKET, Key: `articles/${id}.md` }),
    );
    expect(object.Metadata).toEqual({ format: "markdown", "published-at": "2026-03-02" });
    expect((await deps.store.getArticle(id))?.publishedAt).toBe("2026-03-02");
    const undated = await submit(deps, `${md} More soon.`, "text/markdown");
    const other = (await undated.json()) as { id: string };
    expect((await deps.store.getArticle(other.id))?.publishedAt).toBeNull();
  });

  it.each([
    ["a bad publication date", "Some text.", "text/plain", 400, /publishedAt/, "?publishedAt=yesterday"],
    [
      "a publication date in the query and the body",
      JSON.stringify({ text: "Some text.", publishedAt: "2026-03-02" }),
      "application/json",
      400,
      /publishedAt/,
      "?publishedAt=2026-03-03",
    ],
    ["an unknown query parameter", "Some text.", "text/plain", 400, /published/, "?published=2026-03-02"],
  ])("refuses %s", async (_name, body, type, status, detail, query) => {
    const deps = await newDeps(stack);
    const res = await submit(deps, body, type, {}, query);
    expect(res.status).toBe(status);
    const problem = (await res.json()) as { detail: string; errors?: unknown };
    expect(`${problem.detail} ${JSON.stringify(problem.errors ?? [])}`).toMatch(detail);
  });

  it.each([
    ["an empty body", "", "text/plain", 400, /empty/],
    ["invalid UTF-8", new Uint8Array([0xff, 0xfe, 0x41]), "text/plain", 400, /UTF-8/],
    ["a binary type", "GIF89a", "image/gif", 415, /image\/gif/],
    ["no content type", new TextEncoder().encode("text"), undefined, 415, /none/],
    ["another charset", "text", "text/plain; charset=iso-8859-1", 415, /UTF-8/],
    ["invalid JSON", "{", "application/json", 400, /JSON/],
    [
      "JSON with an unknown field",
      JSON.stringify({ text: "x", colour: "red" }),
      "application/json",
      400,
      /colour|unrecognized/i,
    ],
    [
      "JSON with a bad format",
      JSON.stringify({ text: "x", format: "pdf" }),
      "application/json",
      400,
      /format/,
    ],
  ])("refuses %s with problem+json", async (_name, body, type, status, detail) => {
    const deps = await newDeps(stack);
    const res = await submit(deps, body, type);
    expect(res.status).toBe(status);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    const problem = (await res.json()) as { status: number; detail: string; errors?: unknown };
    expect(problem).toMatchObject({ status, title: expect.any(String) });
    expect(`${problem.detail} ${JSON.stringify(problem.errors ?? [])}`).toMatch(detail);
  });

  it("stops reading a chunked body at the limit", async () => {
    const deps = await newDeps(stack, { maxArticleBytes: 1000 });
    let pulled = 0;
    // 10,000 chunks of 100 bytes on offer; only what fits under the limit (and one more) is read.
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        if (pulled > 10_000) controller.close();
        else controller.enqueue(new TextEncoder().encode("x".repeat(100)));
      },
    });
    const res = await createSubmitApp(deps).request("/articles", {
      method: "POST",
      body,
      headers: { "content-type": "text/plain" },
      duplex: "half",
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    expect(pulled).toBeLessThan(20);
  });

  it("refuses a source URL that cannot be kept as object metadata", async () => {
    const deps = await newDeps(stack);
    for (const sourceUrl of [`https://example.com/${"a".repeat(17_000)}`, "https://example.com/café"]) {
      const res = await submit(deps, JSON.stringify({ text: seedShaped, sourceUrl }), "application/json");
      expect(res.status).toBe(400);
      expect(((await res.json()) as { errors: { path: string }[] }).errors[0]?.path).toBe("sourceUrl");
    }
  });

  it("refuses a write that another site's page sends", async () => {
    const deps = await newDeps(stack);
    const res = await submit(deps, seedShaped, "text/plain", { origin: "https://elsewhere.example" });
    expect(res.status).toBe(403);
    expect(await deps.store.getArticle(idOf(seedShaped))).toBeNull();
  });

  it("answers 413 for a body over the limit, by header or by size", async () => {
    const deps = await newDeps(stack, { maxArticleBytes: 100 });
    expect((await submit(deps, "x".repeat(101), "text/plain")).status).toBe(413);
    expect((await submit(deps, "short", "text/plain", { "content-length": "5000" })).status).toBe(413);
  });
});
