/** Extraction stopped because it ran past its time budget: permanent for that article. */
export class ExtractionBudgetExceeded extends Error {
  override name = "ExtractionBudgetExceeded";
  constructor(
    readonly budgetMs: number,
    readonly stage: string,
  ) {
    super(`extraction ran past its budget of ${budgetMs} ms (stopped while ${stage})`);
  }
}

/**
 * A cooperative deadline for one extraction. The pipeline calls `check` between its stages and
 * `tick` inside its long loops, so an extraction that runs past its budget stops soon after,
 * throwing `ExtractionBudgetExceeded`. Cooperative rather than a worker thread: no thread to
 * start per article, and every stage is linear, so the overrun is at most one step of a loop.
 */
export class Budget {
  private readonly deadline: number;
  private ticks = 0;

  constructor(
    readonly budgetMs: number,
    /** Milliseconds from any fixed origin; injectable so tests need no real time. */
    private readonly clock: () => number = () => performance.now(),
  ) {
    this.deadline = clock() + budgetMs;
  }

  /** Throws once the budget is spent; `stage` says where, for the article's failure reason. */
  check(stage: string): void {
    if (this.clock() >= this.deadline) throw new ExtractionBudgetExceeded(this.budgetMs, stage);
  }

  /** For tight loops: reads the clock on every 64th call only. */
  tick(stage: string): void {
    if ((++this.ticks & 63) === 0) this.check(stage);
  }
}

/** No limit: what `extract` uses when given no budget. */
export const UNLIMITED = new Budget(Number.POSITIVE_INFINITY);
