import { describe, expect, it } from "vitest";
import { Cursors } from "./cursor.ts";
import { InvalidCursorError } from "./errors.ts";

describe("Cursors", () => {
  const cursors = new Cursors("a-secret-of-16-chars");
  const key = { pk: "FILM#x", sk: "FACT#y" };

  it("round-trips a key for the same query", () => {
    const token = cursors.encode(key, { q: "night" });
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(cursors.decode(token ?? undefined, { q: "night" })).toEqual(key);
    expect(cursors.encode(undefined, {})).toBeNull();
  });

  it("refuses a tampered, foreign or malformed cursor", () => {
    const token = cursors.encode(key, { q: "night" }) ?? "";
    const [body = "", signature = ""] = token.split(".");
    const forged = `${Buffer.from(JSON.stringify({ k: { pk: "FILM#z", sk: "VIEW" }, q: "x" })).toString("base64url")}.${signature}`;
    for (const bad of [forged, `${body}.x${signature.slice(1)}`, "abc", `${token}.more`]) {
      expect(() => cursors.decode(bad, { q: "night" })).toThrow(InvalidCursorError);
    }
    expect(() => cursors.decode(token, { q: "day" })).toThrow(/different query/);
    expect(() => new Cursors("short").encode(key, {})).toThrow(/16/);
    expect(() => new Cursors("another-secret-16").decode(token, { q: "night" })).toThrow(/signature/);
  });
});
