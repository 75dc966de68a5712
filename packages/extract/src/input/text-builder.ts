/**
 * The text being built, as a list of pieces: every operation looks only at its end, so
 * building an article of n characters costs O(n). (Appending to one string and trimming it
 * with a pattern re-read the whole text at every block.)
 */
export class TextBuilder {
  private readonly pieces: string[] = [];
  length = 0;

  append(piece: string): void {
    if (!piece) return;
    this.pieces.push(piece);
    this.length += piece.length;
  }

  endsWith(suffix: string): boolean {
    // Compared a character at a time from the end: no piece is copied.
    let piece = this.pieces.length - 1;
    let at = this.pieces[piece]?.length ?? 0;
    for (let k = suffix.length - 1; k >= 0; k--) {
      while (at === 0 && piece > 0) at = this.pieces[--piece]?.length ?? 0;
      if (at === 0 || this.pieces[piece]?.[--at] !== suffix[k]) return false;
    }
    return true;
  }

  /** Drops spaces and tabs at the end. */
  trimBlanksAtEnd(): void {
    for (let last = this.pieces.at(-1); last !== undefined; last = this.pieces.at(-1)) {
      let end = last.length;
      while (end > 0 && (last[end - 1] === " " || last[end - 1] === "\t")) end--;
      this.length -= last.length - end;
      if (end > 0) {
        this.pieces[this.pieces.length - 1] = last.slice(0, end);
        return;
      }
      this.pieces.pop();
    }
  }

  /** The text from `start` to the end. */
  from(start: number): string {
    return this.toString().slice(start);
  }

  toString(): string {
    const joined = this.pieces.join("");
    this.pieces.splice(0, this.pieces.length, joined);
    return joined;
  }
}
