import { CORS_POLICY } from "@filmkb/http";
import { CfnOutput, Duration } from "aws-cdk-lib";
import {
  type CorsHttpMethod,
  HttpApi,
  HttpMethod,
  HttpStage,
  LogGroupLogDestination,
} from "aws-cdk-lib/aws-apigatewayv2";
import { HttpIamAuthorizer } from "aws-cdk-lib/aws-apigatewayv2-authorizers";
import { HttpLambdaIntegration } from "aws-cdk-lib/aws-apigatewayv2-integrations";
import type { IFunction } from "aws-cdk-lib/aws-lambda";
import { LogGroup, RetentionDays } from "aws-cdk-lib/aws-logs";
import { Construct } from "constructs";

export interface FilmkbApiProps {
  query: IFunction;
  ingest: IFunction;
  throttle: { rateLimit: number; burstLimit: number };
}

/**
 * The HTTPS API (API Gateway HTTP API, payload v2): every GET goes to the query function;
 * `POST /articles` goes to the ingest function behind IAM authorisation. Throttled, with
 * access logs.
 */
export class FilmkbApi extends Construct {
  readonly api: HttpApi;

  constructor(scope: Construct, id: string, props: FilmkbApiProps) {
    super(scope, id);
    this.api = new HttpApi(this, "Api", {
      description: "filmkb: films from the news, with sources",
      createDefaultStage: false,
      // API Gateway answers preflight requests itself: with the query app's own CORS policy.
      corsPreflight: {
        allowOrigins: [CORS_POLICY.origin],
        allowMethods: CORS_POLICY.allowMethods.map((m) => m as CorsHttpMethod),
        exposeHeaders: CORS_POLICY.exposeHeaders,
        maxAge: Duration.seconds(CORS_POLICY.maxAge),
      },
    });
    const accessLogs = new LogGroup(this, "AccessLogs", { retention: RetentionDays.ONE_MONTH });
    new HttpStage(this, "DefaultStage", {
      httpApi: this.api,
      stageName: "$default",
      autoDeploy: true,
      throttle: props.throttle,
      accessLogSettings: { destination: new LogGroupLogDestination(accessLogs) },
    });

    const query = new HttpLambdaIntegration("Query", props.query);
    // Every method but POST /articles goes to the query app, which answers 405 (with Allow) for
    // a write to a known path rather than API Gateway's bare 404. `/{proxy+}` matches every
    // path but the root, which is the explorer's home page.
    for (const path of ["/", "/{proxy+}"])
      this.api.addRoutes({ path, methods: [HttpMethod.ANY], integration: query });
    this.api.addRoutes({
      path: "/articles",
      methods: [HttpMethod.POST],
      integration: new HttpLambdaIntegration("Submit", props.ingest),
      authorizer: new HttpIamAuthorizer(),
    });

    new CfnOutput(this, "Url", { value: this.api.apiEndpoint, description: "The filmkb API" });
  }
}
