/**
 * @module @filmkb/local
 * Local stand-ins for AWS services, started in-process for tests and the local stack.
 */
export {
  ensureTable,
  type LocalDynamo,
  type LocalDynamoOptions,
  localDynamoClient,
  missingIndexes,
  recreateTable,
  startLocalDynamo,
} from "./dynamo.ts";
export { type LocalS3, type LocalS3Options, localS3Client, type S3Notification, startLocalS3 } from "./s3.ts";
