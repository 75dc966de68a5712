import { describe, expect, it } from "vitest";
import { parseFocus, segments } from "./highlight.ts";

const span = (start: number, end: number, kind = "cast") => ({ start, end, kind, label: `${kind} ${start}` });

describe("segments", () => {
  it("cuts the text at every quote boundary and knows which quotes cover each piece", () => {
    const text = "Ann directs. Bo stars.";
    const out = segments(text, [span(0, 12, "director"), span(13, 22), span(0, 3, "title")], null);
    expect(out.map((s) => s.text).join("")).toBe(text);
    expect(out.map((s) => [s.text, s.spans.map((x) => x.kind)])).toEqual([
      ["Ann", ["title", "director"]],
      [" directs.", ["director"]],
      [" ", []],
      ["Bo stars.", ["cast"]],
    ]);
  });

  it("marks the focused stretch and ignores quotes outside the text", () => {
    const out = segments("abcdef", [span(2, 4), span(4, 99)], { start: 1, end: 3 });
    expect(out.filter((s) => s.focus).map((s) => s.text)).toEqual(["b", "c"]);
    expect(out.map((s) => s.text).join("")).toBe("abcdef");
  });

  it("reads ?at=start-end and refuses anything else", () => {
    expect(parseFocus("10-20")).toEqual({ start: 10, end: 20 });
    expect(parseFocus("20-10")).toBeNull();
    expect(parseFocus("1-2;x")).toBeNull();
    expect(parseFocus(undefined)).toBeNull();
  });
});
