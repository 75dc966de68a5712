import { Article, ArticleFormat, ArticleSource, Fact, Film, lazily, Timestamp } from "@filmkb/schema";
import * as z from "zod";
import { CorruptItemError } from "./errors.ts";

const keyed = () => ({ pk: z.string(), sk: z.string() });

/** Every item type in the table, each parsed with its schema on read: nothing is cast. Built on first use. */
export const ArticleItem = lazily(() =>
  z.object({
    ...keyed(),
    type: z.literal("article"),
    data: Article,
    /** Pending articles: since when (ISO), for the sweeper. */
    pendingSince: z.string().optional(),
    /** Pending articles: how many times the sweeper sent it round again. */
    redrives: z.int().min(0).optional(),
    /** A save has started writing this article (it may have died part-way). */
    saving: z.boolean().optional(),
  }),
);
export const SourceItem = lazily(() =>
  z.object({ ...keyed(), type: z.literal("source"), data: ArticleSource }),
);
export const RawChunkItem = lazily(() =>
  z.object({
    ...keyed(),
    type: z.literal("raw"),
    format: ArticleFormat,
    text: z.string(),
  }),
);
export const FactItem = lazily(() =>
  z.object({
    ...keyed(),
    type: z.literal("fact"),
    data: Fact,
    articleId: z.string(),
    /** The time the fact counts from: its article's publication date, else when it was received. */
    reportedAt: Timestamp,
    /** The article's publication date (null: it gave none); absent on facts stored before 1.1. */
    publishedAt: Timestamp.nullable().optional(),
    receivedAt: Timestamp.optional(),
    confidence: z.number(),
    ordinal: z.int().min(0).optional(),
  }),
);
export const ViewItem = lazily(() =>
  z.object({ ...keyed(), type: z.literal("view"), version: z.int().min(1), data: Film }),
);
export const RedirectItem = lazily(() =>
  z.object({
    ...keyed(),
    type: z.literal("redirect"),
    into: z.string(),
    reason: z.string(),
    version: z.int().min(1),
  }),
);
/** A film folded into the partition's film: `filmId` is the one merged away. */
export const MergeItem = lazily(() =>
  z.object({
    ...keyed(),
    type: z.literal("merge"),
    filmId: z.string(),
    reason: z.string(),
    articleId: z.string().nullable(),
  }),
);
export const MentionItem = lazily(() =>
  z.object({
    ...keyed(),
    type: z.literal("mention"),
    articleId: z.string(),
    reportedAt: Timestamp,
  }),
);
export const AliasItem = lazily(() =>
  z.object({
    ...keyed(),
    type: z.literal("alias"),
    filmId: z.string(),
    name: z.string(),
    /** The film's year when the alias was written, to tell apart films that share a title. */
    summary: z.object({ year: z.int().nullable() }).optional(),
  }),
);
export const PersonItem = lazily(() =>
  z.object({ ...keyed(), type: z.literal("person"), id: z.string(), name: z.string() }),
);
export const CreditItem = lazily(() =>
  z.object({
    ...keyed(),
    type: z.literal("credit"),
    filmId: z.string(),
    title: z.string(),
    role: z.enum(["director", "writer", "producer", "cast"]),
    character: z.string().nullable(),
  }),
);
export const CalendarItem = lazily(() =>
  z.object({
    ...keyed(),
    type: z.literal("calendar"),
    filmId: z.string(),
    title: z.string(),
    date: z.string(),
    region: z.string().nullable(),
    medium: z.string().nullable(),
    platform: z.string().nullable(),
    articleId: z.string(),
    reportedAt: Timestamp.nullable(),
    receivedAt: Timestamp.optional(),
    confidence: z.number(),
  }),
);

export type ArticleItem = z.infer<typeof ArticleItem>;
export type FactItem = z.infer<typeof FactItem>;
export type ViewItem = z.infer<typeof ViewItem>;
export type RedirectItem = z.infer<typeof RedirectItem>;
export type MentionItem = z.infer<typeof MentionItem>;
export type AliasItem = z.infer<typeof AliasItem>;
export type PersonItem = z.infer<typeof PersonItem>;
export type CreditItem = z.infer<typeof CreditItem>;
export type CalendarItem = z.infer<typeof CalendarItem>;

/** Parses an item read from the table, or throws CorruptItemError naming its key and the failure. */
export function parseItem<T extends z.ZodType>(schema: T, item: Record<string, unknown>): z.infer<T> {
  const result = schema.safeParse(item);
  if (result.success) return result.data;
  throw new CorruptItemError(
    { pk: String(item.pk ?? "?"), sk: String(item.sk ?? "?") },
    result.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; "),
  );
}

/**
 * A stored fact as the view computes with it. Facts stored before publication and reception
 * were kept apart only have `reportedAt`, which then stands for both.
 */
export function storedFactOf(item: FactItem, key?: string) {
  return {
    fact: item.data,
    articleId: item.articleId,
    reportedAt: item.reportedAt,
    publishedAt: item.publishedAt === undefined ? item.reportedAt : item.publishedAt,
    receivedAt: item.receivedAt ?? item.reportedAt,
    ordinal: item.ordinal,
    ...(key ? { key } : {}),
  };
}
