import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ArticleId, articleIdFor, FilmId, identifyArticle, normaliseName, slugify } from "./ids.ts";

describe("normaliseName", () => {
  it("folds case, accents, punctuation and ampersands", () => {
    expect(normaliseName("Mission: Impossible – Dead Reckoning")).toBe("mission impossible dead reckoning");
    expect(normaliseName("Renée Zellweger")).toBe("renee zellweger");
    expect(normaliseName("Fast & Furious")).toBe("fast and furious");
    expect(normaliseName("Monster's Inc")).toBe("monsters inc");
  });

  it("keeps the plus of streaming brands distinct from the bare name", () => {
    expect(normaliseName("Paramount+")).not.toBe(normaliseName("Paramount"));
  });
});

describe("slugify", () => {
  it("makes readable ids that FilmId accepts", () => {
    expect(slugify("Mission: Impossible 7")).toBe("mission-impossible-7");
    expect(FilmId.parse(slugify("Shall We Dance?"))).toBe("shall-we-dance");
  });

  it("gives a stable id to names without Latin letters", () => {
    const id = slugify("七人の侍");
    expect(id).toMatch(/^x-[0-9a-f]{12}$/);
    expect(slugify("七人の侍")).toBe(id);
  });
});

describe("articleIdFor", () => {
  it("is the same for the same content whatever the transport did to it", () => {
    const plain = "Headline\n\nBody text.";
    expect(articleIdFor(`\uFEFF${plain.replace(/\n/g, "\r\n")}  \n`)).toBe(articleIdFor(plain));
    expect(ArticleId.parse(articleIdFor(plain))).toHaveLength(32);
  });

  it("differs when the words differ", () => {
    expect(articleIdFor("one film")).not.toBe(articleIdFor("another film"));
  });
});

describe("identifyArticle", () => {
  it("cuts the id from the hash of the canonical text, and counts the text's UTF-8 bytes", () => {
    const identity = identifyArticle("Amélie\r\n");
    expect(identity.id).toBe(identity.contentHash.slice(0, 32));
    expect(identity.contentHash).toBe(identifyArticle("Ame\u0301lie").contentHash);
    expect(identity.byteLength).toBe(9);
  });

  it("hashes bytes that are not text as they are", () => {
    const bytes = new Uint8Array([0x41, 0xc3, 0x28]);
    const hash = createHash("sha256").update(bytes).digest("hex");
    expect(identifyArticle(bytes)).toEqual({ id: hash.slice(0, 32), contentHash: hash, byteLength: 3 });
  });
});
