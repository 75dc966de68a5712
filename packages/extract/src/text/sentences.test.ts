import { describe, expect, it } from "vitest";
import { splitSentences } from "./sentences.ts";

const split = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe("splitSentences", () => {
  it("does not end a sentence at an initial, an honorific or a dotted abbreviation", () => {
    expect(split("It was directed by Lewis R. Foster in the U.S. with Mr. Evans. Then it opened.")).toEqual([
      "It was directed by Lewis R. Foster in the U.S. with Mr. Evans.",
      "Then it opened.",
    ]);
  });

  it("ends one at a line break and counts paragraphs", () => {
    const sentences = splitSentences("Headline\n\nFirst one. Second one!\nThird?");
    expect(sentences.map((s) => s.paragraph)).toEqual([0, 1, 1, 1]);
  });

  it("keeps a closing quote with its sentence", () => {
    expect(split('"We loved it." She left.')).toEqual(['"We loved it."', "She left."]);
  });
});
