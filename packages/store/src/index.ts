/**
 * @module @filmkb/store
 * The film knowledge base on one DynamoDB table. See ARCHITECTURE.md for the key design.
 */

export type { StoreHooks } from "./context.ts";
export { ConflictError, CorruptItemError, InvalidCursorError, StoreError } from "./errors.ts";
export { countRequests } from "./metrics.ts";
export type { PendingArticle } from "./pending.ts";
export type { Page } from "./read.ts";
export type { Extractor, SaveInput, SaveOutcome, TextLoader } from "./save.ts";
export { FilmStore, type FilmStoreOptions } from "./store.ts";
export { createTableInput, TABLE_DEFINITION } from "./table.ts";
export { computeFilmView, type StoredFact, viewKey } from "./view.ts";
