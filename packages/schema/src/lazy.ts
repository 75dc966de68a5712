import * as z from "zod";

/**
 * A schema built the first time it is used (to parse, or inside another schema being built),
 * not when its module loads. Building zod schemas is most of this package's import time, and
 * a Lambda that imports the package for one route would pay at cold start for every schema of
 * every other route. Built once: `unwrap()` returns the same schema each time.
 */
export function lazily<T extends z.ZodType>(build: () => T): z.ZodLazy<T> {
  let built: T | undefined;
  return z.lazy(() => {
    built ??= build();
    return built;
  });
}
