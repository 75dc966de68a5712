import { TABLE_DEFINITION } from "@filmkb/store";
import { RemovalPolicy } from "aws-cdk-lib";
import { AttributeType, BillingMode, ProjectionType, Table } from "aws-cdk-lib/aws-dynamodb";
import { Construct } from "constructs";

export interface KnowledgeTableProps {
  /** Retain and protect the table (production). */
  retainData: boolean;
}

/**
 * The knowledge table, built from the store's own definition so the keys and indexes the
 * code queries are the ones deployed. On-demand, with point-in-time recovery.
 */
export class KnowledgeTable extends Construct {
  readonly table: Table;

  constructor(scope: Construct, id: string, props: KnowledgeTableProps) {
    super(scope, id);
    const def = TABLE_DEFINITION;
    this.table = new Table(this, "Table", {
      partitionKey: { name: def.partitionKey, type: AttributeType.STRING },
      sortKey: { name: def.sortKey, type: AttributeType.STRING },
      billingMode: def.billing === "PAY_PER_REQUEST" ? BillingMode.PAY_PER_REQUEST : BillingMode.PROVISIONED,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: props.retainData,
      removalPolicy: props.retainData ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    for (const [indexName, index] of Object.entries(def.indexes)) {
      this.table.addGlobalSecondaryIndex({
        indexName,
        partitionKey: { name: index.partitionKey, type: AttributeType.STRING },
        sortKey: { name: index.sortKey, type: AttributeType.STRING },
        projectionType: ProjectionType.ALL,
      });
    }
  }
}
