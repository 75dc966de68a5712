import { describe, expect, it } from "vitest";
import { normaliseText } from "./normalise.ts";

describe("normaliseText", () => {
  it("straightens quotes and dashes, and folds odd spaces", () => {
    expect(normaliseText("\u201CIt\u2019s\u00A0here\u201D \u2013 she said\u2026", []).text).toBe(
      `"It's here" - she said...`,
    );
  });

  it("splits words that stripped markup glued together", () => {
    const { text } = normaliseText(
      "Ana Lopezhas starred in bothRiver Song 2 and River Song 3will. Ana Lopez agrees.",
      [],
    );
    expect(text).toBe("Ana Lopez has starred in both River Song 2 and River Song 3 will. Ana Lopez agrees.");
  });

  it("leaves names with inner capitals alone", () => {
    const source = "Leonardo DiCaprio met Christopher McQuarrie and Cecil B. deMille at DreamWorks.";
    expect(normaliseText(source, []).text).toBe(source);
  });

  it("splits a capitalised word only when its first part stands alone elsewhere", () => {
    expect(normaliseText("Goodwill is rare.", []).text).toBe("Goodwill is rare.");
  });

  it("carries title cues across every change", () => {
    const source = "Watch\u00A0\u00A0bothNight Ferry\u2019s sequel";
    const start = source.indexOf("Night");
    const { text, titleCues } = normaliseText(source, [{ start, end: start + "Night Ferry".length }]);
    const [cue] = titleCues;
    expect(cue && text.slice(cue.start, cue.end)).toBe("Night Ferry");
  });
});
