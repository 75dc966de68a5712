/**
 * @module @filmkb/schema/testing
 * Factories and reference data for tests in every package. Not for production code.
 */

export { buildExtraction, type FactSpec } from "./extraction.ts";
export { makeArticle, makeEvidence, makeExtractedFilm, makeFact, SAMPLE_ARTICLE_ID } from "./factories.ts";
export { seedFilms } from "./seed-films.ts";
