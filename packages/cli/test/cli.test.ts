import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { main } from "../src/index.ts";

async function run(argv: string[], stdin = "") {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on("data", (c) => out.push(String(c)));
  stderr.on("data", (c) => err.push(String(c)));
  const code = await main(argv, { stdin: Readable.from([stdin]), stdout, stderr });
  return { code, stdout: out.join(""), stderr: err.join("") };
}

const ARTICLE = "The comedy Paper Kites, directed by Nora Vale, stars Idris Hamm and Lou Barnes.";

describe("filmkb extract --batch", () => {
  it("writes one line per article, in order, and an error line for a bad one", async () => {
    const input = [
      JSON.stringify({ id: "a", format: "text", text: ARTICLE }),
      "{not json",
      JSON.stringify({ id: "c", format: "pdf", text: "x" }),
      JSON.stringify({ id: 4, text: ARTICLE }),
    ].join("\n");
    const { code, stdout } = await run(["extract", "--batch"], `${input}\n`);
    const lines = stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(["a", "line-2", "c", "4"]);
    expect(lines[0].films[0]).toMatchObject({ title: "Paper Kites", directors: ["Nora Vale"] });
    expect(lines[1].error).toMatch(/JSON/);
    expect(lines[2].error).toMatch(/format/);
    expect(lines[3].films).toHaveLength(1);
    expect(code).toBe(1);
  });
});

describe("filmkb extract FILE", () => {
  const dir = mkdtempSync(join(tmpdir(), "filmkb-cli-"));
  const file = join(dir, "story.txt");
  writeFileSync(file, ARTICLE);

  it("prints a readable summary", async () => {
    const { code, stdout } = await run(["extract", file]);
    expect(code).toBe(0);
    expect(stdout).toContain("Paper Kites");
    expect(stdout).toMatch(/directed by Nora Vale/);
    expect(stdout).toMatch(/cast\s+Idris Hamm, Lou Barnes/);
  });

  it("prints the full ExtractionResult with --json", async () => {
    const { stdout } = await run(["extract", "--json", file]);
    const result = JSON.parse(stdout);
    expect(result.article.text).toBe(ARTICLE);
    expect(result.facts.length).toBeGreaterThan(0);
  });

  it("reports a missing file and usage errors with a non-zero exit", async () => {
    expect((await run(["extract", join(dir, "missing.txt")])).code).toBe(1);
    expect((await run(["extract"])).code).toBe(2);
    expect((await run(["frobnicate"])).stderr).toMatch(/unknown command/);
    expect((await run(["extract", "--format", "pdf", file])).stderr).toMatch(/--format/);
    expect((await run(["--help"])).code).toBe(0);
  });
});
