import { describe, expect, it } from "vitest";
import { PartialDate, precisionOf, RegionCode, Timestamp } from "./dates.ts";

describe("PartialDate", () => {
  it.each(["2022", "2022-07", "2022-05-27", "2024-02-29"])("accepts %s", (date) => {
    expect(PartialDate.parse(date)).toBe(date);
  });

  it.each(["22", "2022-7", "2022-13", "2023-02-29", "2022-05-27T00:00:00Z", "July 2022"])(
    "rejects %s",
    (date) => {
      expect(PartialDate.safeParse(date).success).toBe(false);
    },
  );

  it("knows its precision", () => {
    expect([precisionOf("2022"), precisionOf("2022-07"), precisionOf("2022-05-27")]).toEqual([
      "year",
      "month",
      "day",
    ]);
  });
});

describe("RegionCode and Timestamp", () => {
  it("accept ISO forms only", () => {
    expect(RegionCode.safeParse("US").success).toBe(true);
    expect(RegionCode.safeParse("usa").success).toBe(false);
    expect(Timestamp.safeParse("2022-05-27").success).toBe(true);
    expect(Timestamp.safeParse("2022-05-27T10:00:00+01:00").success).toBe(true);
    expect(Timestamp.safeParse("last Tuesday").success).toBe(false);
  });
});
