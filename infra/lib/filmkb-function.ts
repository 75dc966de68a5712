import { fileURLToPath } from "node:url";
import { Duration, RemovalPolicy } from "aws-cdk-lib";
import { Alarm, ComparisonOperator, TreatMissingData } from "aws-cdk-lib/aws-cloudwatch";
import { Architecture, type ParamsAndSecretsLayerVersion, Runtime } from "aws-cdk-lib/aws-lambda";
import { NodejsFunction, OutputFormat } from "aws-cdk-lib/aws-lambda-nodejs";
import { LogGroup, RetentionDays } from "aws-cdk-lib/aws-logs";
import { Construct } from "constructs";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));

const RETENTION: Record<number, RetentionDays> = {
  7: RetentionDays.ONE_WEEK,
  30: RetentionDays.ONE_MONTH,
  90: RetentionDays.THREE_MONTHS,
  365: RetentionDays.ONE_YEAR,
};

export interface FilmkbFunctionProps {
  /** The handler module, relative to the repository root: `functions/<name>/src/lambda.ts`. */
  entry: string;
  description: string;
  environment: Record<string, string>;
  timeout: Duration;
  memorySize?: number;
  logRetentionDays: 7 | 30 | 90 | 365;
  /** The Parameters and Secrets extension, for a function that reads a secret at cold start. */
  paramsAndSecrets?: ParamsAndSecretsLayerVersion;
}

/**
 * A filmkb Lambda: Node.js 24 on arm64, bundled by the locally installed esbuild (never
 * Docker) as minified ESM with the AWS SDK inside, its own log group with retention, and an
 * alarm on errors.
 */
export class FilmkbFunction extends Construct {
  readonly fn: NodejsFunction;
  readonly errorAlarm: Alarm;

  constructor(scope: Construct, id: string, props: FilmkbFunctionProps) {
    super(scope, id);
    const logGroup = new LogGroup(this, "Logs", {
      retention: RETENTION[props.logRetentionDays],
      removalPolicy: RemovalPolicy.DESTROY,
    });
    this.fn = new NodejsFunction(this, "Function", {
      entry: `${repoRoot}${props.entry}`,
      handler: "handler",
      projectRoot: repoRoot,
      depsLockFilePath: `${repoRoot}package-lock.json`,
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout,
      description: props.description,
      logGroup,
      paramsAndSecrets: props.paramsAndSecrets,
      environment: {
        ...props.environment,
        NODE_OPTIONS: "--enable-source-maps",
        POWERTOOLS_LOG_LEVEL: "INFO",
      },
      bundling: {
        format: OutputFormat.ESM,
        mainFields: ["module", "main"],
        bundleAwsSDK: true,
        minify: true,
        sourceMap: true,
        target: "node22",
        forceDockerBundling: false,
        banner:
          "import { createRequire as __filmkbRequire } from 'node:module'; const require = __filmkbRequire(import.meta.url);",
      },
    });
    this.errorAlarm = new Alarm(this, "ErrorsAlarm", {
      alarmDescription: `${props.description}: invocations are failing.`,
      metric: this.fn.metricErrors({ period: Duration.minutes(5) }),
      threshold: 0,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
  }
}
