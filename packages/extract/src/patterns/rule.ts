import { WORD_CLASSES } from "./classes.ts";
import {
  compilePattern,
  type Match,
  matchAt,
  type Pattern,
  requiredKeys,
  type SentenceUnits,
  startKeys,
  unitKey,
} from "./pattern.ts";
import type { Unit } from "./units.ts";

/** A sentence written for the project, and the facts a rule must read from it. */
export interface Example {
  text: string;
  /** How the text is written; plain text unless the example needs markup (italics). */
  format?: "text" | "markdown" | "html";
  /** Facts as `predicate value @ film` ("director Alexander Payne @ Sideways"), or `film Title`. */
  expect: string[];
}

/**
 * One way an article says something, as data: a pattern over the sentence's units, what a match
 * means (`emit`), how sure it is, and sentences that show it firing and not firing. Its `id`
 * travels with every fact it makes, so a wrong fact leads back to its rule.
 */
export interface Rule<Emit> {
  id: string;
  pattern: string;
  emit: Emit;
  confidence: number;
  examples: Example[];
  /** Sentences this rule must not fire on. */
  counterExamples: string[];
  /** A condition the pattern cannot state, over the match. */
  when?: (match: Match, sentence: SentenceUnits) => boolean;
}

export interface RuleMatch<Emit> {
  rule: Rule<Emit>;
  match: Match;
}

/**
 * An ordered table of rules. Order is precedence: with `claims`, a match that lies within the
 * words of an earlier rule's match is dropped, so a specific reading ("starring X as Y") hides
 * a general one ("starring X") of the same words. Matches that only share a name ("directed by
 * X, who directed Y") both stand.
 */
export class RuleTable<Emit> {
  private readonly compiled: Entry<Emit>[];
  private readonly byKey = new Map<string, Entry<Emit>[]>();
  /**
   * For each key, the requirements it meets, as `order * 32 + r`: the rule's place in the table
   * and the requirement's index (typed, since every sentence reads these for every key it has).
   */
  private readonly neededBy = new Map<string, Int32Array>();
  /** Per rule, every requirement met: a rule tries a sentence only when all of them are. */
  private readonly allMet: Uint32Array;

  constructor(
    readonly rules: readonly Rule<Emit>[],
    private readonly options: { claims: boolean } = { claims: false },
  ) {
    const ids = new Set<string>();
    this.compiled = rules.map((rule, order) => {
      if (ids.has(rule.id)) throw new Error(`duplicate rule id ${rule.id}`);
      ids.add(rule.id);
      return { rule, pattern: compilePattern(rule.pattern, WORD_CLASSES), order };
    });
    for (const entry of this.compiled)
      for (const key of startKeys(entry.pattern)) {
        const list = this.byKey.get(key) ?? [];
        list.push(entry);
        this.byKey.set(key, list);
      }
    this.allMet = new Uint32Array(this.compiled.length);
    const needs = new Map<string, number[]>();
    for (const { pattern, order } of this.compiled) {
      // A bit per requirement; past 32 the rest go unchecked (a weaker filter, never a wrong one).
      requiredKeys(pattern)
        .slice(0, 32)
        .forEach((keys, r) => {
          this.allMet[order] = ((this.allMet[order] ?? 0) | (1 << r)) >>> 0;
          for (const key of keys) {
            const list = needs.get(key) ?? [];
            list.push(order * 32 + r);
            needs.set(key, list);
          }
        });
    }
    for (const [key, list] of needs) this.neededBy.set(key, Int32Array.from(list));
  }

  /** Every rule's matches in a sentence, in table order, without two matches of one rule overlapping. */
  run(sentence: SentenceUnits): RuleMatch<Emit>[] {
    const found: { order: number; m: RuleMatch<Emit> }[] = [];
    const met = this.requirementsMet(sentence);
    const lastEnd = new Int32Array(this.compiled.length).fill(-1);
    const any = this.byKey.get("*") ?? NONE;
    const tryAt = (i: number, candidates: readonly Entry<Emit>[]) => {
      for (const { rule, pattern, order } of candidates) {
        if (met[order] !== this.allMet[order] || (lastEnd[order] ?? -1) > i) continue;
        const match = matchAt(pattern, sentence, i);
        if (!match || (rule.when && !rule.when(match, sentence))) continue;
        lastEnd[order] = match.end;
        found.push({ order, m: { rule, match } });
      }
    };
    sentence.units.forEach((unit: Unit, i) => {
      // The unit's own key, a sentence opener read as a word, then any unit. A rule filed under
      // two of them is tried again only where its first try failed: a match takes a unit.
      tryAt(i, this.byKey.get(unitKey(unit)) ?? NONE);
      if (unit.kind === "name" && unit.name.initialWord)
        tryAt(i, this.byKey.get(unit.name.text.toLowerCase()) ?? NONE);
      tryAt(i, any);
    });
    const ordered = found
      .sort((a, b) => a.order - b.order || a.m.match.start - b.m.match.start)
      .map((f) => f.m);
    return this.options.claims ? unclaimed(ordered, sentence.units.length) : ordered;
  }

  /** Per rule, the bits of its requirements that the sentence's keys meet. */
  private requirementsMet(sentence: SentenceUnits): Uint32Array {
    const met = new Uint32Array(this.compiled.length);
    for (const key of sentence.keys) {
      const needs = this.neededBy.get(key);
      if (!needs) continue;
      for (let k = 0; k < needs.length; k++) {
        const need = needs[k] ?? 0;
        met[need >>> 5] = ((met[need >>> 5] ?? 0) | (1 << (need & 31))) >>> 0;
      }
    }
    return met;
  }
}

interface Entry<Emit> {
  rule: Rule<Emit>;
  pattern: Pattern;
  order: number;
}

const NONE: readonly never[] = [];

/**
 * Matches in precedence order, each dropped when it lies within an earlier kept match. A kept
 * match marks, for each unit it covers, how far right the covering match reaches; a later match
 * is within one when all its units are covered and by a match that reaches its end.
 */
function unclaimed<Emit>(matches: RuleMatch<Emit>[], units: number): RuleMatch<Emit>[] {
  const coveredFrom = new Int32Array(units).fill(-1);
  const coveredTo = new Int32Array(units).fill(-1);
  const kept: RuleMatch<Emit>[] = [];
  for (const m of matches) {
    const { start, end } = m.match;
    const from = coveredFrom[start] ?? -1;
    const to = coveredTo[start] ?? -1;
    if (from >= 0 && from <= start && to >= end) continue;
    for (let u = start; u < end; u++) {
      if ((coveredTo[u] ?? -1) < end) {
        coveredFrom[u] = start;
        coveredTo[u] = end;
      }
    }
    kept.push(m);
  }
  return kept;
}
