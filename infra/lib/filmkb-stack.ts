import {
  INGEST_LIMITS,
  INGEST_TIMEOUT_SECONDS,
  PENDING_LIMIT_MS,
  QUEUE_VISIBILITY_SECONDS,
} from "@filmkb/ingest-function";
import { Duration, Stack, type StackProps } from "aws-cdk-lib";
import { Alarm, ComparisonOperator, Metric, TreatMissingData } from "aws-cdk-lib/aws-cloudwatch";
import { Rule, RuleTargetInput, Schedule } from "aws-cdk-lib/aws-events";
import { LambdaFunction } from "aws-cdk-lib/aws-events-targets";
import { PolicyStatement } from "aws-cdk-lib/aws-iam";
import {
  ParamsAndSecretsLayerVersion,
  ParamsAndSecretsLogLevel,
  ParamsAndSecretsVersions,
} from "aws-cdk-lib/aws-lambda";
import { SqsEventSource } from "aws-cdk-lib/aws-lambda-event-sources";
import { Secret } from "aws-cdk-lib/aws-secretsmanager";
import type { Construct } from "constructs";
import { Alerts } from "./alerts.ts";
import { ArticleInbox } from "./article-inbox.ts";
import { FilmkbFunction } from "./filmkb-function.ts";
import { FilmkbApi } from "./http-api.ts";
import { KnowledgeTable } from "./knowledge-table.ts";
import type { StageSettings } from "./stage.ts";
import { swaggerUiFiles } from "./static-assets.ts";

export interface FilmkbStackProps extends StackProps {
  stage: StageSettings;
  /** An address subscribed to the alarm topic (`-c alarmEmail=…`). */
  alarmEmail?: string;
}

/** What each function may do to the table: exactly the requests its code sends. */
const TABLE_ACTIONS = {
  ingest: [
    "dynamodb:BatchGetItem",
    "dynamodb:BatchWriteItem",
    "dynamodb:DeleteItem",
    "dynamodb:PutItem",
    "dynamodb:Query",
    "dynamodb:UpdateItem",
  ],
  query: ["dynamodb:BatchGetItem", "dynamodb:GetItem", "dynamodb:Query"],
};

/** filmkb in one stack: composes the constructs; each concern lives in its own construct. */
export class FilmkbStack extends Stack {
  readonly table: KnowledgeTable;
  readonly inbox: ArticleInbox;
  readonly ingest: FilmkbFunction;
  readonly query: FilmkbFunction;
  readonly api: FilmkbApi;
  readonly cursorSecret: Secret;
  readonly alerts: Alerts;
  readonly failedArticlesAlarm: Alarm;

