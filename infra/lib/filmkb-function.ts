import { copyFileSync, mkdirSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { AssetHashType, Duration, type ILocalBundling, RemovalPolicy } from "aws-cdk-lib";
import { Alarm, ComparisonOperator, TreatMissingData } from "aws-cdk-lib/aws-cloudwatch";
import { PolicyStatement, Role, ServicePrincipal } from "aws-cdk-lib/aws-iam";
import {
  Architecture,
  Code,
  Function as LambdaFunction,
  type ParamsAndSecretsLayerVersion,
  Runtime,
} from "aws-cdk-lib/aws-lambda";
import { LogGroup, RetentionDays } from "aws-cdk-lib/aws-logs";
import { Construct } from "constructs";
import { bundleSync, LAMBDA_BUILD, LAMBDA_NODE_OPTIONS } from "../../scripts/bundle.mjs";

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
  /** Files shipped beside the bundle: each is copied into `<bundle>/<into>/` (static assets). */
  extraFiles?: { from: string[]; into: string };
  /** Concurrent executions reserved for the function. */
  reservedConcurrency: number;
}

/**
 * Builds a handler with `scripts/bundle.mjs`, the build the benchmarks measure. Its fields are
 * what CDK hashes to tell one function's bundle from another's, so the entry and the settings
 * are among them.
 */
class LambdaBundle implements ILocalBundling {
  readonly settings = LAMBDA_BUILD;
  constructor(
    readonly entry: string,
    readonly extraFiles?: FilmkbFunctionProps["extraFiles"],
  ) {}

  tryBundle(outputDir: string): boolean {
    bundleSync(this.entry, outputDir);
    if (this.extraFiles) {
      const dir = join(outputDir, this.extraFiles.into);
      mkdirSync(dir, { recursive: true });
      for (const file of this.extraFiles.from) copyFileSync(file, join(dir, basename(file)));
    }
    return true;
  }
}

/**
 * A filmkb Lambda: Node.js 24 on arm64, bundled in-process by the installed esbuild (never
 * Docker) as minified ESM with the AWS SDK inside and code split into chunks loaded on first
 * use, its own log group with retention, and an alarm on errors.
 */
export class FilmkbFunction extends Construct {
  readonly fn: LambdaFunction;
  readonly role: Role;
  readonly errorAlarm: Alarm;

  constructor(scope: Construct, id: string, props: FilmkbFunctionProps) {
    super(scope, id);
    const logGroup = new LogGroup(this, "Logs", {
      retention: RETENTION[props.logRetentionDays],
      removalPolicy: RemovalPolicy.DESTROY,
    });
    // A role of its own that may write its own log group and nothing else to begin with (the
    // managed basic-execution policy would let it write any log group in the account).
    this.role = new Role(this, "Role", {
      assumedBy: new ServicePrincipal("lambda.amazonaws.com"),
      description: `${props.description}: the function's role`,
    });
    this.role.addToPrincipalPolicy(
      new PolicyStatement({
        actions: ["logs:CreateLogStream", "logs:PutLogEvents"],
        resources: [logGroup.logGroupArn],
      }),
    );
    this.fn = new LambdaFunction(this, "Function", {
      code: Code.fromAsset(repoRoot, {
        assetHashType: AssetHashType.OUTPUT,
        bundling: {
          local: new LambdaBundle(`${repoRoot}${props.entry}`, props.extraFiles),
          // Required by the type, never used: local bundling succeeds or throws.
          image: Runtime.NODEJS_24_X.bundlingImage,
        },
      }),
      handler: "index.handler",
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout,
      description: props.description,
      logGroup,
      role: this.role,
      reservedConcurrentExecutions: props.reservedConcurrency,
      paramsAndSecrets: props.paramsAndSecrets,
      environment: {
        ...props.environment,
        NODE_OPTIONS: LAMBDA_NODE_OPTIONS,
        POWERTOOLS_LOG_LEVEL: "INFO",
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
