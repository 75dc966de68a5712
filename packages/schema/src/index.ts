/**
 * @module @filmkb/schema
 * The film domain as zod schemas. Types are inferred from the schemas, never written twice.
 */
export * from "./api.ts";
export * from "./article.ts";
export * from "./dates.ts";
export * from "./evidence.ts";
export * from "./extraction.ts";
export * from "./fact.ts";
export * from "./ids.ts";
export { lazily } from "./lazy.ts";
export {
  API_VERSION,
  createOpenApiDocument,
  honoPath,
  READ_OPERATIONS,
  type ReadOperation,
  type ReadOperationId,
  WRITE_OPERATIONS,
} from "./openapi.ts";
export { problemErrors } from "./problem.ts";
export * from "./views.ts";
