/**
 * The output of `--trace`: a stream (a file, or standard output into a pipe) that is given a line only
 * while it keeps up. Lines it would have to queue beyond `maxQueued` bytes are refused, so a reader that
 * stops reading, or a client flooding commands, costs at most that much memory; ServerTrace counts what
 * was refused and says so in the trace.
 */
import type { Writable } from "node:stream";
import type { TraceSink } from "./real-trace";

export function boundedSink(out: Writable, maxQueued: number, onError: (e: Error) => void): TraceSink {
  let broken = false;
  out.on("error", (e) => {
    // EPIPE (the reader went away) and the like: the trace stops, the server goes on.
    if (!broken) onError(e);
    broken = true;
  });
  return (line) => {
    if (broken || out.destroyed || out.writableLength > maxQueued) return false;
    out.write(line + "\n");
    return true;
  };
}
