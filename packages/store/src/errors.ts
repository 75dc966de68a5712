/** Base of every error the store throws; `code` is stable for callers to branch on. */
export class StoreError extends Error {
  override name = "StoreError";
  constructor(
    readonly code: "invalid-cursor" | "corrupt-item" | "conflict" | "not-found" | "unprocessed",
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** A cursor that this store did not issue for this query (tampered, truncated or reused). */
export class InvalidCursorError extends StoreError {
  override name = "InvalidCursorError";
  constructor(reason: string) {
    super("invalid-cursor", `cursor rejected: ${reason}`);
  }
}

/** An item in the table that does not match its schema: reported, never returned. */
export class CorruptItemError extends StoreError {
  override name = "CorruptItemError";
  constructor(
    readonly key: { pk: string; sk: string },
    readonly issues: string,
  ) {
    super("corrupt-item", `item ${key.pk} / ${key.sk} does not match its schema: ${issues}`);
  }
}

/** Optimistic concurrency gave up after its retries. */
export class ConflictError extends StoreError {
  override name = "ConflictError";
  constructor(what: string) {
    super("conflict", `${what} kept changing underneath; gave up after retries`);
  }
}
