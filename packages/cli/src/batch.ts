import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import { extract } from "@filmkb/extract";
import { ArticleFormat } from "@filmkb/schema";
import * as z from "zod";

const BatchLine = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  format: ArticleFormat.default("text"),
  text: z.string(),
  publishedAt: z.string().nullish(),
});

/**
 * JSONL in, JSONL out: one `{"id","films",...}` line per input line, in order. A bad line
 * yields `{"id","error"}` and the batch goes on.
 */
export async function runBatch(input: Readable, output: Writable): Promise<{ ok: number; failed: number }> {
  let ok = 0;
  let failed = 0;
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    if (!line.trim()) continue;
    let id: string = `line-${lineNumber}`;
    try {
      const raw: unknown = JSON.parse(line);
      if (raw && typeof raw === "object" && "id" in raw) id = String((raw as { id: unknown }).id);
      const parsed = BatchLine.parse(raw);
      const result = extract({
        format: parsed.format,
        text: parsed.text,
        publishedAt: parsed.publishedAt ?? null,
      });
      output.write(
        `${JSON.stringify({ id: parsed.id, articleId: result.article.id, films: result.films, warnings: result.warnings })}\n`,
      );
      ok++;
    } catch (error) {
      const message =
        error instanceof z.ZodError
          ? z.prettifyError(error)
          : error instanceof Error
            ? error.message
            : String(error);
      output.write(`${JSON.stringify({ id, error: message.replace(/\s+/g, " ") })}\n`);
      failed++;
    }
  }
  return { ok, failed };
}
