import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Readable } from "node:stream";
import { extract } from "@filmkb/extract";
import { recreateTable, startLocalDynamo } from "@filmkb/local";
import { createTableInput } from "@filmkb/store";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../src/index.ts";
import { serveLocal } from "../src/serve.ts";
import { LOCAL_TABLE } from "../src/stack/local-stack.ts";

const examples = join(import.meta.dirname, "..", "..", "..", "examples");
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function serveLines(options: { examplesDir: string | null; dataDir?: string | null }) {
  const lines: string[] = [];
  const close = await serveLocal({
    port: 0,
    dataDir: options.dataDir ?? null,
    examplesDir: options.examplesDir,
    out: (l) => lines.push(l),
  });
  await close();
  return lines;
}

describe("filmkb serve, the first five minutes", () => {
  it("names a busy port and how to pick another, instead of a stack trace", async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const port = (blocker.address() as AddressInfo).port;
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    const err: string[] = [];
    stderr.on("data", (c) => err.push(String(c)));
    const code = await main(["serve", "--memory", "--no-examples", "--port", String(port)], {
      stdin: Readable.from([]),
      stdout,
      stderr,
    });
    await new Promise<void>((resolve) => blocker.close(() => resolve()));
    expect(code).toBe(1);
    expect(err.join("")).toContain(`port ${port} is already in use`);
    expect(err.join("")).toMatch(/--port .*PORT=/s);
    expect(err.join("")).not.toMatch(/EADDRINUSE|at .*\.ts:\d+/);
  });

  it("shows each step of the start and each sample article as it is ingested", async () => {
    const lines = await serveLines({ examplesDir: examples });
    const text = lines.join("\n");
    expect(text).toMatch(
      /starting DynamoDB.*\n.*starting S3.*\n.*API listening on http:\/\/127\.0\.0\.1:\d+/,
    );
    expect(text).toMatch(/ingesting 3 sample articles/);
    expect(lines.filter((l) => /^\s+\S+\.(md|html|txt)\s+ingested\s/.test(l))).toHaveLength(3);
    // The long sample names every film the extractor finds in it, though its facts fill two pages.
    const { films } = extract({
      format: "text",
      text: readFileSync(join(examples, "the-long-night-2.txt"), "utf8"),
    });
    const line = lines.find((l) => l.includes("the-long-night-2.txt")) ?? "";
    expect(
      line
        .replace(/^.*ingested\s+/, "")
        .split(", ")
        .sort(),
    ).toEqual(films.map((f) => f.id).sort());
    expect(text).toContain("/explore/films/the-long-night-2");
  });

  it("gives no hints about sample films with --no-examples", async () => {
    const text = (await serveLines({ examplesDir: null })).join("\n");
    expect(text).not.toMatch(/long-night|long%20|sample articles/);
    expect(text).toMatch(/curl '.*\/films'/);
  });

  it("rebuilds a data folder's table made by an older filmkb, ingesting its articles again", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "filmkb-data-"));
    dirs.push(dataDir);
    await serveLines({ examplesDir: examples, dataDir });
    // Replace the table by one without today's last index, as an older filmkb made it.
    const dynamo = await startLocalDynamo({ path: join(dataDir, "dynamo") });
    const old = createTableInput(LOCAL_TABLE);
    old.GlobalSecondaryIndexes = old.GlobalSecondaryIndexes?.filter((i) => i.IndexName !== "byStatus");
    await recreateTable(dynamo.client, old);
    await dynamo.close();

    const lines: string[] = [];
    const close = await serveLocal({ port: 0, dataDir, examplesDir: null, out: (l) => lines.push(l) });
    try {
      expect(lines.join("\n")).toMatch(/lacks index byStatus: rebuilding it/);
      const url = /API listening on (\S+)/.exec(lines.join("\n"))?.[1] ?? "";
      const res = await fetch(`${url}/articles?status=ingested`);
      expect(((await res.json()) as { items: unknown[] }).items).toHaveLength(3);
    } finally {
      await close();
    }
  });
});
