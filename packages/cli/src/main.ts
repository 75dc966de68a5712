import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { parseArgs } from "node:util";
import { extract } from "@filmkb/extract";
import type { ArticleFormat } from "@filmkb/schema";
import { runBatch } from "./batch.ts";
import type { Io } from "./io.ts";
import { summarise } from "./summary.ts";

const DEFAULT_API = "http://127.0.0.1:3000";

export type { Io } from "./io.ts";

const USAGE = `filmkb — film facts from news articles

Usage:
  filmkb extract FILE...            summary of each article's films
  filmkb extract --json FILE...     the full ExtractionResult of each, one JSON document per line
  filmkb extract --batch            JSONL {"id","format","text","publishedAt"?} on stdin → {"id","films"} per line
  filmkb serve                      run the whole system locally, with the sample articles
  filmkb ingest FILE...             send articles to a running filmkb (POST /articles) and wait for them
  filmkb reprocess                  re-extract every stored article with the current extractor (local stack)
  filmkb --help

Options:
  --format text|html|markdown       override the format guessed from the file extension
  --published-at DATE               extract, ingest: the publication date (2026-03-02), for relative
                                    dates ("on Friday") and for ordering release reports
  --port N                          serve: the API's port (default $PORT, else 3000)
  --memory                          serve: keep data in memory instead of .data/
  --no-examples                     serve: start empty
  --api URL                         ingest, reprocess: the running API (default http://127.0.0.1:3000)
`;

const FORMATS: Record<string, ArticleFormat> = {
  ".html": "html",
  ".htm": "html",
  ".md": "markdown",
  ".markdown": "markdown",
};

/** The CLI: returns the process exit code instead of exiting, so tests can call it. */
export async function main(argv: string[], io: Io): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    io.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...files] = positionals;
  if (values.help || !command) {
    io.stdout.write(USAGE);
    return values.help ? 0 : 2;
  }
  if (command === "serve") {
    // Lambda-style JSON logs are for CloudWatch; locally only warnings and errors are shown.
    process.env.POWERTOOLS_LOG_LEVEL ??= "WARN";
    process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
    // Loaded on demand: extracting never pays for the AWS SDK and the servers.
    const { findExamples, serveLocal } = await import("./serve.ts");
    const { PortInUseError } = await import("./stack/local-stack.ts");
    const port = Number(values.port ?? process.env.PORT ?? 3000);
    if (!Number.isInteger(port) || port < 0 || port > 65_535) {
      io.stderr.write(`--port must be a port number (0–65535), not "${values.port ?? process.env.PORT}"\n`);
      return 2;
    }
    let close: () => Promise<void>;
    try {
      close = await serveLocal({
        port,
        dataDir: values.memory ? null : ".data",
        examplesDir: values["no-examples"] ? null : findExamples(),
        out: (line) => io.stdout.write(`${line}\n`),
      });
    } catch (error) {
      if (!(error instanceof PortInUseError)) throw error;
      io.stderr.write(
        `filmkb: port ${error.port} is already in use (another filmkb serve?).\n` +
          `Pick another with --port, e.g. "npx filmkb serve --port ${error.port + 1}", or PORT=${error.port + 1} npm start.\n`,
      );
      return 1;
    }
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    });
    io.stdout.write("\nstopping…\n");
    await close();
    return 0;
  }
  if (command === "ingest")
    return (await import("./remote.ts")).ingestFiles(
      files,
      values.api ?? DEFAULT_API,
      io,
      values["published-at"] ?? null,
    );
  if (command === "reprocess")
    return (await import("./remote.ts")).reprocessAll(values.api ?? DEFAULT_API, io);
  if (command !== "extract") {
    io.stderr.write(`unknown command "${command}"\n\n${USAGE}`);
    return 2;
  }
  if (values.batch) {
    const { failed } = await runBatch(io.stdin, io.stdout);
    return failed > 0 ? 1 : 0;
  }
  if (files.length === 0) {
    io.stderr.write(`extract needs at least one FILE (or --batch)\n\n${USAGE}`);
    return 2;
  }
  let status = 0;
  for (const file of files) {
    try {
      const text = await readFile(file, "utf8");
      const format =
        (values.format as ArticleFormat | undefined) ?? FORMATS[extname(file).toLowerCase()] ?? "text";
      const result = extract({ format, text, publishedAt: values["published-at"] ?? null });
      io.stdout.write(values.json ? `${JSON.stringify(result)}\n` : `${summarise(file, result)}\n\n`);
    } catch (error) {
      io.stderr.write(`${file}: ${error instanceof Error ? error.message : String(error)}\n`);
      status = 1;
    }
  }
  return status;
}

function parse(argv: string[]) {
  const result = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: "boolean", default: false },
      batch: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
      format: { type: "string" },
      "published-at": { type: "string" },
      port: { type: "string" },
      memory: { type: "boolean", default: false },
      "no-examples": { type: "boolean", default: false },
      api: { type: "string" },
    },
  });
  if (result.values.format && !["text", "html", "markdown"].includes(result.values.format)) {
    throw new Error(`--format must be text, html or markdown, not "${result.values.format}"`);
  }
  return result;
}
