import type * as z from "zod";
import type { Problem } from "./api.ts";

/** The value at `path` inside `input`, or undefined. */
function valueAt(input: unknown, path: PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/**
 * Turns a zod failure into the `errors` member of a problem: one entry per failing path. A
 * parameter that is missing altogether says "required" (given the input that was parsed),
 * not "expected string, received undefined".
 */
export function problemErrors(error: z.ZodError, input?: unknown): NonNullable<Problem["errors"]> {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join(".") || "(root)";
    const missing =
      input !== undefined && issue.code === "invalid_type" && valueAt(input, issue.path) === undefined;
    return { path, message: missing ? "required" : issue.message };
  });
}
