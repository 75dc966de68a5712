import type { SaveInput, SaveOutcome } from "@filmkb/store";
import { describe, expect, it } from "vitest";
import { SaveGroup } from "./save-group.ts";

// Stand-ins for the store's two saves: inputs and outcomes are opaque to the group.
const input = (name: string) => ({ name }) as unknown as SaveInput;
const outcome = (i: SaveInput) =>
  ({ filmIds: [(i as unknown as { name: string }).name] }) as unknown as SaveOutcome;

function store(options: { groupFails?: boolean; failsAlone?: string } = {}) {
  const calls: string[][] = [];
  return {
    calls,
    saveExtractions: async (inputs: SaveInput[]) => {
      calls.push(inputs.map((i) => (i as unknown as { name: string }).name));
      if (options.groupFails) throw new Error("one of them is bad");
      return inputs.map(outcome);
    },
    saveExtraction: async (i: SaveInput) => {
      if ((i as unknown as { name: string }).name === options.failsAlone) throw new Error("bad article");
      return outcome(i);
    },
  };
}

describe("SaveGroup", () => {
  it("saves once every article has handed its save over or finished without one", async () => {
    const saver = store();
    const group = new SaveGroup(saver, 3);
    const [a, b, c] = [group.join(), group.join(), group.join()];
    const saved = [a.save(input("a")), b.save(input("b"))];
    await Promise.resolve();
    expect(saver.calls).toEqual([]); // c has not finished yet
    c.done();
    expect(await Promise.all(saved)).toEqual([outcome(input("a")), outcome(input("b"))]);
    expect(saver.calls).toEqual([["a", "b"]]);
  });

  it("saves each article alone when the group save fails, so a bad one fails alone", async () => {
    const saver = store({ groupFails: true, failsAlone: "b" });
    const group = new SaveGroup(saver, 2);
    const [a, b] = [group.join(), group.join()];
    const results = await Promise.allSettled([a.save(input("a")), b.save(input("b"))]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected"]);
  });
});
