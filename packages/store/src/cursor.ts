import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import { InvalidCursorError } from "./errors.ts";

type Key = Record<string, unknown>;

const b64 = (s: string | Buffer) => Buffer.from(s).toString("base64url");

/**
 * Opaque, tamper-evident pagination cursors: the LastEvaluatedKey and a fingerprint of the
 * query it belongs to, signed with HMAC-SHA256. A cursor from another query, or altered in
 * any way, is refused.
 */
export class Cursors {
  constructor(private readonly secret: string) {
    if (secret.length < 16) throw new Error("cursor secret must be at least 16 characters");
  }

  encode(key: Key | undefined, query: unknown): string | null {
    if (!key) return null;
    const body = b64(JSON.stringify({ k: key, q: fingerprint(query) }));
    return `${body}.${this.sign(body)}`;
  }

  decode(cursor: string | undefined, query: unknown): Key | undefined {
    if (!cursor) return undefined;
    const [body, signature, extra] = cursor.split(".");
    if (!body || !signature || extra !== undefined) throw new InvalidCursorError("malformed");
    const expected = Buffer.from(this.sign(body));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given))
      throw new InvalidCursorError("bad signature");
    let parsed: { k?: unknown; q?: unknown };
    try {
      parsed = JSON.parse(Buffer.from(body, "base64url").toString("utf8"));
    } catch {
      throw new InvalidCursorError("malformed");
    }
    if (parsed.q !== fingerprint(query)) throw new InvalidCursorError("issued for a different query");
    if (!parsed.k || typeof parsed.k !== "object") throw new InvalidCursorError("malformed");
    return parsed.k as Key;
  }

  private sign(body: string): string {
    return createHmac("sha256", this.secret).update(body).digest("base64url").slice(0, 32);
  }
}

function fingerprint(query: unknown): string {
  return createHash("sha256").update(JSON.stringify(query)).digest("base64url").slice(0, 16);
}
