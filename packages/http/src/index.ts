/**
 * @module @filmkb/http
 * How filmkb answers over HTTP: problem details (RFC 9457), validation and cache headers.
 */
export { cachedJson } from "./etag.ts";
export {
  HttpProblem,
  notFoundHandler,
  PROBLEM_TYPE_BASE,
  problemErrorHandler,
  problemResponse,
  validate,
} from "./problem.ts";
export { CORS_POLICY, refuseCrossOriginWrites, STRICT_POLICY, securityHeaders } from "./security.ts";
