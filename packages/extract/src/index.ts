/**
 * @module @filmkb/extract
 * Entertainment-news article in, film facts with evidence out. Pure: no network, no AWS, no files.
 */
export { ExtractionBudgetExceeded } from "./budget.ts";
export { type ExtractInput, type ExtractOptions, extract } from "./extract.ts";
export { EXTRACTOR_VERSION } from "./version.ts";
