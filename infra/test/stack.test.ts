import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CORS_POLICY } from "@filmkb/http";
import { INGEST_LIMITS, INGEST_TIMEOUT_SECONDS } from "@filmkb/ingest-function";
import { READ_OPERATIONS } from "@filmkb/schema";
import { TABLE_DEFINITION } from "@filmkb/store";
import { App, Stack, Validations } from "aws-cdk-lib";
import { Match } from "aws-cdk-lib/assertions";
import { Queue, QueueEncryption } from "aws-cdk-lib/aws-sqs";
import { AwsSolutionsChecks } from "cdk-nag";
import { describe, expect, it } from "vitest";
import { synth } from "./synth.ts";

const dev = synth("dev");
const prod = synth("prod");

/** filmkb's own functions (the CDK adds helper functions for custom resources). */
const ours = (s: typeof dev) =>
  s.template.findResources("AWS::Lambda::Function", {
    Properties: { Environment: { Variables: Match.objectLike({ TABLE_NAME: Match.anyValue() }) } },
  });

/** The folder of a function's bundle in the cloud assembly. */
const bundleDir = (fn: ReturnType<typeof ours>[string] | undefined) =>
  join(dev.outdir, `asset.${String(fn?.Properties.Code.S3Key).replace(/\.zip$/, "")}`);
/** The source files a bundled file was built from, as its source map names them. */
const sourcesOf = (dir: string, file: string): string[] =>
  JSON.parse(readFileSync(join(dir, `${file}.map`), "utf8")).sources;
/** A bundle's entry and every file it imports statically: what a cold start reads. */
function loadedAtStart(dir: string, file = "index.mjs", seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(join(dir, file), "utf8");
  // `import … from "./x.mjs"` and `import "./x.mjs"`; a dynamic `import("./x.mjs")` is not at start.
  for (const [, path = ""] of code.matchAll(/(?:from|import)\s*"(\.\.?\/[^"]+\.mjs)"/g)) {
    loadedAtStart(dir, join(file, "..", path), seen);
  }
  return seen;
}

describe("the knowledge table", () => {
  it("is built from the store's definition: keys, indexes, on-demand, point-in-time recovery", () => {
    dev.template.hasResourceProperties("AWS::DynamoDB::Table", {
      BillingMode: "PAY_PER_REQUEST",
      KeySchema: [
        { AttributeName: "pk", KeyType: "HASH" },
        { AttributeName: "sk", KeyType: "RANGE" },
      ],
      GlobalSecondaryIndexes: Object.entries(TABLE_DEFINITION.indexes).map(([name, index]) =>
        Match.objectLike({
          IndexName: name,
          KeySchema: [
            { AttributeName: index.partitionKey, KeyType: "HASH" },
            { AttributeName: index.sortKey, KeyType: "RANGE" },
          ],
        }),
      ),
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
    });
  });

  it("is retained and protected in prod, and may be destroyed in dev", () => {
    prod.template.hasResource("AWS::DynamoDB::Table", {
      DeletionPolicy: "Retain",
      Properties: Match.objectLike({ DeletionProtectionEnabled: true }),
    });
    dev.template.hasResource("AWS::DynamoDB::Table", { DeletionPolicy: "Delete" });
    prod.template.hasResource("AWS::S3::Bucket", { DeletionPolicy: "Retain" });
    expect(prod.stack.terminationProtection).toBe(true);
  });
});

