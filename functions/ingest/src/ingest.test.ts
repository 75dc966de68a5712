import { describe, expect, it } from "vitest";
import { isPermanent } from "./ingest.ts";

/** An error as an AWS service answers it (the SDK attaches `$metadata`). */
const awsError = (name: string) => Object.assign(new Error(`${name}: refused`), { name, $metadata: {} });

describe("isPermanent", () => {
  it("takes errors the same input raises every time for permanent: the article fails at once", () => {
    expect(isPermanent(new RangeError("Invalid time value"))).toBe(true);
    expect(isPermanent(new TypeError("cannot read properties of undefined"))).toBe(true);
    expect(isPermanent(awsError("ValidationException"))).toBe(true);
  });

  it("leaves what may pass on its own to the queue's retries", () => {
    expect(isPermanent(awsError("ProvisionedThroughputExceededException"))).toBe(false);
    expect(isPermanent(awsError("InternalServerError"))).toBe(false);
    expect(isPermanent(new Error("socket hang up"))).toBe(false);
    expect(isPermanent("not an error")).toBe(false);
    // A service's answer is judged by the service's name for it, whatever JavaScript class it has.
    expect(isPermanent(Object.assign(new TypeError("throttled"), { $metadata: {} }))).toBe(false);
  });
});
