import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import { QueryCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { Article } from "@filmkb/schema";
import type { StoreContext } from "./context.ts";
import { ArticleItem, parseItem } from "./items.ts";
import { pendingParams } from "./read-params.ts";
import { redriveParams } from "./write-params.ts";

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
  const out = await ctx.doc.send(new QueryCommand(pendingParams(ctx.table, before, limit)));
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
  try {
    await ctx.doc.send(new UpdateCommand(redriveParams(ctx.table, articleId, ctx.now().toISOString())));
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}