describe("the article inbox", () => {
  it("keeps articles private, encrypted, versioned, with old versions expiring", () => {
    dev.template.hasResourceProperties("AWS::S3::Bucket", {
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: "AES256" } }],
      },
      VersioningConfiguration: { Status: "Enabled" },
      LifecycleConfiguration: {
        Rules: Match.arrayWith([Match.objectLike({ NoncurrentVersionExpiration: { NoncurrentDays: 30 } })]),
      },
    });
    dev.template.hasResourceProperties("AWS::S3::BucketPolicy", {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: "Deny", Condition: { Bool: { "aws:SecureTransport": "false" } } }),
        ]),
      },
    });
  });

  it("sends ObjectCreated notifications to an encrypted queue with a dead-letter queue after three receives", () => {
    dev.template.hasResourceProperties("Custom::S3BucketNotifications", {
      NotificationConfiguration: {
        QueueConfigurations: [Match.objectLike({ Events: ["s3:ObjectCreated:*"] })],
      },
    });
    dev.template.hasResourceProperties("AWS::SQS::Queue", {
      SqsManagedSseEnabled: true,
      RedrivePolicy: { maxReceiveCount: 3, deadLetterTargetArn: Match.anyValue() },
    });
    dev.template.hasResourceProperties("AWS::SQS::QueuePolicy", {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: "Deny", Condition: { Bool: { "aws:SecureTransport": "false" } } }),
        ]),
      },
    });
  });
});

