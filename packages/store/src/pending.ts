import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import { QueryCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { Article } from "@filmkb/schema";
import type { StoreContext } from "./context.ts";
import { ArticleItem, parseItem } from "./items.ts";
import { keys } from "./keys.ts";

export interface PendingArticle {
  article: Article;
  /** When it went pending, or was last sent round again. */
  pendingSince: string;
  /** How many times it has been sent round again. */
  redrives: number;
}

/**
 * Articles pending since before `before`, oldest first: one Query on the pending index (only
 * pending articles carry its keys, so it stays as small as the backlog).
 */
export async function pendingArticles(
  ctx: StoreContext,
  before: Date,
  limit: number,
): Promise<PendingArticle[]> {
  const out = await ctx.doc.send(
    new QueryCommand({
      TableName: ctx.table,
      IndexName: "byReleaseDate",
      KeyConditionExpression: "gsi3pk = :pk AND gsi3sk < :before",
      ExpressionAttributeValues: { ":pk": "PENDING", ":before": before.toISOString() },
      Limit: limit,
    }),
  );
  return ((out.Items ?? []) as Record<string, unknown>[]).flatMap((raw) => {
    const item = parseItem(ArticleItem, raw);
    // The index is eventually consistent: an article may have finished since.
    if (item.data.status.state !== "pending") return [];
    return [
      {
        article: item.data,
        pendingSince: item.pendingSince ?? item.data.receivedAt,
        redrives: item.redrives ?? 0,
      },
    ];
  });
}

/**
 * Counts one more re-drive of a pending article and restarts its clock; false when it is no
 * longer pending (it finished meanwhile), so the caller sends nothing.
 */
export async function markRedriven(ctx: StoreContext, articleId: string): Promise<boolean> {
  const now = ctx.now().toISOString();
  const index = keys.pendingIndex(articleId, now);
  try {
    await ctx.doc.send(
      new UpdateCommand({
        TableName: ctx.table,
        Key: keys.article(articleId),
        UpdateExpression:
          "SET redrives = if_not_exists(redrives, :zero) + :one, pendingSince = :now, gsi3sk = :sk",
        ConditionExpression: "#data.#status.#state = :pending",
        ExpressionAttributeNames: { "#data": "data", "#status": "status", "#state": "state" },
        ExpressionAttributeValues: {
          ":zero": 0,
          ":one": 1,
          ":now": now,
          ":sk": index.gsi3sk,
          ":pending": "pending",
        },
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}
