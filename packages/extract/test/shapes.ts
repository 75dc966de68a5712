/**
 * Article shapes that made extraction super-linear (issue 13), each as a generator of an input
 * of about `bytes` bytes. Used by the property tests (up to 64 KiB) and by the benchmark that
 * shows cost per KiB from 1 KiB to 1 MiB. Every text here is written for the project.
 */
import type { ArticleFormat } from "@filmkb/schema";

export interface Shape {
  name: string;
  format: ArticleFormat;
  /** An input of at least `bytes` bytes (and not much more), varied by `seed`. */
  make(bytes: number, seed?: number): string;
}

const WORDS = [
  "Harbour",
  "Lantern",
  "Meridian",
  "Copper",
  "Orchard",
  "Violet",
  "Northern",
  "Quarry",
  "Silver",
  "Falcon",
  "Winter",
  "Echo",
];

/** Repeats what `piece(i)` gives until the text reaches `bytes`. */
function fill(bytes: number, piece: (i: number) => string, join = ""): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < bytes; i++) {
    const p = piece(i);
    parts.push(p);
    length += p.length + join.length;
  }
  return parts.join(join);
}

export const SHAPES: Shape[] = [
  {
    // Two-letter capitalised words: every one could start a title.
    name: "'Aa ' repeated",
    format: "text",
    make: (bytes) => "Aa ".repeat(Math.ceil(bytes / 3)),
  },
  {
    // One title-case sentence of capitalised words and no colon: the colon-title pattern.
    name: "capitalised words, no stop",
    format: "text",
    make: (bytes, seed = 0) => fill(bytes, (i) => `${WORDS[(i * 7 + seed) % WORDS.length]} `),
  },
  {
    // A filming cue, a run of "& ", then a place: the gap pattern of relations/locations.ts.
    name: "'& ' before a place",
    format: "text",
    make: (bytes, seed = 0) =>
      fill(
        bytes,
        (i) => `The thriller Night Ferry was filmed in ${"& ".repeat(26 + ((i + seed) % 5))}Bergen. `,
      ),
  },
  {
    // One long paragraph of quoted crew speech about a film: every sentence asks who speaks.
    name: "quoted crew, one paragraph",
    format: "text",
    make: (bytes, seed = 0) =>
      `The thriller Night Ferry is directed by Ana Ruiz. Ana Ruiz said the shoot was long. ${fill(
        bytes,
        (i) => `"We spent ${2 + ((i + seed) % 9)} weeks in Bergen with the crew." `,
      )}`,
  },
  {
    // Many sentences and many films coordinated in lists: list propagation per sentence.
    name: "title lists, many sentences",
    format: "text",
    make: (bytes, seed = 0) =>
      fill(
        bytes,
        (i) =>
          `The thriller ${WORDS[(i + seed) % WORDS.length]} Road, ${WORDS[(i + 3) % WORDS.length]} Bay and ${WORDS[(i + 5) % WORDS.length]} Hill opened this week. `,
      ),
  },
  {
    // Thousands of paragraphs: each block used to trim blanks over the whole text.
    name: "HTML, many <p>",
    format: "html",
    make: (bytes, seed = 0) =>
      `<html><body>${fill(
        bytes,
        (i) => `<p>The thriller <em>Night Ferry</em> stars Lena Vik ${(i + seed) % 97}. </p>`,
      )}</body></html>`,
  },
  {
    // Nested block quotes: a recursive walk overflowed the stack.
    name: "Markdown, deep '>'",
    format: "markdown",
    make: (bytes) => `${">".repeat(Math.max(1, bytes - 20))} *Night Ferry* stars.`,
  },
  {
    // Lines of deeply nested list items: the Markdown parser re-reads every open container.
    name: "Markdown, nested lists",
    format: "markdown",
    make: (bytes, seed = 0) =>
      fill(
        bytes,
        (i) => `${"  ".repeat((i + seed) % 9)}- ${"- ".repeat((i + seed) % 3)}*Night Ferry* opens.\n`,
      ),
  },
  {
    // The same kind of news run together without a full stop: one sentence that names films,
    // people, parts and dates all along, so every match in it asks about the whole sentence.
    name: "news prose, one sentence",
    format: "text",
    make: (bytes, seed = 0) =>
      `The thriller ${fill(bytes, (i) => {
        const w = (k: number) => WORDS[(i * 5 + k + seed) % WORDS.length];
        return `${w(2)} ${w(3)}, directed by Ana Ruiz, stars Tomas Berg as Captain Holm and opens in the United Kingdom on March ${(i % 27) + 1}, 2027, and the comedy `;
      })}Night Ferry opens later.`,
  },
  {
    // Awards news run together without a full stop: nominations, possessives and categories all
    // along one sentence, so every guard a match asks about the sentence would be asked again.
    name: "awards news, one sentence",
    format: "text",
    make: (bytes, seed = 0) =>
      `The drama Night Ferry, which earned nominations for ${fill(bytes, (i) => {
        const w = (k: number) => WORDS[(i * 3 + k + seed) % WORDS.length];
        return `Tom ${w(0)} and ${w(1)} Road's Ann ${w(2)}, tipped for best actress while ${w(3)} ${w(4)} won best film, and `;
      })}Ruth Ellery, opens later.`,
  },
  {
    // News prose of the kind filmkb reads, with films, people, dates and places.
    name: "news prose",
    format: "text",
    make: (bytes, seed = 0) =>
      fill(
        bytes,
        (i) => {
          const w = (k: number) => WORDS[(i * 5 + k + seed) % WORDS.length];
          return [
            `${w(0)} ${w(1)} news ${i}`,
            `The thriller ${w(2)} ${w(3)}, directed by Ana Ruiz, stars Tomas Berg as Captain Holm and Lena Vik. It will be released in the United Kingdom on March ${(i % 27) + 1}, 2027, by Harbour Pictures, followed by a streaming release on Netflix.`,
            `"We shot ${w(2)} ${w(3)} in Bergen and Stavanger," Ruiz said. The film, a sequel to ${w(4)} ${w(5)}, was made in six weeks.`,
          ].join("\n\n");
        },
        "\n\n",
      ),
  },
];
