import type * as z from "zod";
import type { Problem } from "./api.ts";

/** Turns a zod failure into the `errors` member of a problem: one entry per failing path. */
export function problemErrors(error: z.ZodError): NonNullable<Problem["errors"]> {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join(".") || "(root)",
    message: issue.message,
  }));
}
