/**
 * Capture import benchmarks (not tests): the time and memory to import a 100,000-packet capture (one FTP
 * session downloading ~95 MB in 1,448-byte segments, the client acknowledging every second one, as Linux
 * does), and how long a 1,000,000-packet capture takes to be refused past the packet limit.
 */
import { buildFrame, macFor } from "../lib/pcap/frame";
import { importCapture } from "../lib/pcap/import";
import { latin1Bytes } from "../lib/util/bytes";

const C = "192.0.2.10";
const S = "198.51.100.20";

type Flags = { syn?: boolean; ack?: boolean; fin?: boolean; psh?: boolean };

function tcp(
  src: string,
  dst: string,
  sp: number,
  dp: number,
  f: Flags,
  seq: number,
  ack: number,
  payload: Uint8Array,
) {
  return buildFrame({
    srcMac: macFor(src),
    dstMac: macFor(dst),
    src,
    dst,
    srcPort: sp,
    dstPort: dp,
    ttl: 64,
    ipId: 0,
    tcp: { ...f, seq, ackNo: ack, window: 502 },
    payload,
  })!;
}

/** A capture with `packets` frames: a control session and one data connection carrying most of them. */
export function bigCapture(packets: number, segment = 1448): Uint8Array {
  const frames: Uint8Array[] = [];
  const seq = { c: 1000, s: 5000, dc: 9000, ds: 7000 };
  const ctl = (fromClient: boolean, text: string) => {
    const p = latin1Bytes(text);
    if (fromClient) {
      frames.push(tcp(C, S, 40000, 21, { ack: true, psh: true }, seq.c, seq.s, p));
      seq.c += p.length;
    } else {
      frames.push(tcp(S, C, 21, 40000, { ack: true, psh: true }, seq.s, seq.c, p));
      seq.s += p.length;
    }
  };

  frames.push(tcp(C, S, 40000, 21, { syn: true }, seq.c++, 0, new Uint8Array(0)));
  frames.push(tcp(S, C, 21, 40000, { syn: true, ack: true }, seq.s++, seq.c, new Uint8Array(0)));
  frames.push(tcp(C, S, 40000, 21, { ack: true }, seq.c, seq.s, new Uint8Array(0)));
  ctl(false, "220 (vsFTPd 3.0.3)\r\n");
  ctl(true, "USER anonymous\r\n");
  ctl(false, "230 Login successful.\r\n");
  ctl(true, "PASV\r\n");
  ctl(false, "227 Entering Passive Mode (198,51,100,20,156,64).\r\n");
  frames.push(tcp(C, S, 50000, 40000, { syn: true }, seq.dc++, 0, new Uint8Array(0)));
  frames.push(tcp(S, C, 40000, 50000, { syn: true, ack: true }, seq.ds++, seq.dc, new Uint8Array(0)));
  frames.push(tcp(C, S, 50000, 40000, { ack: true }, seq.dc, seq.ds, new Uint8Array(0)));
  ctl(true, "RETR big.bin\r\n");
  ctl(false, "150 Opening BINARY mode data connection for big.bin.\r\n");
  const chunk = new Uint8Array(segment).map((_, i) => i & 0xff);
  for (let i = 0; frames.length < packets - 6; i++) {
    frames.push(tcp(S, C, 40000, 50000, { ack: true }, seq.ds, seq.dc, chunk));
    seq.ds += chunk.length;
    if (i % 2 === 1) frames.push(tcp(C, S, 50000, 40000, { ack: true }, seq.dc, seq.ds, new Uint8Array(0)));
  }
  frames.push(tcp(S, C, 40000, 50000, { fin: true, ack: true }, seq.ds, seq.dc, new Uint8Array(0)));
  frames.push(tcp(C, S, 50000, 40000, { fin: true, ack: true }, seq.dc, seq.ds + 1, new Uint8Array(0)));
  frames.push(tcp(S, C, 40000, 50000, { ack: true }, seq.ds + 1, seq.dc + 1, new Uint8Array(0)));
  ctl(false, "226 Transfer complete.\r\n");
  ctl(true, "QUIT\r\n");
  ctl(false, "221 Goodbye.\r\n");
  return pcapOf(frames);
}

function pcapOf(frames: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(24 + frames.reduce((n, f) => n + 16 + f.length, 0));
  const v = new DataView(out.buffer);
  v.setUint32(0, 0xa1b2c3d4, true);
  v.setUint16(4, 2, true);
  v.setUint16(6, 4, true);
  v.setUint32(16, 262144, true);
  v.setUint32(20, 1, true);
  let at = 24;
  frames.forEach((f, i) => {
    v.setUint32(at, 1_700_000_000 + Math.floor(i / 10000), true);
    v.setUint32(at + 4, (i % 10000) * 100, true);
    v.setUint32(at + 8, f.length, true);
    v.setUint32(at + 12, f.length, true);
    out.set(f, at + 16);
    at += 16 + f.length;
  });
  return out;
}

const mb = (n: number) => Math.round(n / 1048576);

export function benchPcap(): Record<string, unknown> {
  const capture = bigCapture(100_000);
  importCapture(bigCapture(2000)); // warm the JIT
  globalThis.gc?.();
  const heap0 = process.memoryUsage();
  const t0 = performance.now();
  const r = importCapture(capture, { clock: () => performance.now() });
  const ms = performance.now() - t0;
  const heap1 = process.memoryUsage();
  // One-byte segments keep the million-packet file at about 70 MB, under the size limit.
  const million = bigCapture(1_000_000, 1);
  const t1 = performance.now();
  const refused = importCapture(million, { clock: () => performance.now() });
  const refusedMs = performance.now() - t1;
  return {
    "100,000-packet capture (MB)": mb(capture.length),
    "import 100,000 packets (ms)": Math.round(ms),
    "packets per second": Math.round(100_000 / (ms / 1000)),
    "trace entries": r.trace.length,
    "heap growth during import (MB)": mb(heap1.heapUsed - heap0.heapUsed),
    "peak RSS after import (MB)": mb(heap1.rss),
    "1,000,000-packet capture: answer (ms)": Math.round(refusedMs),
    "1,000,000-packet capture (MB)": mb(million.length),
    "1,000,000-packet capture: message": refused.problems.find((p) => /packets/.test(p)),
  };
}
