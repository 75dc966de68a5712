import { Duration, Stack, type StackProps } from "aws-cdk-lib";
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

const INGEST_TIMEOUT = Duration.seconds(60);

/** filmkb in one stack: composes the constructs; each concern lives in its own construct. */
export class FilmkbStack extends Stack {
  readonly table: KnowledgeTable;
  readonly inbox: ArticleInbox;
  readonly ingest: FilmkbFunction;
  readonly query: FilmkbFunction;
  readonly api: FilmkbApi;
  readonly cursorSecret: Secret;
  readonly alerts: Alerts;

  constructor(scope: Construct, id: string, props: FilmkbStackProps) {
    super(scope, id, { ...props, terminationProtection: props.stage.retainData });
    const { stage } = props;
    this.table = new KnowledgeTable(this, "Knowledge", { retainData: stage.retainData });
    this.inbox = new ArticleInbox(this, "Inbox", {
      retainData: stage.retainData,
      processingTimeout: INGEST_TIMEOUT,
    });

    this.ingest = new FilmkbFunction(this, "Ingest", {
      entry: "functions/ingest/src/lambda.ts",
      description: "filmkb ingest: articles to stored film facts",
      timeout: INGEST_TIMEOUT,
      memorySize: 1024,
      logRetentionDays: stage.logRetentionDays,
      environment: {
        TABLE_NAME: this.table.table.tableName,
        ARTICLES_BUCKET: this.inbox.bucket.bucketName,
        MAX_RECEIVES: "3",
      },
    });
    this.ingest.fn.addEventSource(
      new SqsEventSource(this.inbox.queue, { batchSize: 5, reportBatchItemFailures: true }),
    );
    this.inbox.bucket.grantRead(this.ingest.fn);
    this.inbox.bucket.grantPut(this.ingest.fn);
    this.table.table.grantReadWriteData(this.ingest.fn);

    // Signs pagination cursors. The function reads it at cold start through the Parameters and
    // Secrets extension: neither the template nor the function's configuration holds the value.
    this.cursorSecret = new Secret(this, "CursorSecret", {
      description: "filmkb: HMAC key for pagination cursors",
      generateSecretString: { passwordLength: 48, excludePunctuation: true },
    });
    this.query = new FilmkbFunction(this, "Query", {
      entry: "functions/query/src/lambda.ts",
      description: "filmkb query: the HTTPS API",
      timeout: Duration.seconds(10),
      logRetentionDays: stage.logRetentionDays,
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
    this.table.table.grantReadData(this.query.fn);
    this.cursorSecret.grantRead(this.query.fn);

    this.api = new FilmkbApi(this, "Http", {
      query: this.query.fn,
      ingest: this.ingest.fn,
      throttle: stage.throttle,
    });

    this.alerts = new Alerts(this, "Alerts", { email: props.alarmEmail });
    this.alerts.watch(this.ingest.errorAlarm, this.query.errorAlarm, this.inbox.deadLetterAlarm);
  }
}
