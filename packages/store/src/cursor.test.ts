import { describe, expect, it } from "vitest";
import { Cursors } from "./cursor.ts";
import { InvalidCursorError } from "./errors.ts";

describe("Cursors", () => {
  const cursors = new Cursors("a-secret-of-16-chars");
  const key = { pk: "FILM#night-ferry", sk: "FACT#cast#0123456789abcdef#article" };

  it("round-trips a key for the same query", () => {
    const token = cursors.encode(key, { q: "night" });
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(cursors.decode(token ?? undefined, { q: "night" })).toEqual(key);
    expect(cursors.encode(undefined, {})).toBeNull();
  });

  it("reveals nothing of the table's keys when decoded", () => {
    const token = cursors.encode(key, { q: "night" }) ?? "";
    const decoded = Buffer.from(token, "base64url").toString("latin1");
    for (const part of ["FILM", "night-ferry", "FACT", "cast", "pk", "sk"])
      expect(decoded).not.toContain(part);
    // Encrypted with a fresh nonce each time: the same page gives different cursors.
    expect(cursors.encode(key, { q: "night" })).not.toBe(token);
  });

  it("refuses a tampered, foreign or malformed cursor", () => {
    const token = cursors.encode(key, { q: "night" }) ?? "";
    const flipped = Buffer.from(token, "base64url");
    flipped[flipped.length - 1] = (flipped[flipped.length - 1] ?? 0) ^ 1;
    const plain = Buffer.from(JSON.stringify({ k: { pk: "FILM#z", sk: "VIEW" }, q: "x" })).toString(
      "base64url",
    );
    for (const bad of [flipped.toString("base64url"), plain, "abc", `${token}.more`, `${token}!`]) {
      expect(() => cursors.decode(bad, { q: "night" })).toThrow(InvalidCursorError);
    }
    expect(() => cursors.decode(token, { q: "day" })).toThrow(/different query/);
    expect(() => new Cursors("short").encode(key, {})).toThrow(/16/);
    expect(() => new Cursors("another-secret-16").decode(token, { q: "night" })).toThrow(
      /not one this API issued/,
    );
  });
});
