import { describe, expect, it } from "vitest";
import { createTableInput, TABLE_DEFINITION } from "./table.ts";

describe("createTableInput", () => {
  it("builds the table and every index from the one definition", () => {
    const input = createTableInput("filmkb-test");
    expect(input.BillingMode).toBe("PAY_PER_REQUEST");
    expect(input.KeySchema).toEqual([
      { AttributeName: "pk", KeyType: "HASH" },
      { AttributeName: "sk", KeyType: "RANGE" },
    ]);
    expect(input.GlobalSecondaryIndexes?.map((i) => i.IndexName)).toEqual(
      Object.keys(TABLE_DEFINITION.indexes),
    );
    expect(input.AttributeDefinitions?.map((a) => a.AttributeName).sort()).toEqual([
      "gsi1pk",
      "gsi1sk",
      "gsi2pk",
      "gsi2sk",
      "gsi3pk",
      "gsi3sk",
      "gsi4pk",
      "gsi4sk",
      "gsi5pk",
      "gsi5sk",
      "pk",
      "sk",
    ]);
  });
});