  constructor(scope: Construct, id: string, props: FilmkbStackProps) {
    super(scope, id, { ...props, terminationProtection: props.stage.retainData });
    const { stage } = props;
    this.table = new KnowledgeTable(this, "Knowledge", { retainData: stage.retainData });
    // The size limit, the extraction budget, the timeout and the queue's visibility come from
    // one place (functions/ingest/src/limits.ts), so they cannot drift apart.
    this.inbox = new ArticleInbox(this, "Inbox", {
      retainData: stage.retainData,
      visibilityTimeout: Duration.seconds(QUEUE_VISIBILITY_SECONDS),
      maxReceiveCount: INGEST_LIMITS.maxReceives,
    });

    this.ingest = new FilmkbFunction(this, "Ingest", {
      entry: "functions/ingest/src/lambda.ts",
      description: "filmkb ingest: articles to stored film facts",
      timeout: Duration.seconds(INGEST_TIMEOUT_SECONDS),
      memorySize: 1024,
      logRetentionDays: stage.logRetentionDays,
      reservedConcurrency: stage.concurrency.ingest,
      environment: {
        TABLE_NAME: this.table.table.tableName,
        ARTICLES_BUCKET: this.inbox.bucket.bucketName,
        MAX_ARTICLE_BYTES: String(INGEST_LIMITS.maxArticleBytes),
        EXTRACTION_BUDGET_MS: String(INGEST_LIMITS.extractionBudgetMs),
        MAX_RECEIVES: String(INGEST_LIMITS.maxReceives),
        PENDING_LIMIT_MS: String(PENDING_LIMIT_MS),
      },
    });
    this.ingest.fn.addEventSource(
      new SqsEventSource(this.inbox.queue, {
        batchSize: INGEST_LIMITS.batchSize,
        reportBatchItemFailures: true,
        maxConcurrency: stage.concurrency.ingestFromQueue,
      }),
    );
    // Reads uploads wherever they are; writes only under articles/ (POST /articles, and the
    // sweeper's re-drives), with no say over legal holds, retention or tags.
    this.ingest.role.addToPrincipalPolicy(
      new PolicyStatement({ actions: ["s3:GetObject"], resources: [this.inbox.bucket.arnForObjects("*")] }),
    );
    this.ingest.role.addToPrincipalPolicy(
      new PolicyStatement({
        actions: ["s3:PutObject"],
        resources: [this.inbox.bucket.arnForObjects("articles/*")],
      }),
    );
    this.table.table.grant(this.ingest.role, ...TABLE_ACTIONS.ingest);
    // The sweeper: articles stuck pending are sent round again, or failed with the reason.
    new Rule(this, "Sweep", {
      description: "filmkb: re-drive or fail articles stuck pending",
      schedule: Schedule.rate(Duration.minutes(INGEST_LIMITS.sweepEveryMinutes)),
      targets: [
        new LambdaFunction(this.ingest.fn, {
          event: RuleTargetInput.fromObject({ task: "sweep" }),
          retryAttempts: 0,
        }),
      ],
    });

    // Encrypts pagination cursors. The function reads it at cold start through the Parameters and
    // Secrets extension: neither the template nor the function's configuration holds the value.
    this.cursorSecret = new Secret(this, "CursorSecret", {
      description: "filmkb: key for pagination cursors",
      generateSecretString: { passwordLength: 48, excludePunctuation: true },
    });
    this.query = new FilmkbFunction(this, "Query", {
      entry: "functions/query/src/lambda.ts",
      description: "filmkb query: the HTTPS API",
      timeout: Duration.seconds(10),
      logRetentionDays: stage.logRetentionDays,
      reservedConcurrency: stage.concurrency.query,
      paramsAndSecrets: ParamsAndSecretsLayerVersion.fromVersion(ParamsAndSecretsVersions.V1_0_103, {
        cacheSize: 10,
        logLevel: ParamsAndSecretsLogLevel.WARN,
      }),
      environment: {
        TABLE_NAME: this.table.table.tableName,
        CURSOR_SECRET_ARN: this.cursorSecret.secretArn,
      },
      // The API reference's Swagger UI, served by the function itself (see functions/query/src/docs.ts).
      extraFiles: { from: swaggerUiFiles(), into: "swagger-ui" },
    });
    // Reads by key and by Query only: never a Scan of the whole table.
    this.table.table.grant(this.query.role, ...TABLE_ACTIONS.query);
    this.cursorSecret.grantRead(this.query.fn);

    this.api = new FilmkbApi(this, "Http", {
      query: this.query.fn,
      ingest: this.ingest.fn,
      throttle: stage.throttle,
    });

    // The ingest function's own count of articles it marked failed (Powertools, EMF).
    this.failedArticlesAlarm = new Alarm(this, "FailedArticlesAlarm", {
      alarmDescription:
        "Articles were marked failed: their reasons are on GET /articles/{id} and in the ingest logs.",
      metric: new Metric({
        namespace: "filmkb",
        metricName: "articlesFailed",
        dimensionsMap: { service: "filmkb-ingest" },
        statistic: "Sum",
        period: Duration.minutes(5),
      }),
      threshold: 0,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    this.alerts = new Alerts(this, "Alerts", { email: props.alarmEmail });
    this.alerts.watch(
      this.ingest.errorAlarm,
      this.query.errorAlarm,
      this.inbox.deadLetterAlarm,
      this.failedArticlesAlarm,
    );
  }
}
