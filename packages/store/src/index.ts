/**
 * @module @filmkb/store
 * The film knowledge base on one DynamoDB table. See ARCHITECTURE.md for the key design.
 */
export { ConflictError, CorruptItemError, InvalidCursorError, StoreError } from "./errors.ts";
export { countRequests } from "./metrics.ts";
export type { Page } from "./read.ts";
export type { SaveInput, SaveOutcome } from "./save.ts";
export { FilmStore, type FilmStoreOptions } from "./store.ts";
export { createTableInput, TABLE_DEFINITION } from "./table.ts";
export { computeFilmView, type StoredFact } from "./view.ts";
