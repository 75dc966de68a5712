import { describe, expect, it } from "vitest";
import { charsetIsUtf8, decodeUtf8, formatOf, UnreadableArticleError } from "./decode.ts";

describe("decodeUtf8", () => {
  it("reads UTF-8 with or without a byte-order mark", () => {
    expect(decodeUtf8(new TextEncoder().encode("Amélie"))).toBe("Amélie");
    expect(decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toBe("A");
  });

  it("refuses invalid bytes instead of replacing them", () => {
    expect(() => decodeUtf8(new Uint8Array([0x41, 0xc3, 0x28]))).toThrow(UnreadableArticleError);
  });
});

describe("formatOf", () => {
  it("prefers declared metadata, then a specific media type, then the key's extension", () => {
    expect(formatOf("a.txt", "text/plain", "markdown")).toBe("markdown");
    expect(formatOf("a.txt", "text/html; charset=utf-8", undefined)).toBe("html");
    expect(formatOf("story.md", "text/plain", undefined)).toBe("markdown");
    expect(formatOf("story", "application/octet-stream", undefined)).toBe("text");
  });

  it("accepts only UTF-8 charsets", () => {
    expect(charsetIsUtf8("text/plain")).toBe(true);
    expect(charsetIsUtf8('text/plain; charset="UTF-8"')).toBe(true);
    expect(charsetIsUtf8("text/plain; charset=windows-1252")).toBe(false);
  });
});
