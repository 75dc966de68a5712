/** What the function logs through: Powertools' Logger has this method. */
export interface ErrorLogger {
  error(message: string, attributes: Record<string, unknown>): void;
}

/**
 * The query function's log, whose logger is loaded by the first line: the function logs only
 * when something goes wrong (an unexpected error, a corrupt item), so a cold start that serves
 * requests never reads the logger's code. Until it has loaded, lines wait for it in order;
 * `flush()` waits for them, and the handler calls it before it returns, because Lambda freezes
 * the process then and a line still waiting would be lost.
 */
export function lazyErrorLog(load: () => Promise<ErrorLogger>) {
  let loaded: ErrorLogger | undefined;
  let loading: Promise<void> | undefined;
  const waiting: [string, Record<string, unknown>][] = [];
  return {
    error(message: string, attributes: Record<string, unknown>): void {
      if (loaded) {
        loaded.error(message, attributes);
        return;
      }
      waiting.push([message, attributes]);
      loading ??= load().then(
        (logger) => {
          loaded = logger;
          for (const [m, a] of waiting.splice(0)) logger.error(m, a);
        },
        (error: unknown) => {
          // Without its logger the function still says what went wrong, on stderr.
          for (const [m, a] of waiting.splice(0)) console.error(m, a, "(logger failed to load:", error, ")");
          loading = undefined;
        },
      );
    },
    /** Resolves once every line logged so far is written. */
    flush: (): Promise<void> => loading ?? Promise.resolve(),
  };
}

/** A handler that returns only once what it logged is written. */
export function flushingLog<A extends unknown[], R>(
  handler: (...args: A) => Promise<R>,
  log: { flush(): Promise<void> },
): (...args: A) => Promise<R> {
  return async (...args) => {
    try {
      return await handler(...args);
    } finally {
      await log.flush();
    }
  };
}