describe("the functions", () => {
  it("run Node.js 24 on arm64 with log retention, configured from the stack", () => {
    const functions = ours(dev);
    expect(Object.keys(functions)).toHaveLength(2);
    for (const fn of Object.values(functions)) {
      expect(fn.Properties.Architectures).toEqual(["arm64"]);
      expect(fn.Properties.Environment.Variables.TABLE_NAME).toEqual({
        Ref: expect.stringMatching(/^KnowledgeTable/),
      });
    }
    dev.template.hasResourceProperties("AWS::Logs::LogGroup", { RetentionInDays: 7 });
    prod.template.hasResourceProperties("AWS::Logs::LogGroup", { RetentionInDays: 90 });
  });

  it("point at bundles that exist in the cloud assembly", () => {
    for (const fn of Object.values(ours(dev)))
      expect(existsSync(join(bundleDir(fn), "index.mjs"))).toBe(true);
  });

  it("ship source maps without the sources in them, and use them for stack traces", () => {
    for (const fn of Object.values(ours(dev))) {
      expect(fn.Properties.Environment.Variables.NODE_OPTIONS).toBe("--enable-source-maps");
      const map = JSON.parse(readFileSync(join(bundleDir(fn), "index.mjs.map"), "utf8"));
      expect(map.sources.some((s: string) => s.includes("functions/"))).toBe(true);
      expect(map).not.toHaveProperty("sourcesContent");
    }
  });

  it.each([
    ["ingest", "the extractor", "packages/extract/src/extract.ts"],
    ["query", "the OpenAPI generator", "node_modules/zod-openapi/"],
    ["query", "the explorer's pages", "packages/explorer/src/"],
    ["query", "the API reference's page and files", "functions/query/src/docs.ts"],
    ["query", "its logger (it logs only errors)", "node_modules/@aws-lambda-powertools/logger/"],
  ])("start %s without %s: a chunk loaded by the first request that needs it", (name, _what, source) => {
    const fn = Object.values(ours(dev)).find((f) => f.Properties.Description?.includes(name));
    const dir = bundleDir(fn);
    const atStart = [...loadedAtStart(dir)].flatMap((file) => sourcesOf(dir, file));
    expect(atStart.filter((s) => s.includes(source))).toEqual([]);
    const chunks = readdirSync(join(dir, "chunks")).filter((f) => f.endsWith(".mjs"));
    expect(chunks.flatMap((chunk) => sourcesOf(dir, `chunks/${chunk}`)).some((s) => s.includes(source))).toBe(
      true,
    );
  });

  it("ship the API reference's Swagger UI files beside the query bundle", () => {
    const query = Object.values(ours(dev)).find((fn) => fn.Properties.Description?.includes("query"));
    const dir = bundleDir(query);
    for (const file of ["swagger-ui-bundle.js", "swagger-ui.css", "package.json"])
      expect([file, existsSync(join(dir, "swagger-ui", file))]).toEqual([file, true]);
  });

  it("consume the queue with partial batch responses", () => {
    dev.template.hasResourceProperties("AWS::Lambda::EventSourceMapping", {
      FunctionResponseTypes: ["ReportBatchItemFailures"],
      BatchSize: 5,
    });
  });

  it("grant each function exactly the actions its code uses, on its own resources", () => {
    const actionsOf = (roleId: string) => {
      const statements = Object.values(dev.template.findResources("AWS::IAM::Policy"))
        .filter((p) => JSON.stringify(p.Properties.Roles).includes(roleId))
        .flatMap(
          (p) => p.Properties.PolicyDocument.Statement as { Action: string | string[]; Resource: unknown }[],
        );
      return {
        actions: [...new Set(statements.flatMap((s) => [s.Action].flat()))].sort(),
        statements,
      };
    };
    const roleOf = (name: string) => {
      const [id] = Object.keys(dev.template.findResources("AWS::IAM::Role")).filter((r) =>
        r.startsWith(`${name}Role`),
      );
      return id ?? "";
    };
    const ingest = actionsOf(roleOf("Ingest"));
    expect(ingest.actions).toEqual([
      "dynamodb:BatchGetItem",
      "dynamodb:BatchWriteItem",
      "dynamodb:DeleteItem",
      "dynamodb:PutItem",
      "dynamodb:Query",
      "dynamodb:UpdateItem",
      "logs:CreateLogStream",
      "logs:PutLogEvents",
      "s3:GetObject",
      "s3:PutObject",
      "sqs:ChangeMessageVisibility",
      "sqs:DeleteMessage",
      "sqs:GetQueueAttributes",
      "sqs:GetQueueUrl",
      "sqs:ReceiveMessage",
    ]);
    // Writes go under articles/ only; reads anywhere in the bucket.
    const put = ingest.statements.find((s) => [s.Action].flat().includes("s3:PutObject"));
    expect(JSON.stringify(put?.Resource)).toContain("/articles/*");
    const query = actionsOf(roleOf("Query"));
    expect(query.actions).toEqual([
      "dynamodb:BatchGetItem",
      "dynamodb:GetItem",
      "dynamodb:Query",
      "logs:CreateLogStream",
      "logs:PutLogEvents",
      "secretsmanager:DescribeSecret",
      "secretsmanager:GetSecretValue",
    ]);
    // Logs: each function's own log group, not the managed policy's every log group.
    for (const { statements } of [ingest, query]) {
      const logs = statements.find((s) => [s.Action].flat().includes("logs:PutLogEvents"));
      expect(JSON.stringify(logs?.Resource)).toMatch(/Logs[0-9A-F]+", "Arn"|Logs[0-9A-F]+","Arn"/);
    }
    // No managed policy on either role (basic execution would allow every log group).
    for (const name of ["Ingest", "Query"])
      expect(
        dev.template.findResources("AWS::IAM::Role")[roleOf(name)]?.Properties.ManagedPolicyArns,
      ).toBeUndefined();
  });

  it("reserve concurrency for both functions and cap how much of ingest's the queue takes", () => {
    for (const fn of Object.values(ours(dev)))
      expect(fn.Properties.ReservedConcurrentExecutions).toBeGreaterThan(0);
    dev.template.hasResourceProperties("AWS::Lambda::EventSourceMapping", {
      ScalingConfig: { MaximumConcurrency: Match.anyValue() },
    });
  });

  it("set the size limit, the extraction budget, the timeout and the queue's visibility together", () => {
    const ingest = Object.values(ours(dev)).find((fn) => fn.Properties.Description?.includes("ingest"));
    const vars = ingest?.Properties.Environment.Variables ?? {};
    expect(Number(vars.MAX_ARTICLE_BYTES)).toBe(INGEST_LIMITS.maxArticleBytes);
    expect(Number(vars.EXTRACTION_BUDGET_MS)).toBe(INGEST_LIMITS.extractionBudgetMs);
    // A whole batch at full budget fits in the timeout; the queue hides a message 6× as long.
    expect(ingest?.Properties.Timeout).toBe(INGEST_TIMEOUT_SECONDS);
    expect(INGEST_TIMEOUT_SECONDS * 1000).toBeGreaterThan(
      INGEST_LIMITS.batchSize *
        (INGEST_LIMITS.extractionBudgetMs + INGEST_LIMITS.overrunAllowanceMs + INGEST_LIMITS.ioAllowanceMs),
    );
    dev.template.hasResourceProperties("AWS::SQS::Queue", { VisibilityTimeout: 6 * INGEST_TIMEOUT_SECONDS });
    dev.template.hasResourceProperties("AWS::Lambda::EventSourceMapping", {
      BatchSize: INGEST_LIMITS.batchSize,
    });
  });

  it("run the sweeper on a schedule, as a task of the ingest function", () => {
    dev.template.hasResourceProperties("AWS::Events::Rule", {
      ScheduleExpression: `rate(${INGEST_LIMITS.sweepEveryMinutes} minutes)`,
      Targets: [Match.objectLike({ Input: JSON.stringify({ task: "sweep" }), Arn: Match.anyValue() })],
    });
  });

  it("give the query function its cursor secret by reference, read through the secrets extension", () => {
    const query = Object.values(ours(dev)).find((fn) => fn.Properties.Description?.includes("query"));
    const vars = query?.Properties.Environment.Variables ?? {};
    expect(vars.CURSOR_SECRET).toBeUndefined();
    expect(vars.CURSOR_SECRET_ARN).toEqual({ Ref: expect.stringMatching(/^CursorSecret/) });
    expect(JSON.stringify(query?.Properties.Layers)).toContain("AWS-Parameters-and-Secrets-Lambda-Extension");
    // No secret value anywhere in the template, not even as a dynamic reference.
    expect(JSON.stringify(dev.template.toJSON())).not.toContain("{{resolve:secretsmanager");
  });

  it("raise alarms on errors, failed articles and old dead letters, sent to a topic CloudWatch can publish to", () => {
    dev.template.resourceCountIs("AWS::CloudWatch::Alarm", 4);
    const topics = dev.template.findResources("AWS::SNS::Topic");
    const [topicId] = Object.keys(topics);
    expect(Object.keys(topics)).toHaveLength(1);
    // Encrypted with a customer-managed key (the AWS-managed SNS key cannot let CloudWatch in).
    const [keyId] = Object.keys(dev.template.findResources("AWS::KMS::Key"));
    expect(topics[topicId ?? ""]?.Properties.KmsMasterKeyId).toEqual({ "Fn::GetAtt": [keyId, "Arn"] });
    dev.template.hasResourceProperties("AWS::KMS::Key", {
      EnableKeyRotation: true,
      KeyPolicy: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Principal: { Service: "cloudwatch.amazonaws.com" },
            Action: ["kms:Decrypt", "kms:GenerateDataKey*"],
          }),
        ]),
      },
    });
    dev.template.hasResourceProperties("AWS::SNS::TopicPolicy", {
      PolicyDocument: Match.objectLike({
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: "Deny", Condition: { Bool: { "aws:SecureTransport": "false" } } }),
          Match.objectLike({ Principal: { Service: "cloudwatch.amazonaws.com" }, Action: "sns:Publish" }),
        ]),
      }),
    });
    for (const alarm of Object.values(dev.template.findResources("AWS::CloudWatch::Alarm"))) {
      expect(alarm.Properties.AlarmActions).toEqual([{ Ref: topicId }]);
      expect(alarm.Properties.OKActions).toEqual([{ Ref: topicId }]);
    }
    // No subscriber unless one is configured.
    dev.template.resourceCountIs("AWS::SNS::Subscription", 0);
    synth("dev", { alarmEmail: "ops@example.org" }).template.hasResourceProperties("AWS::SNS::Subscription", {
      Protocol: "email",
      Endpoint: "ops@example.org",
      TopicArn: Match.anyValue(),
    });
    dev.template.hasResourceProperties("AWS::CloudWatch::Alarm", {
      MetricName: "ApproximateAgeOfOldestMessage",
      Threshold: 3600,
    });
    dev.template.hasResourceProperties("AWS::CloudWatch::Alarm", {
      MetricName: "articlesFailed",
      Namespace: "filmkb",
      Dimensions: [{ Name: "service", Value: "filmkb-ingest" }],
    });
    dev.template.hasResourceProperties("AWS::CloudWatch::Alarm", {
      MetricName: "Errors",
      Namespace: "AWS/Lambda",
    });
  });
});

