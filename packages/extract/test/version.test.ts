import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EXTRACTOR_VERSION, extract } from "../src/index.ts";
import { FIXTURES, fixture } from "./fixtures.ts";

// The digest of the fixtures' extraction output, recorded with the version that produced it.
const lock = JSON.parse(readFileSync(join(import.meta.dirname, "version.lock.json"), "utf8")) as {
  version: string;
  digest: string;
};

describe("EXTRACTOR_VERSION", () => {
  it("changes whenever extraction output changes", () => {
    const output = FIXTURES.map((name) => {
      const { films, facts } = extract(fixture(name));
      // The version itself is left out, so the digest names the output, not its label.
      return { films, facts: facts.map(({ extractorVersion: _version, ...fact }) => fact) };
    });
    const digest = createHash("sha256").update(JSON.stringify(output)).digest("hex");
    if (digest !== lock.digest) {
      expect(
        EXTRACTOR_VERSION,
        `extraction output changed: bump EXTRACTOR_VERSION and set test/version.lock.json to ` +
          `{"version":"<new version>","digest":"${digest}"}`,
      ).not.toBe(lock.version);
    }
    expect(lock.version, "test/version.lock.json names another version than src/version.ts").toBe(
      EXTRACTOR_VERSION,
    );
  });
});
