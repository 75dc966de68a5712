/** A span of the text that typography marks as a title (italics, emphasis, `<cite>`). */
export interface TitleCue {
  start: number;
  end: number;
}

/** An article reduced to text, with what its markup said about it. */
export interface SourceDocument {
  text: string;
  titleCues: TitleCue[];
  headline: string | null;
  publishedAt: string | null;
}