describe("the HTTP API", () => {
  it("routes POST /articles, IAM-authorised, to ingest and every other request to the query function", () => {
    dev.template.hasResourceProperties("AWS::ApiGatewayV2::Route", {
      RouteKey: "ANY /{proxy+}",
      AuthorizationType: "NONE",
    });
    dev.template.hasResourceProperties("AWS::ApiGatewayV2::Route", {
      RouteKey: "POST /articles",
      AuthorizationType: "AWS_IAM",
    });
  });

  it("routes every page of the explorer and every read of the API to the query function", () => {
    const routes = Object.values(dev.template.findResources("AWS::ApiGatewayV2::Route")).map(
      (r) => r.Properties as { RouteKey: string; Target: unknown },
    );
    const gets = routes.filter((r) => r.RouteKey.startsWith("ANY "));
    expect(gets.map((r) => r.RouteKey).sort()).toEqual(["ANY /", "ANY /{proxy+}"]);
    // Both send to the one query integration.
    expect(new Set(gets.map((r) => JSON.stringify(r.Target))).size).toBe(1);
    const served = (path: string) =>
      gets.some(({ RouteKey }) => {
        const route = RouteKey.slice(4);
        return route === path || (route === "/{proxy+}" && path.length > 1);
      });
    const paths = [
      "/",
      "/explore/films/the-long-night-2",
      "/explore/calendar",
      "/docs",
      "/openapi.json",
      "/assets/explorer.css",
      ...READ_OPERATIONS.map((op) => op.path.replace(/\{id\}/, "x")),
    ];
    expect(paths.filter((p) => !served(p))).toEqual([]);
  });

  it("answers CORS preflight with the query app's own policy", () => {
    dev.template.hasResourceProperties("AWS::ApiGatewayV2::Api", {
      CorsConfiguration: {
        AllowOrigins: [CORS_POLICY.origin],
        AllowMethods: CORS_POLICY.allowMethods,
        ExposeHeaders: CORS_POLICY.exposeHeaders,
        MaxAge: CORS_POLICY.maxAge,
      },
    });
  });

  it("is throttled and logs access", () => {
    dev.template.hasResourceProperties("AWS::ApiGatewayV2::Stage", {
      StageName: "$default",
      DefaultRouteSettings: { ThrottlingRateLimit: 20, ThrottlingBurstLimit: 40 },
      AccessLogSettings: { DestinationArn: Match.anyValue(), Format: Match.anyValue() },
    });
  });
});

