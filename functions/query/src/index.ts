/**
 * @module @filmkb/query-function
 * The query API's app, for the local server and tests. The Lambda entry is `lambda.ts`.
 */
export { createQueryApp, type QueryDeps } from "./app.ts";
export { loadConfig, type QueryConfig } from "./config.ts";
