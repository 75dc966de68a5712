import { Duration, Stack } from "aws-cdk-lib";
import type { Alarm } from "aws-cdk-lib/aws-cloudwatch";
import { SnsAction } from "aws-cdk-lib/aws-cloudwatch-actions";
import { PolicyStatement, ServicePrincipal } from "aws-cdk-lib/aws-iam";
import { Key } from "aws-cdk-lib/aws-kms";
import { Topic } from "aws-cdk-lib/aws-sns";
import { EmailSubscription } from "aws-cdk-lib/aws-sns-subscriptions";
import { Construct } from "constructs";

export interface AlertsProps {
  /** Who hears about alarms, by email; without it the topic waits for a subscriber. */
  readonly email?: string;
}

/**
 * Where every alarm goes: one HTTPS-only topic, encrypted with a key of its own. CloudWatch
 * cannot publish to a topic under the AWS-managed SNS key (its policy cannot be changed to let
 * CloudWatch use it), so the key is customer-managed and its policy lets CloudWatch encrypt.
 */
export class Alerts extends Construct {
  readonly topic: Topic;
  readonly key: Key;

  constructor(scope: Construct, id: string, props: AlertsProps = {}) {
    super(scope, id);
    const { account, region } = Stack.of(this);
    this.key = new Key(this, "Key", {
      description: "filmkb: encrypts the alarm topic",
      enableKeyRotation: true,
      pendingWindow: Duration.days(7),
    });
    const cloudWatch = new ServicePrincipal("cloudwatch.amazonaws.com");
    const fromThisAccountsAlarms = {
      StringEquals: { "aws:SourceAccount": account },
      ArnLike: { "aws:SourceArn": `arn:${Stack.of(this).partition}:cloudwatch:${region}:${account}:alarm:*` },
    };
    this.key.addToResourcePolicy(
      new PolicyStatement({
        sid: "CloudWatchAlarmsEncrypt",
        principals: [cloudWatch],
        actions: ["kms:Decrypt", "kms:GenerateDataKey*"],
        resources: ["*"],
        conditions: fromThisAccountsAlarms,
      }),
    );
    this.topic = new Topic(this, "Topic", {
      displayName: "filmkb alarms",
      enforceSSL: true,
      masterKey: this.key,
    });
    this.topic.addToResourcePolicy(
      new PolicyStatement({
        sid: "CloudWatchAlarmsPublish",
        principals: [cloudWatch],
        actions: ["sns:Publish"],
        resources: [this.topic.topicArn],
        conditions: fromThisAccountsAlarms,
      }),
    );
    if (props.email) this.topic.addSubscription(new EmailSubscription(props.email));
  }

  /** Sends an alarm's state changes (into alarm and back to OK) to the topic. */
  watch(...alarms: Alarm[]): void {
    const action = new SnsAction(this.topic);
    for (const alarm of alarms) {
      alarm.addAlarmAction(action);
      alarm.addOkAction(action);
    }
  }
}
