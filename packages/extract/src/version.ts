/**
 * Bump whenever extraction output changes: stored facts carry it, and reprocessing compares it.
 * `version.test.ts` fails when the fixtures' output changes under an unchanged version.
 */
export const EXTRACTOR_VERSION = "0.3.14";
