/**
 * A download from the real disk: the file is read in chunks and written to the data socket at the pace
 * the socket drains (never more than one chunk in flight), so a 100 GiB file costs as little memory as a
 * small one. TYPE A turns bare LF into CRLF on the way, with the state carried across chunks.
 */
import { constants, createReadStream, openSync } from "node:fs";
import type net from "node:net";
import { binToAscii } from "../ftp/server/ascii";

const CHUNK = 256 * 1024;

export interface SendHandle {
  cancel(): void;
}

/** Streams `source` from `offset` to `sock`; `done(ok)` once all is written (true) or reading failed. */
export function sendFile(
  sock: net.Socket,
  source: string,
  offset: number,
  ascii: boolean,
  onChunk: (bytes: Uint8Array) => void,
  done: (ok: boolean) => void,
): SendHandle {
  // O_NOFOLLOW: a symlink swapped in on disk after the engine's checks is not followed out of the tree.
  let fd: number;
  try {
    fd = openSync(Buffer.from(source, "latin1"), constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch {
    queueMicrotask(() => done(false));
    return { cancel: () => undefined };
  }
  const rs = createReadStream("", { fd, start: offset, highWaterMark: CHUNK });
  let lastWasCr = false;
  let finished = false;
  const end = (ok: boolean) => {
    if (finished) return;
    finished = true;
    sock.off("drain", resume);
    done(ok);
  };
  const resume = () => rs.resume();
  rs.on("data", (data: string | Buffer) => {
    const chunk = typeof data === "string" ? Buffer.from(data, "latin1") : data;
    let out: Uint8Array = chunk;
    if (ascii) {
      // binToAscii looks at the byte before each LF; a CR that ended the last chunk counts.
      out = lastWasCr && chunk[0] === 0x0a ? concatAscii(chunk) : binToAscii(chunk);
      lastWasCr = chunk[chunk.length - 1] === 0x0d;
    }
    onChunk(out);
    if (!sock.write(out)) {
      rs.pause();
      sock.once("drain", resume);
    }
  });
  rs.on("end", () => end(true));
  rs.on("error", () => end(false));
  sock.once("close", () => {
    rs.destroy();
    end(true);
  });
  return {
    cancel: () => {
      finished = true;
      rs.destroy();
    },
  };
}

/** A chunk starting with the LF of a CRLF cut between chunks: that LF stays bare-free as it is. */
function concatAscii(chunk: Buffer): Uint8Array {
  const rest = binToAscii(chunk.subarray(1));
  const out = new Uint8Array(rest.length + 1);
  out[0] = 0x0a;
  out.set(rest, 1);
  return out;
}
