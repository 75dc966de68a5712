import type { MiddlewareHandler } from "hono";
import { secureHeaders } from "hono/secure-headers";

/**
 * Every response's security headers, in one place (hono's secureHeaders: nosniff, HSTS,
 * Referrer-Policy, frame options …) with a strict Content-Security-Policy: only this origin,
 * no inline script or style, no plugins, no framing. The API reference alone may also show
 * `data:` images, which Swagger UI's stylesheet uses for its icons.
 */
const base = {
  defaultSrc: ["'self'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  objectSrc: ["'none'"],
};
const options = { crossOriginResourcePolicy: false, xFrameOptions: "DENY" } as const;
const strict = secureHeaders({ ...options, contentSecurityPolicy: base });
const docs = secureHeaders({ ...options, contentSecurityPolicy: { ...base, imgSrc: ["'self'", "data:"] } });

export const DOCS_PATH = "/docs";

export const securityHeaders: MiddlewareHandler = (c, next) =>
  (c.req.path === DOCS_PATH ? docs : strict)(c, next);
