import type { FilmStore, SaveInput, SaveOutcome } from "@filmkb/store";

type Saver = Pick<FilmStore, "saveExtraction" | "saveExtractions">;

interface Waiting {
  input: SaveInput;
  resolve: (outcome: SaveOutcome) => void;
  reject: (error: unknown) => void;
}

/**
 * The saves of one SQS batch, made together. Each article's ingest hands its extraction to the
 * group and waits; once every article of the batch has handed one over or finished without
 * (unreadable, failed), the group stores them all with one `saveExtractions`: full
 * BatchWriteItem calls, each film read and written once. Should that fail, each article is
 * saved on its own, so that one bad article fails alone and the others still succeed.
 *
 * The articles of a batch must be ingested concurrently (each waits for the others).
 */
export class SaveGroup {
  private readonly waiting: Waiting[] = [];
  private left: number;

  constructor(
    private readonly store: Saver,
    /** How many articles the batch holds: each joins once. */
    expected: number,
  ) {
    this.left = expected;
  }

  /** One article's place in the group: `save` at most once, and `done` when it has finished either way. */
  join(): { save: (input: SaveInput) => Promise<SaveOutcome>; done: () => void } {
    let arrived = false;
    const arrive = () => {
      if (arrived) return;
      arrived = true;
      this.left--;
      if (this.left <= 0) void this.flush();
    };
    return {
      save: (input) =>
        new Promise<SaveOutcome>((resolve, reject) => {
          this.waiting.push({ input, resolve, reject });
          arrive();
        }),
      done: arrive,
    };
  }

  private async flush(): Promise<void> {
    const group = this.waiting.splice(0);
    if (group.length === 0) return;
    let outcomes: SaveOutcome[];
    try {
      outcomes = await this.store.saveExtractions(group.map((w) => w.input));
    } catch {
      // Alone, each article succeeds or fails by itself (a save is idempotent: what the group
      // wrote is written again or taken back).
      await Promise.all(group.map((w) => this.store.saveExtraction(w.input).then(w.resolve, w.reject)));
      return;
    }
    group.forEach((w, i) => {
      const outcome = outcomes[i];
      if (outcome) w.resolve(outcome);
      else w.reject(new Error("the group save returned no outcome for an article"));
    });
  }
}
