import type { Alarm } from "aws-cdk-lib/aws-cloudwatch";
import { SnsAction } from "aws-cdk-lib/aws-cloudwatch-actions";
import { Alias } from "aws-cdk-lib/aws-kms";
import { Topic } from "aws-cdk-lib/aws-sns";
import { EmailSubscription } from "aws-cdk-lib/aws-sns-subscriptions";
import { Construct } from "constructs";

export interface AlertsProps {
  /** Who hears about alarms, by email; without it the topic waits for a subscriber. */
  readonly email?: string;
}

/** Where every alarm goes: one encrypted topic, HTTPS-only, with an optional email subscriber. */
export class Alerts extends Construct {
  readonly topic: Topic;

  constructor(scope: Construct, id: string, props: AlertsProps = {}) {
    super(scope, id);
    this.topic = new Topic(this, "Topic", {
      displayName: "filmkb alarms",
      enforceSSL: true,
      masterKey: Alias.fromAliasName(this, "SnsKey", "alias/aws/sns"),
    });
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
