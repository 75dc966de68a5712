import { Stack, Validations } from "aws-cdk-lib";
import type { FilmkbStack } from "./filmkb-stack.ts";

const BASIC_EXECUTION =
  "AwsSolutions::AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]";

/**
 * cdk-nag findings filmkb accepts, each with its reason and scoped to the construct it is
 * about. Anything not acknowledged here fails the tests (see test/stack.test.ts).
 */
export function acknowledgeNagFindings(stack: FilmkbStack): void {
  const table = Stack.of(stack).getLogicalId(stack.table.table.node.defaultChild as never);
  const bucket = Stack.of(stack).getLogicalId(stack.inbox.bucket.node.defaultChild as never);
  for (const fn of [stack.ingest, stack.query]) {
    Validations.of(fn).acknowledge({
      id: `AwsSolutions::AwsSolutions-IAM5[Resource::<${table}.Arn>/index/*]`,
      reason: "Queries run on the table's own indexes; the grant names this table's index ARNs only.",
    });
  }
  Validations.of(stack.ingest).acknowledge(
    {
      id: `AwsSolutions::AwsSolutions-IAM5[Resource::<${bucket}.Arn>/*]`,
      reason:
        "Ingest reads uploaded articles (s3:GetObject only), wherever in the articles bucket they were put.",
    },
    {
      id: `AwsSolutions::AwsSolutions-IAM5[Resource::<${bucket}.Arn>/articles/*]`,
      reason:
        "Ingest writes submitted and re-driven articles (s3:PutObject only) under the articles/ prefix.",
    },
  );
  Validations.of(stack.api).acknowledge({
    id: "AwsSolutions::AwsSolutions-APIG4",
    reason: "The GET routes are a public, read-only API by design; POST /articles is IAM-authorised.",
  });
  Validations.of(stack.cursorSecret).acknowledge({
    id: "AwsSolutions::AwsSolutions-SMG4",
    reason:
      "The cursor key protects page cursors from reading and tampering; rotating it would only invalidate open cursors.",
  });
  const notifications = stack.node.tryFindChild("BucketNotificationsHandler050a0587b7544547bf325f094a3db834");
  if (notifications) {
    Validations.of(notifications).acknowledge({
      id: BASIC_EXECUTION,
      reason: "The CDK's own handler that configures the bucket notification; it only writes its logs.",
    });
  }
}
