import type { CreateTableCommandInput } from "@aws-sdk/client-dynamodb";

/**
 * The one table, as data: the CDK app, the local stack and the tests all build it from this,
 * so there is a single source of truth for keys, indexes and billing.
 */
export const TABLE_DEFINITION = {
  partitionKey: "pk",
  sortKey: "sk",
  billing: "PAY_PER_REQUEST",
  indexes: {
    /** Title, alias and person-name prefix search: pk `SEARCH#<kind>#<first char>`, sk `<name>#<id>`. */
    byNamePrefix: { partitionKey: "gsi1pk", sortKey: "gsi1sk" },
    /** Every fact an article gave: pk `ARTICLE#<id>`, sk `FACT#<film>#<predicate>#<hash>`. */
    byArticle: { partitionKey: "gsi2pk", sortKey: "gsi2sk" },
    /**
     * The release calendar: pk `RELEASE`, sk `<date>#<film>#<region>#<medium>`; and, under pk
     * `PENDING`, articles not yet finished, sk `<pending since>#<article>` (for the sweeper).
     */
    byReleaseDate: { partitionKey: "gsi3pk", sortKey: "gsi3sk" },
    /** Newest first: pk `RECENT#FILM` (views, by `updatedAt`) or `RECENT#ARTICLE` (by `receivedAt`), sk `<time>#<id>`. */
    byRecency: { partitionKey: "gsi4pk", sortKey: "gsi4sk" },
    /** Articles in one state, newest first: pk `STATUS#<state>`, sk `<receivedAt>#<id>`. */
    byStatus: { partitionKey: "gsi5pk", sortKey: "gsi5sk" },
  },
} as const;

export type IndexName = keyof typeof TABLE_DEFINITION.indexes;

export function createTableInput(tableName: string): CreateTableCommandInput {
  const { partitionKey, sortKey, indexes } = TABLE_DEFINITION;
  const attributes = new Set<string>([partitionKey, sortKey]);
  for (const index of Object.values(indexes)) {
    attributes.add(index.partitionKey);
    attributes.add(index.sortKey);
  }
  return {
    TableName: tableName,
    BillingMode: TABLE_DEFINITION.billing,
    AttributeDefinitions: [...attributes].map((name) => ({ AttributeName: name, AttributeType: "S" })),
    KeySchema: [
      { AttributeName: partitionKey, KeyType: "HASH" },
      { AttributeName: sortKey, KeyType: "RANGE" },
    ],
    GlobalSecondaryIndexes: Object.entries(indexes).map(([name, index]) => ({
      IndexName: name,
      KeySchema: [
        { AttributeName: index.partitionKey, KeyType: "HASH" },
        { AttributeName: index.sortKey, KeyType: "RANGE" },
      ],
      Projection: { ProjectionType: "ALL" },
    })),
  };
}
