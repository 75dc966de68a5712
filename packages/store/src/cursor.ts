import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from "node:crypto";
import { InvalidCursorError } from "./errors.ts";

type Key = Record<string, unknown>;

const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * Opaque, tamper-evident pagination cursors: the LastEvaluatedKey and a fingerprint of the
 * query it belongs to, encrypted with AES-256-GCM under a key derived from the secret. A
 * cursor reveals nothing of the table's keys when decoded; one from another query, or altered
 * in any way, is refused.
 */
export class Cursors {
  private readonly key: Buffer;

  constructor(secret: string) {
    if (secret.length < 16) throw new Error("cursor secret must be at least 16 characters");
    this.key = Buffer.from(hkdfSync("sha256", secret, "filmkb", "pagination cursors", 32));
  }

  encode(key: Key | undefined, query: unknown): string | null {
    if (!key) return null;
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv("aes-256-gcm", this.key, iv);
    const plain = Buffer.from(JSON.stringify({ k: key, q: fingerprint(query) }), "utf8");
    const sealed = Buffer.concat([cipher.update(plain), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString("base64url");
  }

  decode(cursor: string | undefined, query: unknown): Key | undefined {
    if (!cursor) return undefined;
    const raw = Buffer.from(cursor, "base64url");
    if (raw.length <= IV_BYTES + TAG_BYTES || raw.toString("base64url") !== cursor)
      throw new InvalidCursorError("malformed");
    let parsed: { k?: unknown; q?: unknown };
    try {
      const decipher = createDecipheriv("aes-256-gcm", this.key, raw.subarray(0, IV_BYTES));
      decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      const plain = Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
      parsed = JSON.parse(plain.toString("utf8"));
    } catch {
      throw new InvalidCursorError("not one this API issued");
    }
    if (parsed.q !== fingerprint(query)) throw new InvalidCursorError("issued for a different query");
    if (!parsed.k || typeof parsed.k !== "object") throw new InvalidCursorError("malformed");
    return parsed.k as Key;
  }
}

function fingerprint(query: unknown): string {
  return createHash("sha256").update(JSON.stringify(query)).digest("base64url").slice(0, 16);
}
