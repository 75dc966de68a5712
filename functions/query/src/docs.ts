type Schemaish = { $ref?: string; type?: string | string[]; description?: string };
type Parameter = { name: string; in: string; required?: boolean; description?: string; schema?: Schemaish };
type Operation = {
  summary?: string;
  operationId?: string;
  parameters?: Parameter[];
  responses?: Record<string, { description?: string }>;
};
type Document = {
  info: { title: string; version: string; description?: string };
  paths?: Record<string, Record<string, Operation>>;
};

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The API reference as one self-contained HTML page, rendered from the OpenAPI document (no
 * script, no CDN): every operation with its parameters and responses.
 */
export function renderDocs(doc: Document): string {
  const operations = Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
    Object.entries(item).map(([method, op]) => ({ path, method: method.toUpperCase(), op })),
  );
  const section = ({ path, method, op }: (typeof operations)[number]) => `
  <section id="${escapeHtml(op.operationId ?? `${method}-${path}`)}">
    <h2><code>${method} ${escapeHtml(path)}</code></h2>
    <p>${escapeHtml(op.summary ?? "")}</p>
    ${
      op.parameters?.length
        ? `<table><tr><th>parameter</th><th>in</th><th>required</th><th>about</th></tr>${op.parameters
            .map(
              (p) =>
                `<tr><td><code>${escapeHtml(p.name)}</code></td><td>${escapeHtml(p.in)}</td><td>${p.required ? "yes" : "no"}</td><td>${escapeHtml(p.description ?? p.schema?.description ?? "")}</td></tr>`,
            )
            .join("")}</table>`
        : ""
    }
    <ul>${Object.entries(op.responses ?? {})
      .map(([status, r]) => `<li><code>${escapeHtml(status)}</code> ${escapeHtml(r.description ?? "")}</li>`)
      .join("")}</ul>
  </section>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(doc.info.title)} API ${escapeHtml(doc.info.version)}</title>
<style>
body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
code{font-family:ui-monospace,monospace}h2{font-size:1.1rem;margin-top:2rem;border-top:1px solid #ddd;padding-top:1rem}
table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:.25rem .5rem;text-align:left}
</style>
</head>
<body>
<h1>${escapeHtml(doc.info.title)} <small>${escapeHtml(doc.info.version)}</small></h1>
<p>${escapeHtml(doc.info.description ?? "")}</p>
<p>The machine-readable description is at <a href="openapi.json"><code>/openapi.json</code></a>. Errors are
<code>application/problem+json</code> (RFC 9457).</p>
<nav><ul>${operations.map(({ path, method, op }) => `<li><a href="#${escapeHtml(op.operationId ?? "")}"><code>${method} ${escapeHtml(path)}</code></a></li>`).join("")}</ul></nav>
${operations.map(section).join("\n")}
</body>
</html>`;
}
