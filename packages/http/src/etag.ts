import { hash } from "node:crypto";
import type { Context } from "hono";

/**
 * A cacheable JSON answer: a strong ETag of the body, `Cache-Control`, and 304 when the
 * client's `If-None-Match` already holds it.
 */
export function cachedJson(c: Context, body: unknown, maxAge = 60): Response {
  const json = JSON.stringify(body);
  // One-shot hashing: a third of the cost of a Hash object for bodies of a few KiB, on every GET.
  const etag = `"${hash("sha256", json, "base64url").slice(0, 27)}"`;
  const headers = {
    etag,
    "cache-control": `public, max-age=${maxAge}, stale-while-revalidate=${maxAge * 5}`,
  };
  const match = c.req.header("if-none-match");
  if (match?.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag)) {
    return c.body(null, 304, headers);
  }
  return c.body(json, 200, { ...headers, "content-type": "application/json" });
}
