import { WORD_CLASSES } from "./classes.ts";
import {
  compilePattern,
  keyNumber,
  type Match,
  matchAt,
  type Pattern,
  requiredKeys,
  type SentenceUnits,
  startKeys,
} from "./pattern.ts";

/** A sentence written for the project, and the facts a rule must read from it. */
export interface Example {
  text: string;
  /** How the text is written; plain text unless the example needs markup (italics). */
  format?: "text" | "markdown" | "html";
  /** When the article was published, for an example whose dates count from it ("next month"). */
  publishedAt?: string;
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
  /**
   * For each key, the requirements it meets. A requirement (the keys one element accepts, see
   * `requiredKeys`) is numbered once however many rules share it: `<PERSON>` or `@role` is one
   * entry, so a sentence marks each once.
   */
  private readonly meetersOf: (Int32Array | undefined)[] = [];
  /**
   * For each requirement, the rules (by order) it indexes: every rule is filed under one of its
   * requirements, the one least often met, and looked at only in sentences that meet it.
   */
  private readonly indexing: (Int32Array | undefined)[] = [];
  /** Scratch for `candidates`: the requirements the sentence's keys meet. */
  private readonly met: Uint8Array;

  constructor(
    readonly rules: readonly Rule<Emit>[],
    private readonly options: { claims: boolean } = { claims: false },
  ) {
    const ids = new Set<string>();
    const requirementIds = new Map<string, number>();
    const meeters = new Map<string, number[]>();
    const commonness: number[] = [];
    const requirementId = (keys: ReadonlySet<string>) => {
      const spelled = [...keys].sort().join(" ");
      let id = requirementIds.get(spelled);
      if (id === undefined) {
        id = requirementIds.size;
        requirementIds.set(spelled, id);
        commonness.push(commonnessOf(keys));
        for (const key of keys) {
          const list = meeters.get(key) ?? [];
          list.push(id);
          meeters.set(key, list);
        }
      }
      return id;
    };
    const indexing: number[][] = [];
    this.compiled = rules.map((rule, order) => {
      if (ids.has(rule.id)) throw new Error(`duplicate rule id ${rule.id}`);
      ids.add(rule.id);
      const pattern = compilePattern(rule.pattern, WORD_CLASSES);
      const needs = Int32Array.from(requiredKeys(pattern).map(requirementId));
      // compilePattern refuses a pattern that needs no unit: every rule has a requirement.
      const rarest = [...needs].sort((a, b) => (commonness[a] ?? 0) - (commonness[b] ?? 0) || a - b)[0] ?? 0;
      const filed = indexing[rarest];
      if (filed) filed.push(order);
      else indexing[rarest] = [order];
      return { rule, pattern, order, starts: startKeys(pattern), needs };
    });
    for (const [key, list] of meeters) this.meetersOf[keyNumber(key)] = Int32Array.from(list);
    this.indexing = Array.from({ length: requirementIds.size }, (_, id) => {
      const orders = indexing[id];
      return orders ? Int32Array.from(orders) : undefined;
    });
    this.met = new Uint8Array(requirementIds.size);
  }

  /**
   * Every rule's matches in a sentence, in table order, without two matches of one rule
   * overlapping: each rule the sentence can meet is tried, left to right, on the units its
   * pattern can open on.
   */
  run(sentence: SentenceUnits): RuleMatch<Emit>[] {
    const found: RuleMatch<Emit>[] = [];
    const length = sentence.units.length;
    for (const { rule, pattern, starts } of this.candidates(sentence)) {
      let from = 0;
      for (let i = 0; i < length; i++) {
        if (i < from || !sentence.mayOpen(i, starts)) continue;
        const match = matchAt(pattern, sentence, i);
        if (!match || (rule.when && !rule.when(match, sentence))) continue;
        found.push({ rule, match });
        from = match.end;
      }
    }
    return this.options.claims ? unclaimed(found, length) : found;
  }

  /** The rules, in table order, whose every requirement the sentence's keys meet. */
  private candidates(sentence: SentenceUnits): Entry<Emit>[] {
    const met = this.met.fill(0);
    const indexed: number[] = [];
    for (const key of sentence.keyNumbers()) {
      const requirements = this.meetersOf[key];
      if (!requirements) continue;
      for (let k = 0; k < requirements.length; k++) {
        const requirement = requirements[k] ?? 0;
        if (met[requirement] === 1) continue;
        met[requirement] = 1;
        const orders = this.indexing[requirement];
        if (orders) for (let r = 0; r < orders.length; r++) indexed.push(orders[r] ?? 0);
      }
    }
    const candidates: Entry<Emit>[] = [];
    for (const order of indexed.sort((a, b) => a - b)) {
      const entry = this.compiled[order];
      if (!entry) continue;
      let all = true;
      for (let k = 0; k < entry.needs.length && all; k++) all = met[entry.needs[k] ?? 0] === 1;
      if (all) candidates.push(entry);
    }
    return candidates;
  }
}

/**
 * How often a requirement is likely met, to file each rule under its rarest: a name's type is
 * in most sentences, punctuation and the commonest words nearly all; a content word is rarer,
 * the fewer words a requirement accepts the rarer it is.
 */
function commonnessOf(keys: ReadonlySet<string>): number {
  let rank = 0;
  for (const key of keys) rank = Math.max(rank, key.startsWith("<") ? 2 : COMMONEST.has(key) ? 1 : 0);
  return rank * 1e6 + keys.size;
}

const COMMONEST = new Set(
  ", . ' \" - s the a an and or of in on at to for from by with as is was are were has have had it its his her their this that who which".split(
    " ",
  ),
);

interface Entry<Emit> {
  rule: Rule<Emit>;
  pattern: Pattern;
  order: number;
  /** The unit keys a match of it can open on (see `startKeys`). */
  starts: ReadonlySet<string>;
  /** Its requirements, by number (see `RuleTable.meetersOf`). */
  needs: Int32Array;
}

/**
 * Matches in precedence order, each dropped when it lies within an earlier kept match. A kept
 * match marks, for each unit it covers, how far right the covering match reaches; a later match
 * is within one when all its units are covered and by a match that reaches its end.
 */
function unclaimed<Emit>(matches: RuleMatch<Emit>[], units: number): RuleMatch<Emit>[] {
  if (matches.length < 2) return matches;
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
