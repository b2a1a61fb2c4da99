/**
 * The one door for real traffic: a pcap or pcapng capture becomes a trace of the same shape the simulation
 * produces (lib/trace/types), so the diagram, the inspector, the terminal transcript and the explanations
 * work on it unchanged. Used by the workbench ("Open capture…"), `npm run sim -- --import` and the lab.
 *
 *   importCapture(bytes, options) → { trace, problems, … }
 *
 * Pure and bounded: it never throws, reads at most `maxBytes` and `maxPackets`, and stops when the
 * caller's clock (an input: lib/ has none) says `maxMs` have passed; each limit reached is a problem.
 * Hosts are named by role, as in the simulation: "client" opened the control connection, "server"
 * accepted it; a connection seen on several interfaces is drawn hop by hop through its routers
 * (lib/pcap/hops).
 */
import type { TraceEntry } from "../trace/types";
import { ConnTracker } from "./conns";
import { decodeFrame, LINK_TYPES, linkTypeName, type Skip } from "./decode";
import { problem, problemText, type Problem } from "./problems";
import { finish } from "./drafts";
import { hopEnds, nameHops } from "./hops";
import { IMPORT_LIMITS } from "./limits";
import { readCapture } from "./read";
import { TftpFollower } from "./tftp-follow";

export interface ImportOptions {
  /** Ports of FTP control connections besides those found by their "220" greeting (default 21). */
  readonly ftpPorts?: readonly number[];
  /** Ports TFTP requests go to (default 69). */
  readonly tftpPorts?: readonly number[];
  readonly maxBytes?: number;
  readonly maxPackets?: number;
  /** Milliseconds from any origin (performance.now in a worker, the CLI); with maxMs, a time budget. */
  readonly clock?: () => number;
  readonly maxMs?: number;
  /**
   * Names for the routers of a path seen on several interfaces, from the client's side (the lab
   * passes its topology's); by default "router", or "router1", "router2"… when there are several.
   */
  readonly routerNames?: readonly string[];
}

export interface ImportResult {
  readonly trace: TraceEntry[];
  /** What was left out, missing or cut short, in (English) words; empty for a clean capture. */
  readonly problems: string[];
  /** The same as i18n notes, for the learner's language (problemText in lib/pcap/problems). */
  readonly issues: Problem[];
  /** "pcapng (2 interfaces)", "pcap (microsecond timestamps)"; absent when the file was not read. */
  readonly format?: string;
  readonly packets: number;
}

export { IMPORT_LIMITS };

export function importCapture(bytes: Uint8Array, options: ImportOptions = {}): ImportResult {
  const read = readCapture(bytes, {
    maxBytes: options.maxBytes ?? IMPORT_LIMITS.maxBytes,
    maxFrames: options.maxPackets ?? IMPORT_LIMITS.maxPackets,
  });
  if (!read.ok)
    return { trace: [], problems: [problemText(read.problem)], issues: [read.problem], packets: 0 };
  const problems: Problem[] = [...read.problems];
  const tcp = new ConnTracker({ ftpPorts: new Set(options.ftpPorts ?? [21]) });
  const tftp = new TftpFollower(new Set(options.tftpPorts ?? [69]));
  const skipped = new Map<string, { skip: Skip; n: number }>();
  const start = options.clock?.();
  const budget = options.maxMs ?? IMPORT_LIMITS.maxMs;
  // Times from the earliest frame (files written per interface need not be in time order).
  let t0 = Infinity;
  for (const f of read.frames) if (f.timeNs < t0) t0 = f.timeNs;
  let done = 0;
  let lastT = 0;
  for (const f of read.frames) {
    if (start !== undefined && (done & 1023) === 0 && options.clock!() - start > budget) {
      problems.push(problem("p.timeLimit", { s: budget / 1000, done, total: read.frames.length }));
      break;
    }
    done++;
    const d = decodeFrame(f.data, f.linkType, f.origLen);
    const t = (f.timeNs - t0) / 1e6;
    lastT = Math.max(lastT, t);
    if (!d.ok) {
      const key = JSON.stringify(d.skip);
      const seen = skipped.get(key);
      if (seen) seen.n++;
      else skipped.set(key, { skip: d.skip, n: 1 });
      continue;
    }
    if (d.seg.proto === "tcp") tcp.segment(f.iface, d.seg, t);
    else {
      const draft = tftp.datagram(f.iface, d.seg, t);
      if (draft) tcp.drafts.push(draft);
    }
  }
  tcp.finish(lastT);
  nameHops(tcp.drafts, hopEnds(tcp.connections(), options.routerNames));
  problems.push(...tcp.problems);
  for (const { skip, n } of skipped.values())
    problems.push(problem(n === 1 ? "p.leftOut1" : "p.leftOut", { n, ...skip.params, why: skip.key }));
  if (tcp.retransmissions) problems.push(problem("p.retransmitted", { n: tcp.retransmissions }));
  if (tcp.others) problems.push(problem("p.otherTcp", { n: tcp.others }));
  if (tftp.others) problems.push(problem("p.otherUdp", { n: tftp.others }));
  const trace = finish(tcp.drafts.sort((a, b) => a.t - b.t));
  if (!trace.length) problems.unshift(nothingFound(read.frames.map((f) => f.linkType)));
  return {
    trace,
    problems: problems.map((p) => problemText(p)),
    issues: problems,
    format: read.format,
    packets: read.frames.length,
  };
}

function nothingFound(linkTypes: readonly number[]): Problem {
  const unsupported = [...new Set(linkTypes)].filter((lt) => !LINK_TYPES[lt]);
  if (unsupported.length)
    return problem("p.unsupportedLink", { types: unsupported.map(linkTypeName).join(", ") });
  return problem("p.nothing");
}
