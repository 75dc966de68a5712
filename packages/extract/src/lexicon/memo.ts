import { normaliseName as normaliseNameOnce } from "@filmkb/schema";

/**
 * Memoises a pure function of a string. Articles repeat the same names many times; the cache
 * is bounded so a long-lived process does not grow without limit.
 */
export function memoByString<T>(fn: (key: string) => T, limit = 20_000): (key: string) => T {
  const cache = new Map<string, T>();
  return (key: string) => {
    const hit = cache.get(key);
    if (hit !== undefined || cache.has(key)) return hit as T;
    if (cache.size >= limit) cache.clear();
    const value = fn(key);
    cache.set(key, value);
    return value;
  };
}

/** The schema's name normalisation, remembered: an article asks it about the same names often. */
export const normaliseName = memoByString(normaliseNameOnce);
