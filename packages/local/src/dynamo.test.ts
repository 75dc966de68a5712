import { DescribeTableCommand, GetItemCommand, PutItemCommand } from "@aws-sdk/client-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureTable, type LocalDynamo, localDynamoClient, startLocalDynamo } from "./dynamo.ts";

describe("ensureTable", () => {
  it("returns only once the table is ACTIVE, however long the engine keeps it CREATING", async () => {
    const slow = await startLocalDynamo({ createTableMs: 300 });
    try {
      await ensureTable(slow.client, {
        TableName: "slow",
        BillingMode: "PAY_PER_REQUEST",
        AttributeDefinitions: [{ AttributeName: "pk", AttributeType: "S" }],
        KeySchema: [{ AttributeName: "pk", KeyType: "HASH" }],
      });
      await slow.client.send(new PutItemCommand({ TableName: "slow", Item: { pk: { S: "a" } } }));
      const { Table } = await slow.client.send(new DescribeTableCommand({ TableName: "slow" }));
      expect(Table?.TableStatus).toBe("ACTIVE");
    } finally {
      await slow.close();
    }
  });
});

describe("startLocalDynamo", () => {
  let dynamo: LocalDynamo;
  beforeAll(async () => {
    dynamo = await startLocalDynamo();
  });
  afterAll(async () => {
    await dynamo.close();
  });

  it("serves DynamoDB's API over HTTP with tables active at once", async () => {
    const input = {
      TableName: "things",
      BillingMode: "PAY_PER_REQUEST" as const,
      AttributeDefinitions: [{ AttributeName: "pk", AttributeType: "S" as const }],
      KeySchema: [{ AttributeName: "pk", KeyType: "HASH" as const }],
    };
    await ensureTable(dynamo.client, input);
    await ensureTable(dynamo.client, input); // idempotent
    const { Table } = await dynamo.client.send(new DescribeTableCommand({ TableName: "things" }));
    expect(Table?.TableStatus).toBe("ACTIVE");
    await dynamo.client.send(
      new PutItemCommand({ TableName: "things", Item: { pk: { S: "a" }, n: { N: "1" } } }),
    );
    const { Item } = await dynamo.client.send(
      new GetItemCommand({ TableName: "things", Key: { pk: { S: "a" } } }),
    );
    expect(Item?.n).toEqual({ N: "1" });
  });

  it("refuses a client for an endpoint that is not loopback", () => {
    expect(() => localDynamoClient("https://dynamodb.eu-west-1.amazonaws.com")).toThrow(/non-local/);
  });
});
