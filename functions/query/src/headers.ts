import { STRICT_POLICY, securityHeaders as withPolicy } from "@filmkb/http";
import type { MiddlewareHandler } from "hono";

/**
 * Every response's security headers (@filmkb/http's: nosniff, HSTS, no framing …) with the
 * strict Content-Security-Policy: only this origin, no inline script or style, no plugins. The
 * API reference alone may also show `data:` images, which Swagger UI's stylesheet uses for its
 * icons.
 */
const strict = withPolicy();
const docs = withPolicy({ contentSecurityPolicy: { ...STRICT_POLICY, imgSrc: ["'self'", "data:"] } });

export const DOCS_PATH = "/docs";
/** Where the reference's files are served, `<prefix><swagger-ui version>/<file>`. */
export const SWAGGER_ASSETS = "/assets/swagger-ui-";

export const securityHeaders: MiddlewareHandler = (c, next) =>
  (c.req.path === DOCS_PATH ? docs : strict)(c, next);
