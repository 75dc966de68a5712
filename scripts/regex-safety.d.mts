/** Types for scripts/regex-safety.mjs (the check is plain JavaScript so lint runs it with node). */
export function superLinear(source: string, flags?: string): string[];
export function projectSources(root: string): string[];
export function patternsIn(file: string, text?: string): { line: number; source: string; flags: string }[];
export function findSuperLinear(
  root: string,
): { file: string; line: number; source: string; flags: string; types: string[] }[];