interface NagReport {
  pluginReports: {
    pluginName: string;
    conclusion: string;
    violations: { ruleName: string }[];
    suppressedViolations: { ruleName: string; reason: string }[];
  }[];
}
const nagReport = (outdir: string) => {
  const report = JSON.parse(readFileSync(join(outdir, "validation-report.json"), "utf8")) as NagReport;
  return report.pluginReports.find((r) => r.pluginName === "AwsSolutions");
};

describe("cdk-nag AwsSolutions", () => {
  it("finds nothing that is not acknowledged, and every acknowledgement gives its reason", () => {
    for (const { outdir } of [dev, prod]) {
      const report = nagReport(outdir);
      expect(report?.conclusion).toBe("success");
      expect(report?.violations.map((v) => v.ruleName)).toEqual([]);
      for (const s of report?.suppressedViolations ?? [])
        expect(s.reason.length, s.ruleName).toBeGreaterThan(20);
    }
  });

  it("fails synthesis on an unacknowledged finding (the check can fail)", () => {
    const outdir = mkdtempSync(join(tmpdir(), "filmkb-nag-"));
    const app = new App({ outdir });
    new Queue(new Stack(app, "Bare"), "Plain", { encryption: QueueEncryption.UNENCRYPTED });
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
    expect(() => app.synth()).toThrow();
  });
});
