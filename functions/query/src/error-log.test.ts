import { describe, expect, it } from "vitest";
import { type ErrorLogger, flushingLog, lazyErrorLog } from "./error-log.ts";

/** A logger whose loading ends when the test says so. */
function slowLogger() {
  const lines: string[] = [];
  let loads = 0;
  let finish: (logger: ErrorLogger) => void = () => {};
  const load = () => {
    loads++;
    return new Promise<ErrorLogger>((resolve) => {
      finish = resolve;
    });
  };
  const logger: ErrorLogger = {
    error: (message, attributes) => lines.push(`${message} ${JSON.stringify(attributes)}`),
  };
  return { lines, load, loads: () => loads, finishLoading: () => finish(logger) };
}

describe("the query function's error log", () => {
  it("does not load its logger until a line is logged, and loads it once", async () => {
    const slow = slowLogger();
    const log = lazyErrorLog(slow.load);
    expect(slow.loads()).toBe(0);
    log.error("first", {});
    log.error("second", {});
    slow.finishLoading();
    await log.flush();
    log.error("third", {});
    expect(slow.loads()).toBe(1);
    expect(slow.lines).toEqual(["first {}", "second {}", "third {}"]);
  });

  it("writes the lines logged while its logger loads, in order, before flush() resolves", async () => {
    const slow = slowLogger();
    const log = lazyErrorLog(slow.load);
    log.error("unhandled error", { n: 1 });
    let flushed = false;
    const flushing = log.flush().then(() => {
      flushed = true;
    });
    await Promise.resolve();
    expect([flushed, slow.lines]).toEqual([false, []]);
    slow.finishLoading();
    await flushing;
    expect(slow.lines).toEqual(['unhandled error {"n":1}']);
  });

  it("makes a handler return only once what it logged is written", async () => {
    const slow = slowLogger();
    const log = lazyErrorLog(slow.load);
    const handler = flushingLog(async (status: number) => {
      log.error("corrupt item skipped", { status });
      return status;
    }, log);
    let returned = false;
    const answer = handler(500).then((status) => {
      returned = true;
      return status;
    });
    for (let i = 0; i < 5; i++) await Promise.resolve();
    expect(returned).toBe(false);
    slow.finishLoading();
    expect(await answer).toBe(500);
    expect(slow.lines).toEqual(['corrupt item skipped {"status":500}']);
  });

  it("still says what went wrong, on stderr, when its logger cannot load", async () => {
    const written: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => written.push(args);
    try {
      const log = lazyErrorLog(() => Promise.reject(new Error("chunk missing")));
      log.error("unhandled error", { n: 1 });
      await log.flush();
      expect(written.map((args) => args.slice(0, 2))).toEqual([["unhandled error", { n: 1 }]]);
    } finally {
      console.error = original;
    }
  });
});
