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

  it("ends one after a dotted abbreviation when a new sentence plainly starts", () => {
    expect(split("It opened in the U.S. The reviews were kind.")).toEqual([
      "It opened in the U.S.",
      "The reviews were kind.",
    ]);
    expect(split("It is set in Washington, D.C. Hale stars as the senator.")).toEqual([
      "It is set in Washington, D.C.",
      "Hale stars as the senator.",
    ]);
    // A person's initials after a comma, and a title that goes on, stay inside.
    expect(split("It stars Ann Lee, T.J. Miller and Bo Park in P.S. I Love You.")).toHaveLength(1);
  });
});
