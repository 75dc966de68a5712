import { CfnOutput } from "aws-cdk-lib";
import { HttpApi, HttpMethod, HttpStage, LogGroupLogDestination } from "aws-cdk-lib/aws-apigatewayv2";
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
    // `/{proxy+}` matches every path but the root, which is the explorer's home page.
    for (const path of ["/", "/{proxy+}"])
      this.api.addRoutes({ path, methods: [HttpMethod.GET, HttpMethod.HEAD], integration: query });
    this.api.addRoutes({
      path: "/articles",
      methods: [HttpMethod.POST],
      integration: new HttpLambdaIntegration("Submit", props.ingest),
      authorizer: new HttpIamAuthorizer(),
    });

    new CfnOutput(this, "Url", { value: this.api.apiEndpoint, description: "The filmkb API" });
  }
}
