/**
 * The limits of ingestion, set together in one place (the CDK app reads them too). An article's
 * size bounds its extraction time, the budget stops an extraction that runs longer anyway, and
 * the function's timeout covers a whole batch of articles that each use their full budget — so
 * a slow article fails alone, with a reason, and never takes its batch down with it.
 */
export const INGEST_LIMITS = {
  /**
   * Largest accepted article. 1 MiB of news prose extracts in 2–4 s here, 1 MiB of nested
   * Markdown lists (the costliest shape) in 6–8 s (BENCHMARKS.md, "Extraction by length").
   */
  maxArticleBytes: 1_048_576,
  /**
   * One article's extraction; past it the article is marked `failed`. Twice the costliest
   * 1 MiB shape here, for a Lambda with less than one core and a noisy neighbour.
   */
  extractionBudgetMs: 20_000,
  /**
   * How far past its budget an extraction can run: the budget is read between steps, and the
   * longest step at 1 MiB (parsing a Markdown list, or finding names) took up to a few
   * seconds here (BENCHMARKS.md).
   */
  overrunAllowanceMs: 10_000,
  /** One article's reads and writes (S3 and DynamoDB, with their retries), generously. */
  ioAllowanceMs: 8_000,
  /** SQS records per invocation. */
  batchSize: 5,
  /** Deliveries before a message is given up (the article marked `failed`) and dead-lettered. */
  maxReceives: 3,
  /** How many times the sweeper sends a stuck article round again before failing it. */
  maxRedrives: 1,
  /** How often the sweeper runs (deployed; locally it runs at start). */
  sweepEveryMinutes: 10,
} as const;

/** The ingest function's timeout: a full batch at full budget, plus start-up. */
export const INGEST_TIMEOUT_SECONDS =
  Math.ceil(
    (INGEST_LIMITS.batchSize *
      (INGEST_LIMITS.extractionBudgetMs + INGEST_LIMITS.overrunAllowanceMs + INGEST_LIMITS.ioAllowanceMs)) /
      1000,
  ) + 10;

/** SQS hides a delivered message this long: six times the timeout, as Lambda's event source needs. */
export const QUEUE_VISIBILITY_SECONDS = 6 * INGEST_TIMEOUT_SECONDS;

/**
 * An article pending longer than this is stuck: every delivery the queue makes has had its
 * chance (each can take a visibility timeout), so nothing else will finish it.
 */
export const PENDING_LIMIT_MS =
  (INGEST_LIMITS.maxReceives * QUEUE_VISIBILITY_SECONDS + INGEST_TIMEOUT_SECONDS) * 1000;
