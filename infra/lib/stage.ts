/** What differs between a developer's stack and production. */
export interface StageSettings {
  name: "dev" | "prod";
  /** Keep the table and the bucket when the stack is deleted, and protect the table. */
  retainData: boolean;
  logRetentionDays: 7 | 30 | 90 | 365;
  /** Steady-state requests per second and burst for the whole API. */
  throttle: { rateLimit: number; burstLimit: number };
  /**
   * Concurrent executions reserved for each function (a runaway one cannot starve the account,
   * nor be starved), and how many of ingest's the queue may use (the rest serve POST /articles
   * and the sweeper). The account needs more than 100 unreserved beyond these.
   */
  concurrency: { ingest: number; ingestFromQueue: number; query: number };
}

export const STAGES: Record<StageSettings["name"], StageSettings> = {
  dev: {
    name: "dev",
    retainData: false,
    logRetentionDays: 7,
    throttle: { rateLimit: 20, burstLimit: 40 },
    concurrency: { ingest: 4, ingestFromQueue: 2, query: 10 },
  },
  prod: {
    name: "prod",
    retainData: true,
    logRetentionDays: 90,
    throttle: { rateLimit: 200, burstLimit: 400 },
    concurrency: { ingest: 10, ingestFromQueue: 6, query: 50 },
  },
};

export function stageSettings(name: unknown): StageSettings {
  if (name === "dev" || name === "prod") return STAGES[name];
  throw new Error(`unknown stage "${String(name)}": pass -c stage=dev or -c stage=prod`);
}
