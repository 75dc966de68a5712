import { type Problem, problemErrors } from "@filmkb/schema";
import type { Context, ErrorHandler, NotFoundHandler } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type * as z from "zod";

export const PROBLEM_TYPE_BASE = "https://filmkb.dev/problems/";

const TITLES: Record<number, string> = {
  400: "Bad request",
  403: "Forbidden",
  404: "Not found",
  405: "Method not allowed",
  413: "Content too large",
  415: "Unsupported media type",
  429: "Too many requests",
  500: "Internal server error",
  503: "Service unavailable",
};

/**
 * An error that is an HTTP answer: thrown anywhere in a handler, turned into an
 * `application/problem+json` response by the one error handler.
 */
export class HttpProblem extends Error {
  override name = "HttpProblem";
  constructor(
    readonly status: ContentfulStatusCode,
    readonly detail: string,
    readonly extra: { type?: string; errors?: Problem["errors"]; headers?: Record<string, string> } = {},
  ) {
    super(detail);
  }

  toProblem(instance?: string): Problem {
    return {
      type: `${PROBLEM_TYPE_BASE}${this.extra.type ?? String(this.status)}`,
      title: TITLES[this.status] ?? "Error",
      status: this.status,
      detail: this.detail,
      ...(instance ? { instance } : {}),
      ...(this.extra.errors ? { errors: this.extra.errors } : {}),
    };
  }
}

export function problemResponse(c: Context, problem: HttpProblem): Response {
  const body = problem.toProblem(new URL(c.req.url).pathname);
  return c.body(JSON.stringify(body), problem.status, {
    "content-type": "application/problem+json",
    "cache-control": "no-store",
    ...problem.extra.headers,
  });
}

/** Parses input with a schema; a failure is a 400 naming each failing parameter. */
export function validate<T extends z.ZodType>(schema: T, input: unknown, what: string): z.infer<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const errors = problemErrors(result.error, input);
  throw new HttpProblem(400, `invalid ${what}: ${errors.map((e) => `${e.path}: ${e.message}`).join("; ")}`, {
    type: "invalid-request",
    errors,
  });
}

/**
 * The one place errors become responses: an HttpProblem says what it is; anything else is
 * logged and answered with a generic 500 that discloses nothing internal.
 */
export function problemErrorHandler(log: (message: string, error: unknown) => void): ErrorHandler {
  return (error, c) => {
    if (error instanceof HttpProblem) return problemResponse(c, error);
    log("unhandled error", error);
    return problemResponse(c, new HttpProblem(500, "the request could not be completed"));
  };
}

export const notFoundHandler: NotFoundHandler = (c) =>
  problemResponse(c, new HttpProblem(404, `no route for ${c.req.method} ${new URL(c.req.url).pathname}`));
