import { GetItemCommand, PutItemCommand, UpdateItemCommand } from "@aws-sdk/client-dynamodb";
import { extract } from "@filmkb/extract";
import type { LocalDynamo } from "@filmkb/local";
import { buildExtraction } from "@filmkb/schema/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConflictError, FilmStore, InvalidCursorError } from "../src/index.ts";
import { ingest, ingestTogether, newStore, startEngine } from "./harness.ts";

const STORY = `Night Ferry sails on

The thriller Night Ferry, directed by Ana Ruiz, stars Tomas Berg as Captain Holm and Lena Vik. It will be released in the United Kingdom on March 6, 2026, by Harbour Pictures, followed by a streaming release on Netflix in June 2026. The film was shot on location in Bergen and Stavanger.`;

let dynamo: LocalDynamo;
beforeAll(async () => {
  dynamo = await startEngine();
});
afterAll(async () => {
  await dynamo.close();
});

describe("FilmStore against dynalite", () => {
  it("stores an article's facts and serves the merged film view", async () => {
    const { store } = await newStore(dynamo);
    const { article, filmIds } = await ingest(store, STORY);
    expect(article.status).toMatchObject({ state: "ingested", films: 1 });
    expect(filmIds).toEqual(["night-ferry"]);
    const found = await store.getFilm("night-ferry");
    const film = found?.film;
    expect(film?.title).toBe("Night Ferry");
    expect(film?.directors.map((d) => d.value)).toEqual([{ id: "ana-ruiz", name: "Ana Ruiz" }]);
    expect(film?.cast.map((c) => [c.value.person.name, c.value.character])).toEqual([
      ["Tomas Berg", "Captain Holm"],
      ["Lena Vik", null],
    ]);
    expect(film?.releases.current.map((r) => [r.date, r.region, r.medium, r.platform])).toEqual([
      ["2026-03-06", "GB", "theatrical", null],
      ["2026-06", null, "streaming", "Netflix"],
    ]);
    expect(film?.filmingLocations.map((l) => l.value.name)).toEqual(["Bergen", "Stavanger"]);
    expect(film?.counts).toMatchObject({ articles: 1 });
    for (const attributed of film?.directors ?? []) expect(attributed.articleIds).toEqual([article.id]);
  });

  it("writes nothing new when the same article is saved again", async () => {
    const { store, itemCount } = await newStore(dynamo);
    await ingest(store, STORY);
    const before = await itemCount();
    const version = (await store.getFilm("night-ferry"))?.film.version;
    await ingest(store, STORY);
    expect(await itemCount()).toBe(before);
    expect((await store.getFilm("night-ferry"))?.film.version).toBe(version);
    // The same content under another key is the same article with one more source.
    await ingest(store, STORY, { key: "incoming/copy.txt" });
    expect(await itemCount()).toBe(before + 1);
    const article = await store.getArticle(extract({ format: "text", text: STORY }).article.id);
    expect(article?.sources.map((s) => (s.kind === "s3" ? s.key : ""))).toContain("incoming/copy.txt");
  });

  it("loses nothing when 20 articles about one film race to write its view", async () => {
    // The first save is held between reading the film and writing its view until the 19
    // others have written theirs: its write then races against views it never read, and only
    // the conditional write keeps their facts.
    let hold: ((filmId: string) => Promise<void>) | null = null;
    const { store } = await newStore(dynamo, {
      hooks: { beforeViewWrite: (filmId, attempt) => (attempt === 0 ? hold?.(filmId) : undefined) },
    });
    await ingest(store, "The thriller Night Ferry stars Maria Firstson.");
    const names = Array.from({ length: 20 }, (_, i) => `Actor${String.fromCharCode(65 + i)}son`);
    const texts = names.map(
      (surname, i) =>
        `The thriller Night Ferry stars Maria ${surname} in a new role. Report number ${i + 1}.`,
    );
    let release = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    const reached = new Promise<void>((resolve) => {
      hold = () => {
        hold = null; // only the first save is held
        resolve();
        return released;
      };
    });
    const first = ingest(store, texts[0] ?? "");
    await reached;
    await Promise.all(texts.slice(1).map((text) => ingest(store, text)));
    release();
    await first;

    const film = (await store.getFilm("night-ferry"))?.film;
    expect(film?.cast.map((c) => c.value.person.name).sort()).toEqual(
      ["Maria Firstson", ...names.map((n) => `Maria ${n}`)].sort(),
    );
    expect(film?.counts.articles).toBe(21);
    // Each successful write bumps the version once.
    const version = film?.version ?? 0;
    await ingest(store, "The thriller Night Ferry stars Maria Latecomer.");
    expect((await store.getFilm("night-ferry"))?.film.version).toBe(version + 1);
  });

  it("saves articles together as it saves them one by one, reading and writing each film once", async () => {
    const texts = ["Lena Vik", "Ole Dahl", "Maria Holm", "Per Lund", "Eva Berg"].map(
      (name, i) => `The thriller Night Ferry stars ${name}. It opens in the UK on May ${i + 1}, 2026.`,
    );
    const now = () => new Date("2026-02-01T10:00:00Z");
    const apart = await newStore(dynamo, { now });
    await ingest(apart.store, STORY);
    for (const text of texts) await ingest(apart.store, text);
    const together = await newStore(dynamo, { now });
    await ingest(together.store, STORY);
    together.requests.reset();
    await ingestTogether(together.store, texts);

    // One read of the names and articles, one of the film, one view written.
    expect(together.requests.byCommand()).toMatchObject({ BatchGetItem: 1, Query: 1, PutItem: 1 });
    const items = (s: typeof apart) => s.itemCount();
    expect(await items(together)).toBe(await items(apart));
    const film = async (s: typeof apart) => {
      const found = (await s.store.getFilm("night-ferry"))?.film;
      return { ...found, version: 0, updatedAt: "" };
    };
    expect(await film(together)).toEqual(await film(apart));
  });

  it("fills its BatchWriteItem calls: in a save of five articles only each step's last call is short", async () => {
    const { store } = await newStore(dynamo);
    await ingest(store, STORY);
    const sizes: number[] = [];
    dynamo.client.middlewareStack.add(
      (next, context) => async (args) => {
        const input = args.input as { RequestItems?: Record<string, unknown[]> };
        if (context.commandName === "BatchWriteItemCommand")
          sizes.push(Object.values(input.RequestItems ?? {}).reduce((n, list) => n + list.length, 0));
        return next(args);
      },
      { step: "initialize", name: "batchSizes" },
    );
    try {
      await ingestTogether(
        store,
        ["Lena Vik", "Ole Dahl", "Maria Holm", "Per Lund", "Eva Berg"].map(
          (name, i) => `The thriller Night Ferry stars ${name}. It opens in the UK on May ${i + 1}, 2026.`,
        ),
      );
    } finally {
      dynamo.client.middlewareStack.remove("batchSizes");
    }
    // Three steps write in batches: content and projections, mentions, final statuses.
    expect(sizes.filter((n) => n === 25).length).toBeGreaterThan(0);
    expect(sizes.filter((n) => n < 25).length).toBeLessThanOrEqual(3);
  });

  it("loses nothing when a save of several articles races single saves of the same film", async () => {
    let hold: (() => Promise<void>) | null = null;
    const { store } = await newStore(dynamo, {
      hooks: { beforeViewWrite: (_film, attempt) => (attempt === 0 ? hold?.() : undefined) },
    });
    await ingest(store, STORY);
    let release = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    const reached = new Promise<void>((resolve) => {
      hold = () => {
        hold = null; // only the group is held, between its read of the film and its view write
        resolve();
        return released;
      };
    });
    const group = ingestTogether(store, [
      "The thriller Night Ferry stars Ada Groupson.",
      "The thriller Night Ferry stars Bo Groupson.",
    ]);
    await reached;
    await ingest(store, "The thriller Night Ferry stars Cy Loneson.");
    await ingest(store, "The thriller Night Ferry stars Di Loneson.");
    release();
    await group;
    const cast = (await store.getFilm("night-ferry"))?.film.cast.map((c) => c.value.person.name) ?? [];
    expect(cast).toEqual(expect.arrayContaining(["Ada Groupson", "Bo Groupson", "Cy Loneson", "Di Loneson"]));
  });

  it("creates a new film once when 20 first articles about it race", async () => {
    const arrived: (() => void)[] = [];
    const { store } = await newStore(dynamo, {
      hooks: {
        beforeViewWrite: (_film, attempt) =>
          attempt === 0
            ? new Promise<void>((resolve) => {
                arrived.push(resolve);
                if (arrived.length === 20) for (const release of arrived.splice(0)) release();
              })
            : undefined,
      },
    });
    const names = Array.from({ length: 20 }, (_, i) => `Actor${String.fromCharCode(65 + i)}son`);
    await Promise.all(
      names.map((surname) => ingest(store, `The thriller Paper Moon stars Maria ${surname}.`)),
    );
    const film = (await store.getFilm("paper-moon"))?.film;
    expect(film?.cast).toHaveLength(20);
    expect(film?.counts.articles).toBe(20);
  });

  it("gives up with a ConflictError when the view keeps changing underneath", async () => {
    const { store, tableName } = await newStore(dynamo);
    await ingest(store, "The thriller Night Ferry stars Lena Vik.");
    let bumps = 0;
    const contended = new FilmStore({
      client: dynamo.client,
      tableName,
      hooks: {
        // Another writer gets in between every read and write.
        beforeViewWrite: async (filmId) => {
          bumps++;
          await dynamo.client.send(
            new UpdateItemCommand({
              TableName: tableName,
              Key: { pk: { S: `FILM#${filmId}` }, sk: { S: "VIEW" } },
              UpdateExpression: "SET version = version + :one",
              ExpressionAttributeValues: { ":one": { N: "1" } },
            }),
          );
        },
      },
    });
    await expect(ingest(contended, "The thriller Night Ferry stars Tomas Berg.")).rejects.toThrow(
      ConflictError,
    );
    expect(bumps).toBe(12);
  });

  it("makes one film of two names an article links, and records why", async () => {
    const { store } = await newStore(dynamo);
    await ingest(store, "The thriller Paper Moon 2 is directed by Ana Ruiz.");
    await ingest(store, "The thriller Paper Moon: Rising stars Tomas Berg.");
    expect((await store.getFilm("paper-moon-rising"))?.redirectedFrom).toBeNull();
    // The film goes by its current title; the old title's page redirects to it.
    await ingest(store, "The thriller Paper Moon 2, now titled Paper Moon: Rising, opens in May.");
    const viaOld = await store.getFilm("paper-moon-2");
    const viaNew = await store.getFilm("paper-moon-rising");
    expect(viaOld?.film.id).toBe("paper-moon-rising");
    expect(viaOld?.redirectedFrom).toBe("paper-moon-2");
    expect(viaNew?.film.directors.map((d) => d.value.name)).toEqual(["Ana Ruiz"]);
    expect(viaNew?.film.cast.map((c) => c.value.person.name)).toEqual(["Tomas Berg"]);
    expect(viaNew?.film.mergedFrom).toEqual([
      {
        filmId: "paper-moon-2",
        reason: expect.stringContaining('"Paper Moon 2"'),
        articleId: expect.any(String),
      },
    ]);
    const later = await ingest(store, "The thriller Paper Moon 2 is shot in Oslo.");
    expect(later.filmIds).toEqual(["paper-moon-rising"]);
  });

  it("keeps two films of one title apart by their years, and finds each again", async () => {
    const { store } = await newStore(dynamo);
    const original = await ingest(store, "Kingdom Falls is a 1933 adventure film directed by Ada Cole.");
    const remake = await ingest(store, "Kingdom Falls is a 2005 adventure film directed by Ben Lowe.");
    expect(original.filmIds).toEqual(["kingdom-falls"]);
    expect(remake.filmIds).toEqual(["kingdom-falls-2005"]);
    // Each again by its year; a year either side is the same film (release years differ by country).
    const again = await ingest(store, "Kingdom Falls is a 1934 adventure film starring Cy Webb.");
    expect(again.filmIds).toEqual(["kingdom-falls"]);
    expect((await ingest(store, "Kingdom Falls is a 2005 film starring Dee Park.")).filmIds).toEqual([
      "kingdom-falls-2005",
    ]);
    const directors = async (id: string) =>
      (await store.getFilm(id))?.film.directors.map((d) => d.value.name);
    expect(await directors("kingdom-falls")).toEqual(["Ada Cole"]);
    expect(await directors("kingdom-falls-2005")).toEqual(["Ben Lowe"]);
    // A mention without a year still finds a film of that title rather than making a third.
    const undated = await ingest(store, "The adventure film Kingdom Falls is shot in Oslo.");
    expect(["kingdom-falls", "kingdom-falls-2005"]).toContain(undated.filmIds[0]);
    // Search lists each film once.
    const found = await store.searchFilms("kingdom", { limit: 10 });
    expect(found.items.map((f) => [f.id, f.year])).toEqual([
      ["kingdom-falls", 1933],
      ["kingdom-falls-2005", 2005],
    ]);
  });

  it("pages through results with opaque cursors and refuses a tampered one", async () => {
    const { store } = await newStore(dynamo);
    const titles = ["Night Falls", "Night Shift Blues", "Night Owls", "Nightjar", "Night Train Home"];
    for (const title of titles) await ingest(store, `The thriller ${title} is directed by Ana Ruiz.`);
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await store.searchFilms("night", { limit: 2, cursor });
      seen.push(...page.items.map((f) => f.title));
      cursor = page.nextCursor ?? undefined;
      pages++;
    } while (cursor);
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(seen.sort()).toEqual([...titles].sort());

    const first = await store.searchFilms("night", { limit: 2 });
    const token = first.nextCursor ?? "";
    const tampered = `${token.slice(0, 5)}${token[5] === "A" ? "B" : "A"}${token.slice(6)}`;
    await expect(store.searchFilms("night", { limit: 2, cursor: tampered })).rejects.toBeInstanceOf(
      InvalidCursorError,
    );
    await expect(store.searchFilms("nights", { limit: 2, cursor: token })).rejects.toThrow(/different query/);
  });

  it("finds films by accent- and case-insensitive prefix, and people with their credits", async () => {
    const { store } = await newStore(dynamo);
    await ingest(store, "The drama Émile's Garden, directed by Zoë Haddad, stars Tomas Berg.");
    expect((await store.searchFilms("EMILE", { limit: 10 })).items.map((f) => f.id)).toEqual([
      "emiles-garden",
    ]);
    expect((await store.searchPeople("zoe", { limit: 10 })).items).toEqual([
      { id: "zoe-haddad", name: "Zoë Haddad" },
    ]);
    expect(await store.getPerson("zoe-haddad")).toEqual({
      id: "zoe-haddad",
      name: "Zoë Haddad",
      credits: [{ filmId: "emiles-garden", title: "Émile's Garden", role: "director", character: null }],
    });
    expect((await store.filmsByPerson("tomas-berg", { limit: 10 })).items.map((c) => c.role)).toEqual([
      "cast",
    ]);
  });

  it("keeps every release report and makes the latest one current", async () => {
    const { store } = await newStore(dynamo);
    await ingest(store, "The thriller Night Ferry will be released in the UK on March 6, 2026.", {
      publishedAt: "2025-10-01T00:00:00Z",
    });
    await ingest(
      store,
      "The thriller Night Ferry has been delayed and will now be released in the UK on May 1, 2026.",
      {
        publishedAt: "2026-01-15T00:00:00Z",
      },
    );
    const film = (await store.getFilm("night-ferry"))?.film;
    expect(film?.releases.current.map((r) => r.date)).toEqual(["2026-05-01"]);
    expect(film?.releases.history.map((r) => r.date)).toEqual(["2026-03-06", "2026-05-01"]);
    const calendar = await store.releaseCalendar({ from: "2026-01", to: "2026-12", region: "GB", limit: 10 });
    expect(calendar.items.map((e) => [e.filmId, e.date])).toEqual([["night-ferry", "2026-05-01"]]);
    expect(
      (await store.releaseCalendar({ from: "2026-01", to: "2026-12", region: "US", limit: 10 })).items,
    ).toEqual([]);
  });

  it("serves facts with evidence, the articles of a film, and an article with its facts", async () => {
    const { store } = await newStore(dynamo);
    const { article } = await ingest(store, STORY);
    const directors = await store.filmFacts("night-ferry", { predicate: "director", limit: 10 });
    expect(directors.items).toHaveLength(1);
    const evidence = directors.items[0]?.fact.evidence[0];
    expect(STORY).toContain(evidence?.quote ?? "<none>");
    const all = (await store.filmFacts("night-ferry", { limit: 50 })).items;
    const sure = (await store.filmFacts("night-ferry", { minConfidence: 0.95, limit: 50 })).items;
    expect(sure.length).toBeGreaterThan(0);
    expect(sure.length).toBeLessThan(all.length);
    for (const item of sure) expect(item.fact.confidence).toBeGreaterThanOrEqual(0.95);
    expect((await store.filmArticles("night-ferry", { limit: 10 })).items.map((a) => a.id)).toEqual([
      article.id,
    ]);
    const withFacts = await store.getArticleWithFacts(article.id);
    expect(withFacts?.article.status.state).toBe("ingested");
    expect(withFacts?.facts.length).toBe(article.status.state === "ingested" ? article.status.facts : -1);
  });

  it("keeps the normalised text, so every evidence quote is the text between its offsets", async () => {
    const { store } = await newStore(dynamo);
    // Curly quotes and a glued word: the normalised text differs from the text as posted.
    const posted = `${STORY}\n\nThe film\u2019s crew called Bergen \u201cunforgettable\u201d.`;
    const { article } = await ingest(store, posted);
    const text = await store.articleText(article.id);
    expect(text).not.toBeNull();
    expect(text).not.toBe(posted);
    const { facts } = (await store.getArticleWithFacts(article.id)) ?? { facts: [] };
    const evidence = facts.flatMap((f) => f.evidence);
    expect(evidence.length).toBeGreaterThan(5);
    for (const e of evidence) expect(text?.slice(e.start, e.end)).toBe(e.quote);
    expect(await store.articleText("f".repeat(32))).toBeNull();
  });

  it("lists films most recently updated first, and articles newest first by status", async () => {
    let clock = Date.parse("2026-03-01T00:00:00Z");
    const tick = () => {
      clock += 60_000;
      return new Date(clock);
    };
    const { store } = await newStore(dynamo, { now: tick });
    const first = await ingest(store, STORY);
    const second = await ingest(
      store,
      "Harbour Lights\n\nThe drama Harbour Lights, directed by Ola Dahl, opens in May 2026.",
    );
    const empty = await ingest(store, "Weather\n\nRain is expected across the north on Tuesday.");
    const films = await store.recentFilms({ limit: 10 });
    expect(films.items.map((f) => f.id)).toEqual([...second.filmIds, ...first.filmIds]);
    expect(films.items[0]).toMatchObject({ title: "Harbour Lights", aliases: [] });
    // A later article about the first film makes it the most recently updated again.
    await ingest(store, "Night Ferry news\n\nNight Ferry, directed by Ana Ruiz, adds Ivo Lund to its cast.");
    expect((await store.recentFilms({ limit: 1 })).items.map((f) => f.id)).toEqual(["night-ferry"]);
    const page1 = await store.listArticles({ limit: 2 });
    expect(page1.items.map((a) => a.status.state)).toEqual(["ingested", "no-films"]);
    const page2 = await store.listArticles({ limit: 2, cursor: page1.nextCursor ?? undefined });
    expect(page2.items.map((a) => a.id)).toEqual([second.article.id, first.article.id]);
    expect((await store.listArticles({ limit: 10, status: "no-films" })).items.map((a) => a.id)).toEqual([
      empty.article.id,
    ]);
    expect((await store.listArticles({ limit: 10, status: "failed" })).items).toEqual([]);
  });

  it("answers as the knowledge base stood on a date, and keeps superseded dates off the calendar", async () => {
    const { store } = await newStore(dynamo, { now: () => new Date("2026-04-30T12:00:00Z") });
    const report = (text: string, publishedAt: string | null, date: string, region: string) =>
      store.saveExtraction({
        result: buildExtraction(
          text,
          [
            {
              film: "Harbour Lights",
              predicate: "release",
              value: { date, region, medium: "theatrical", platform: null },
              quote: text.slice(text.indexOf("opens")),
            },
          ],
          { publishedAt },
        ),
        raw: { format: "text", text },
        sources: [{ kind: "cli", path: `${date}.txt` }],
      });
    const first = await report(
      "Harbour Lights opens in Britain on 6 March.",
      "2026-01-10",
      "2026-03-06",
      "GB",
    );
    const moved = await report(
      "Harbour Lights now opens in Britain on 1 May.",
      "2026-02-14",
      "2026-05-01",
      "GB",
    );
    const undated = await report("Harbour Lights opens in America on 12 June.", null, "2026-06-12", "US");

    const now = (await store.getFilm("harbour-lights"))?.film.releases;
    expect(now?.current.map((r) => [r.date, r.articleId])).toEqual([
      ["2026-05-01", moved.article.id],
      ["2026-06-12", undated.article.id],
    ]);
    expect(now?.history.map((r) => [r.date, r.reportedAt, r.supersededBy?.articleId ?? null])).toEqual([
      ["2026-03-06", "2026-01-10", moved.article.id],
      ["2026-05-01", "2026-02-14", null],
      ["2026-06-12", null, null],
    ]);
    expect(now?.history[2]?.receivedAt).toBe("2026-04-30T12:00:00.000Z");

    // On 1 February only the first report was out; on 14 February (the whole day) the move too.
    const feb1 = await store.getFilmAsOf("harbour-lights", "2026-02-01");
    expect(feb1?.film.releases.current.map((r) => r.date)).toEqual(["2026-03-06"]);
    expect(feb1?.film.releases.history[0]?.supersededBy).toBeNull();
    expect(feb1?.film.counts.articles).toBe(1);
    const feb14 = await store.getFilmAsOf("harbour-lights", "2026-02-14");
    expect(feb14?.film.releases.current.map((r) => r.date)).toEqual(["2026-05-01"]);
    expect(await store.getFilmAsOf("harbour-lights", "2026-01-09")).toBeNull();
    expect(await store.getFilmAsOf("no-such-film", "2026-02-01")).toBeNull();

    const calendar = await store.releaseCalendar({ from: "2026-01", to: "2026-12", limit: 50 });
    expect(calendar.items.map((e) => [e.date, e.region, e.reportedAt, e.receivedAt])).toEqual([
      ["2026-05-01", "GB", "2026-02-14", "2026-04-30T12:00:00.000Z"],
      ["2026-06-12", "US", null, "2026-04-30T12:00:00.000Z"],
    ]);
    expect(first.filmIds).toEqual(["harbour-lights"]);
  });

  it("replaces an article's facts when it is reprocessed", async () => {
    const { store } = await newStore(dynamo);
    const { article } = await ingest(store, STORY);
    const outcome = await store.reprocess(article.id, (input) => {
      const result = extract(input);
      // An extractor that no longer finds the cast: its old cast facts must go.
      return { ...result, facts: result.facts.filter((f) => f.predicate !== "cast") };
    });
    expect(outcome?.filmIds).toEqual(["night-ferry"]);
    const film = (await store.getFilm("night-ferry"))?.film;
    expect(film?.cast).toEqual([]);
    expect(film?.directors).toHaveLength(1);
    expect(await store.getPerson("lena-vik")).toMatchObject({ credits: [] });
  });

  it("takes back an article's facts, mentions and projections when it is discarded", async () => {
    const { store } = await newStore(dynamo);
    const kept = await ingest(store, "The thriller Night Ferry, directed by Ana Ruiz, stars Tomas Berg.");
    const { article } = await ingest(store, STORY);
    await store.discardArticleFacts(article.id);
    const film = (await store.getFilm("night-ferry"))?.film;
    expect(film?.counts.articles).toBe(1);
    expect(film?.cast.map((c) => c.value.person.name)).toEqual(["Tomas Berg"]);
    expect((await store.filmArticles("night-ferry", { limit: 10 })).items.map((a) => a.id)).toEqual([
      kept.article.id,
    ]);
    expect(await store.getPerson("lena-vik")).toMatchObject({ credits: [] });
    expect((await store.releaseCalendar({ from: "2026", to: "2026", limit: 10 })).items).toEqual([]);
    expect((await store.getArticleWithFacts(article.id))?.facts).toEqual([]);
  });

  it("keeps a film of 5,000 cast facts to one bounded view, every fact still paginated", async () => {
    const { store, tableName } = await newStore(dynamo);
    const base = extract({ format: "text", text: "The thriller Night Ferry stars Lena Vik." });
    const template = base.facts.find((f) => f.predicate === "cast");
    if (!template) throw new Error("no cast fact to copy");
    const cast = Array.from({ length: 5000 }, (_, i) => ({
      ...template,
      value: { name: `Player Number${i}son`, character: `Sailor ${i}` },
    }));
    await store.saveExtraction({
      result: { ...base, facts: [...base.facts.filter((f) => f.predicate !== "cast"), ...cast] },
      raw: { format: "text", text: "The thriller Night Ferry stars Lena Vik." },
      sources: [{ kind: "cli", path: "crowd" }],
    });
    const film = (await store.getFilm("night-ferry"))?.film;
    expect(film?.cast).toHaveLength(200);
    expect(film?.truncated).toEqual({ cast: 5000 });
    expect(film?.counts.facts).toBeGreaterThan(5000);
    const item = await dynamo.client.send(
      new GetItemCommand({ TableName: tableName, Key: { pk: { S: "FILM#night-ferry" }, sk: { S: "VIEW" } } }),
    );
    expect(JSON.stringify(item.Item).length).toBeLessThan(400_000);
    // Every fact is still there, a page at a time.
    let cursor: string | undefined;
    let seen = 0;
    do {
      const page = await store.filmFacts("night-ferry", { predicate: "cast", limit: 100, cursor });
      seen += page.items.length;
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toBe(5000);
    // A later article about the film still saves.
    await ingest(store, "The thriller Night Ferry is directed by Ana Ruiz.");
    expect((await store.getFilm("night-ferry"))?.film.directors.map((d) => d.value.name)).toEqual([
      "Ana Ruiz",
    ]);
  });

  it("reports a malformed item instead of returning it", async () => {
    const { store, tableName, corrupt } = await newStore(dynamo);
    await ingest(store, STORY);
    await dynamo.client.send(
      new PutItemCommand({
        TableName: tableName,
        Item: {
          pk: { S: "FILM#night-ferry" },
          sk: { S: "FACT#director#bad#x" },
          type: { S: "fact" },
          confidence: { S: "high" },
        },
      }),
    );
    const facts = await store.filmFacts("night-ferry", { predicate: "director", limit: 10 });
    expect(facts.items).toHaveLength(1);
    expect(corrupt.map((e) => e.key.sk)).toEqual(["FACT#director#bad#x"]);
    await dynamo.client.send(
      new PutItemCommand({
        TableName: tableName,
        Item: { pk: { S: "FILM#broken" }, sk: { S: "VIEW" }, type: { S: "view" } },
      }),
    );
    await expect(store.getFilm("broken")).rejects.toThrow(/does not match its schema/);
  });

  it("spends one request per read", async () => {
    const { store, requests } = await newStore(dynamo);
    const { article } = await ingest(store, STORY);
    const reads: [string, () => Promise<unknown>][] = [
      ["getFilm", () => store.getFilm("night-ferry")],
      ["searchFilms", () => store.searchFilms("night", { limit: 10 })],
      ["filmFacts", () => store.filmFacts("night-ferry", { limit: 10 })],
      ["filmArticles", () => store.filmArticles("night-ferry", { limit: 10 })],
      ["getPerson", () => store.getPerson("ana-ruiz")],
      ["filmsByPerson", () => store.filmsByPerson("ana-ruiz", { limit: 10 })],
      ["releaseCalendar", () => store.releaseCalendar({ from: "2026", to: "2026", limit: 10 })],
    ];
    for (const [name, read] of reads) {
      requests.reset();
      await read();
      expect([name, requests.total()]).toEqual([name, 1]);
    }
    // An article and a page of its facts: two Queries, sent together (the article lives in its
    // own partition, its facts in its films').
    requests.reset();
    await store.getArticleWithFacts(article.id, { limit: 10 });
    expect(requests.total()).toBe(2);
  });

  it("serves an article's facts a page at a time", async () => {
    const { store } = await newStore(dynamo);
    const { article } = await ingest(store, STORY);
    const total = article.status.state === "ingested" ? article.status.facts : 0;
    expect(total).toBeGreaterThan(5);
    const first = await store.getArticleWithFacts(article.id, { limit: 5 });
    expect(first?.facts).toHaveLength(5);
    expect(first?.article.id).toBe(article.id);
    const facts = [...(first?.facts ?? [])];
    for (let cursor = first?.nextCursor; cursor; ) {
      const page = await store.getArticleWithFacts(article.id, { limit: 5, cursor });
      facts.push(...(page?.facts ?? []));
      cursor = page?.nextCursor;
    }
    expect(facts).toHaveLength(total);
    expect(new Set(facts.map((f) => JSON.stringify(f))).size).toBe(total);
  });
});
