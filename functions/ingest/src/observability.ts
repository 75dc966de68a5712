import { Logger } from "@aws-lambda-powertools/logger";
import { Metrics, MetricUnit } from "@aws-lambda-powertools/metrics";

/**
 * Powertools for AWS Lambda: structured JSON logs with correlation ids, and metrics in
 * CloudWatch's embedded metric format. Level and switches come from POWERTOOLS_* variables.
 */
export const logger = new Logger({ serviceName: "filmkb-ingest" });
export const metrics = new Metrics({ namespace: "filmkb", serviceName: "filmkb-ingest" });
export { MetricUnit };
