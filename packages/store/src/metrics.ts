import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";

/**
 * Counts the DynamoDB requests a client sends (one per command, whatever its retries), by
 * command name, with an SDK middleware. For tests and benchmarks.
 */
export function countRequests(client: DynamoDBClient) {
  const counts = new Map<string, number>();
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const name = String(context.commandName ?? "unknown").replace(/Command$/, "");
      counts.set(name, (counts.get(name) ?? 0) + 1);
      return next(args);
    },
    { step: "initialize", name: "filmkbRequestCounter", override: true },
  );
  return {
    total: () => [...counts.values()].reduce((a, b) => a + b, 0),
    byCommand: () => Object.fromEntries(counts),
    reset: () => counts.clear(),
  };
}
