import { Duration, RemovalPolicy } from "aws-cdk-lib";
import { Alarm, ComparisonOperator, TreatMissingData } from "aws-cdk-lib/aws-cloudwatch";
import { BlockPublicAccess, Bucket, BucketEncryption, EventType, ObjectOwnership } from "aws-cdk-lib/aws-s3";
import { SqsDestination } from "aws-cdk-lib/aws-s3-notifications";
import { Queue, QueueEncryption } from "aws-cdk-lib/aws-sqs";
import { Construct } from "constructs";

export interface ArticleInboxProps {
  retainData: boolean;
  /** How long the queue hides a delivered message (six times the consumer's timeout). */
  visibilityTimeout: Duration;
  /** Deliveries before a message is moved to the dead-letter queue. */
  maxReceiveCount: number;
}

/**
 * Where articles arrive: a private, encrypted, versioned bucket whose ObjectCreated
 * notifications go to an encrypted queue, with a dead-letter queue and an alarm on its depth.
 */
export class ArticleInbox extends Construct {
  readonly bucket: Bucket;
  readonly queue: Queue;
  readonly deadLetterQueue: Queue;
  readonly deadLetterAlarm: Alarm;

  constructor(scope: Construct, id: string, props: ArticleInboxProps) {
    super(scope, id);
    const removal = props.retainData ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;
    const secureBucket = {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      removalPolicy: removal,
      autoDeleteObjects: !props.retainData,
    };
    const accessLogs = new Bucket(this, "AccessLogs", {
      ...secureBucket,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_PREFERRED,
      lifecycleRules: [{ expiration: Duration.days(90) }],
    });
    this.bucket = new Bucket(this, "Articles", {
      ...secureBucket,
      versioned: true,
      serverAccessLogsBucket: accessLogs,
      serverAccessLogsPrefix: "articles/",
      lifecycleRules: [
        {
          noncurrentVersionExpiration: Duration.days(30),
          abortIncompleteMultipartUploadAfter: Duration.days(1),
        },
      ],
    });

    this.deadLetterQueue = new Queue(this, "DeadLetters", {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    this.queue = new Queue(this, "Uploads", {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      visibilityTimeout: props.visibilityTimeout,
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: props.maxReceiveCount },
    });
    this.bucket.addEventNotification(EventType.OBJECT_CREATED, new SqsDestination(this.queue));

    // The give-up path marks an article failed and consumes its message: what reaches the DLQ
    // is a message nothing could handle (a timeout every time, or no S3 notification at all).
    // The sweeper fails or re-drives the article; a person still has to look at the message.
    this.deadLetterAlarm = new Alarm(this, "DeadLettersAlarm", {
      alarmDescription:
        "A message has waited more than an hour in the ingest dead-letter queue: every delivery of it failed without being handled.",
      metric: this.deadLetterQueue.metricApproximateAgeOfOldestMessage({
        period: Duration.minutes(5),
        statistic: "Maximum",
      }),
      threshold: 3600,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
  }
}
