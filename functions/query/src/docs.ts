import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import type { Context } from "hono";

/**
 * The API reference: Swagger UI (swagger-ui-dist) rendering /openapi.json, with every asset
 * served by filmkb itself, so it works offline and under a same-origin CSP. Deployed, the CDK
 * app copies the two files next to the bundle (`swagger-ui/`); locally they are read from
 * node_modules. Files are read, and compressed, on first request only.
 */
export const SWAGGER_FILES = ["swagger-ui-bundle.js", "swagger-ui.css"] as const;
type SwaggerFile = (typeof SWAGGER_FILES)[number];

function swaggerDir(): string {
  // Beside the bundle's index.mjs; this code may sit in it or in a chunk one folder down.
  const here = dirname(fileURLToPath(import.meta.url));
  for (const dir of [join(here, "swagger-ui"), join(here, "..", "swagger-ui")])
    if (existsSync(join(dir, SWAGGER_FILES[0]))) return dir;
  return dirname(createRequire(import.meta.url).resolve("swagger-ui-dist/package.json"));
}

const TYPES: Record<string, string> = {
  js: "text/javascript; charset=utf-8",
  css: "text/css; charset=utf-8",
};

/** Our own start-up script: no inline script, so the CSP needs no exception for it. */
const INIT = `window.addEventListener("load", function () {
  window.ui = SwaggerUIBundle({
    url: "/openapi.json",
    dom_id: "#reference",
    deepLinking: true,
    validatorUrl: null,
    defaultModelsExpandDepth: 1,
    defaultModelExpandDepth: 2,
    docExpansion: "list",
    displayRequestDuration: true,
    tryItOutEnabled: false,
    supportedSubmitMethods: ["get", "head"]
  });
});
`;

const DOCS_CSS = `body{margin:0;background:#fafafa;font-family:system-ui,sans-serif}
.top{background:#14213d;color:#fff;padding:.6rem 1rem;display:flex;gap:1.25rem;align-items:center;flex-wrap:wrap}
.top a{color:#fff}.top strong{font-size:1.15rem}
noscript p{max-width:50rem;margin:2rem auto;padding:0 1rem}`;

interface Asset {
  body: Buffer;
  gzip: Buffer;
  type: string;
}

/** The reference, its files served under `assets` (a path prefix) + Swagger UI's version. */
export function createDocs(assets: string, version: () => string) {
  let dir: string | undefined;
  const cache = new Map<string, Asset>();
  const asset = (name: string, text: () => string | Buffer, type: string): Asset => {
    let found = cache.get(name);
    if (!found) {
      const body = Buffer.from(text());
      found = { body, gzip: gzipSync(body), type };
      cache.set(name, found);
    }
    return found;
  };
  const send = (c: Context, a: Asset) => {
    const gzip = /\bgzip\b/.test(c.req.header("accept-encoding") ?? "");
    return c.body(new Uint8Array(gzip ? a.gzip : a.body), 200, {
      "content-type": a.type,
      "cache-control": "public, max-age=31536000, immutable",
      vary: "accept-encoding",
      ...(gzip ? { "content-encoding": "gzip" } : {}),
    });
  };
  const prefix = () => `${assets}${version()}`;

  return {
    /** `/assets/swagger-ui-<version>/<file>`, `/assets/docs-<version>.js` and `.css`. */
    serveAsset(c: Context, path: string): Response | null {
      if (path === `${prefix()}/init.js`)
        return send(
          c,
          asset("init", () => INIT, TYPES.js as string),
        );
      if (path === `${prefix()}/docs.css`)
        return send(
          c,
          asset("docs.css", () => DOCS_CSS, TYPES.css as string),
        );
      const file = SWAGGER_FILES.find((f) => path === `${prefix()}/${f}`);
      if (!file) return null;
      const read = () => {
        dir ??= swaggerDir();
        return readFileSync(join(dir, file as SwaggerFile));
      };
      return send(c, asset(file, read, TYPES[file.split(".").pop() ?? ""] ?? "application/octet-stream"));
    },
    page(): string {
      const p = prefix();
      return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>filmkb API reference</title>
<link rel="stylesheet" href="${p}/swagger-ui.css">
<link rel="stylesheet" href="${p}/docs.css">
</head>
<body>
<div class="top"><strong>filmkb API</strong><a href="/">Explorer</a><a href="/openapi.json">openapi.json</a></div>
<noscript><p>This reference is drawn by a script. The API's description is the OpenAPI document at
<a href="/openapi.json">/openapi.json</a>; the data itself can be browsed without scripts in the <a href="/">explorer</a>.</p></noscript>
<div id="reference"></div>
<script src="${p}/swagger-ui-bundle.js"></script>
<script src="${p}/init.js"></script>
</body>
</html>`;
    },
  };
}

/** The installed Swagger UI's version, for cache-busting asset URLs. */
export function swaggerVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(join(swaggerDir(), "package.json"), "utf8")) as { version?: string };
    return pkg.version ?? "0";
  } catch {
    return "0";
  }
}
