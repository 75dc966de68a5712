import type { MiddlewareHandler } from "hono";
import { secureHeaders } from "hono/secure-headers";
import { HttpProblem } from "./problem.ts";

type ContentSecurityPolicy = NonNullable<Parameters<typeof secureHeaders>[0]>["contentSecurityPolicy"];

/**
 * Pages load only from this origin: no inline script or style, no plugins, no framing. A page
 * that needs more (the API reference's data: images) extends it.
 */
export const STRICT_POLICY: ContentSecurityPolicy = {
  defaultSrc: ["'self'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  objectSrc: ["'none'"],
};

/**
 * The headers every answer carries, through hono's secure-headers middleware: `nosniff`, HSTS
 * (a year, subdomains included), no referrer, no framing, and a Content-Security-Policy
 * (harmless on JSON, what protects an HTML page). No Cross-Origin-Resource-Policy: the API is
 * public and read by other sites' scripts (CORS decides who may).
 */
export function securityHeaders(
  options: { contentSecurityPolicy?: ContentSecurityPolicy } = {},
): MiddlewareHandler {
  return secureHeaders({
    contentSecurityPolicy: options.contentSecurityPolicy ?? STRICT_POLICY,
    strictTransportSecurity: "max-age=31536000; includeSubDomains",
    crossOriginResourcePolicy: false,
    xFrameOptions: "DENY",
  });
}

/**
 * Refuses a write a browser sends on behalf of another site: an `Origin` other than the API's
 * own, or `Sec-Fetch-Site` other than same-origin. A form or a `text/plain` fetch needs no CORS
 * preflight, so without this any page a user visits could post articles to a local filmkb.
 * Clients that are not browsers send neither header and are not affected.
 */
export const refuseCrossOriginWrites: MiddlewareHandler = async (c, next) => {
  if (!["GET", "HEAD", "OPTIONS"].includes(c.req.method)) {
    const origin = c.req.header("origin");
    const site = c.req.header("sec-fetch-site");
    const own = new URL(c.req.url).origin;
    if (
      (origin !== undefined && origin !== own) ||
      (site !== undefined && site !== "same-origin" && site !== "none")
    )
      throw new HttpProblem(
        403,
        "cross-origin writes are refused: send the request from the API's own origin",
        {
          type: "cross-origin-write",
        },
      );
  }
  await next();
};

/**
 * Who may read the API from another site's page: anyone, GETs only. The query app answers with
 * it locally, and the CDK app configures API Gateway's CORS with the same, so OPTIONS behaves
 * the same deployed.
 */
export const CORS_POLICY = {
  origin: "*",
  allowMethods: ["GET", "HEAD", "OPTIONS"],
  exposeHeaders: ["ETag", "Location"],
  maxAge: 600,
};
