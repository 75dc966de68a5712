import type { Readable, Writable } from "node:stream";

/** The streams a command reads and writes: the process's in the binary, buffers in tests. */
export interface Io {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
}
