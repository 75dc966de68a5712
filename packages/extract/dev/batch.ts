// Dev runner: the eval's batch contract over the next pipeline.
import { createInterface } from "node:readline";
import { extract } from "../src/extract.ts";

const rl = createInterface({ input: process.stdin });
for await (const line of rl) {
  if (!line.trim()) continue;
  const input = JSON.parse(line);
  try {
    const r = extract({
      id: undefined,
      format: input.format,
      text: input.text,
      publishedAt: input.publishedAt ?? null,
    });
    process.stdout.write(`${JSON.stringify({ id: input.id, films: r.films })}\n`);
  } catch (e) {
    process.stderr.write(`${input.id}: ${(e as Error).stack}\n`);
    process.stdout.write(`${JSON.stringify({ id: input.id, films: [] })}\n`);
  }
}
