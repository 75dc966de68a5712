import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const queryPackage = fileURLToPath(new URL("../../functions/query/package.json", import.meta.url));

/** The Swagger UI files the query function serves at /docs, from the version it depends on. */
export function swaggerUiFiles(): string[] {
  const dir = dirname(createRequire(queryPackage).resolve("swagger-ui-dist/package.json"));
  return ["swagger-ui-bundle.js", "swagger-ui.css", "package.json"].map((f) => join(dir, f));
}
