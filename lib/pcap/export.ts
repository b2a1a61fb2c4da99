/**
 * A trace as a pcapng file Wireshark reads as the same conversation: one interface per link the trace's
 * packets cross (a link is a pair of hosts), Ethernet + IPv4/IPv6 + TCP/UDP frames with the trace's
 * addresses, ports, sequence numbers and flags, correct checksums, and the exact payload bytes.
 *
 * Payloads come from the entry (`b64`, else `text` when it is the whole payload) or from `payloadOf` (the
 * simulation's wire tap, for data larger than the trace keeps). A payload known only in part is written
 * truncated (captured length < length on the wire), as a capture with a small snaplen would be, and named
 * in `problems`. Each frame's comment names the trace entry it comes from ("trace #12").
 */
import type { TraceEntry } from "../trace/types";
import { base64Bytes, latin1Bytes } from "../util/bytes";
import { buildFrame, macFor, WSCALE } from "./frame";
import { LINKTYPE_ETHERNET, PcapngWriter } from "./pcapng-writer";

export interface ExportOptions {
  /** Seconds since 1970 of the trace's t = 0 (the scenario's epoch). */
  readonly epochSeconds?: number;
  /** The exact payload of an entry when the trace holds only a preview of it. */
  readonly payloadOf?: (e: TraceEntry) => Uint8Array | undefined;
  /** Only these links ("client|client-router", names sorted): a router without NAT repeats 4-tuples. */
  readonly links?: readonly string[];
}

export interface ExportResult {
  readonly bytes: Uint8Array;
  readonly interfaces: readonly string[];
  readonly packets: number;
  readonly problems: readonly string[];
}

/** Linux's default MSS on Ethernet: larger simulated segments are cut into frames of this size. */
const MSS = 1460;
/** Window written on non-SYN segments: 502 << 7 = 64256 bytes, as Linux advertises early on. */
const WINDOW = Math.ceil(64256 / (1 << WSCALE));
const WIRE_KINDS = new Set(["SegmentSent", "CommandSent", "ReplySent", "DataSent", "DatagramSent"]);

export const linkKey = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);

export function exportPcapng(trace: readonly TraceEntry[], opts: ExportOptions = {}): ExportResult {
  const w = new PcapngWriter("FTP Visualizer");
  const problems: string[] = [];
  const ifaces = new Map<string, number>();
  const chain = new Chain();
  const epochUs = BigInt(Math.round((opts.epochSeconds ?? 0) * 1e6));
  let packets = 0;
  for (const e of trace) {
    if (!WIRE_KINDS.has(e.kind) || e.from.addr === undefined || e.to.addr === undefined) continue;
    const link = linkKey(e.from.host, e.to.host);
    if (opts.links && !opts.links.includes(link)) continue;
    let iface = ifaces.get(link);
    if (iface === undefined) {
      iface = ifaces.size;
      ifaces.set(link, iface);
      const [a, b] = link.split("|");
      w.addInterface({ linkType: LINKTYPE_ETHERNET, name: `${a}—${b}`, description: `link ${a} ↔ ${b}` });
    }
    const { payload, known } = payloadOf(e, opts.payloadOf);
    if (known < payload.length || (e.bytes !== undefined && known < e.bytes))
      problems.push(`trace #${e.seq}: only ${known} of ${e.bytes ?? payload.length} payload bytes are known`);
    const { ttl, ipId } = chain.next(e);
    const timeUs = epochUs + BigInt(Math.round(e.t * 1000));
    const full = e.bytes ?? payload.length;
    const tcp = e.kind !== "DatagramSent";
    const pieces = tcp ? Math.max(1, Math.ceil(full / MSS)) : 1;
    for (let i = 0; i < pieces; i++) {
      const from = tcp ? i * MSS : 0;
      const to = tcp ? Math.min(full, from + MSS) : full;
      const part = payload.subarray(Math.min(from, known), Math.min(to, known));
      const frame = buildFrame({
        srcMac: macFor(`${e.from.host}@${link}`),
        dstMac: macFor(`${e.to.host}@${link}`),
        src: e.from.addr,
        dst: e.to.addr,
        srcPort: e.from.port ?? 0,
        dstPort: e.to.port ?? 0,
        ttl,
        ipId: ipId + i,
        ...(tcp ? { tcp: tcpFields(e, from, i === pieces - 1) } : {}),
        // Unknown bytes are not invented: the frame is cut where knowledge ends.
        payload: part,
      });
      if (!frame) {
        problems.push(`trace #${e.seq}: ${e.from.addr} → ${e.to.addr} is not an IPv4/IPv6 pair`);
        break;
      }
      const missing = to - from - part.length;
      w.addPacket({
        iface,
        timeUs,
        data: frame,
        ...(missing > 0 ? { origLen: frame.length + missing } : {}),
        comment: `trace #${e.seq}`,
      });
      packets++;
    }
  }
  return { bytes: w.bytes(), interfaces: [...ifaces.keys()], packets, problems };
}

function tcpFields(e: TraceEntry, offset: number, last: boolean) {
  const f = new Set((e.flags ?? "").split(","));
  return {
    syn: f.has("SYN"),
    ack: f.has("ACK"),
    fin: f.has("FIN") && last,
    rst: f.has("RST"),
    psh: f.has("PSH") && last,
    // Urgent data: the pointer marks the end of the entry's bytes (the simulator sends them whole).
    ...(f.has("URG") ? { urg: Math.max(1, (e.bytes ?? 0) - offset) } : {}),
    seq: ((e.seqNo ?? 0) + offset) >>> 0,
    ackNo: e.ackNo ?? 0,
    window: WINDOW,
  };
}

/** The entry's payload and how many of its first bytes are known exactly. */
function payloadOf(e: TraceEntry, tap: ExportOptions["payloadOf"]): { payload: Uint8Array; known: number } {
  const fromTap = tap?.(e);
  if (fromTap) return { payload: fromTap, known: fromTap.length };
  if (e.b64 !== undefined) {
    const b = base64Bytes(e.b64);
    return { payload: b, known: b.length };
  }
  // TLS entries hold the decrypted text; the wire carried records only the tap knows.
  if (e.tls) return { payload: new Uint8Array(0), known: 0 };
  if (e.text !== undefined && e.kind !== "DatagramSent") {
    const b = latin1Bytes(e.text);
    return { payload: b, known: Math.min(b.length, e.bytes ?? b.length) };
  }
  return { payload: new Uint8Array(0), known: 0 };
}

/**
 * TTL and IP id along a packet's path: the first link carries the sender's TTL 64 and a fresh id, each
 * router forwards with TTL − 1 and the same id. A hop continues the one that arrived at its sender
 * with the same connection, flags, numbers and size.
 */
class Chain {
  private arrived = new Map<string, { ttl: number; ipId: number }>();
  private ids = new Map<string, number>();

  next(e: TraceEntry): { ttl: number; ipId: number } {
    const id = `${e.conn ?? "u"}|${e.flags ?? ""}|${e.seqNo ?? ""}|${e.ackNo ?? ""}|${e.bytes ?? 0}|${e.kind === "DatagramSent" ? e.b64 : ""}`;
    const prev = this.arrived.get(`${id}|${e.from.host}`);
    if (prev) this.arrived.delete(`${id}|${e.from.host}`);
    const pieces = e.kind === "DatagramSent" ? 1 : Math.max(1, Math.ceil((e.bytes ?? 0) / MSS));
    let out = prev ? { ttl: prev.ttl - 1, ipId: prev.ipId } : null;
    if (!out) {
      const n = this.ids.get(e.from.host) ?? hash16(e.from.host);
      this.ids.set(e.from.host, (n + pieces) & 0xffff);
      out = { ttl: 64, ipId: n };
    }
    this.arrived.set(`${id}|${e.to.host}`, out);
    return out;
  }
}

function hash16(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) & 0xffff;
  return h;
}
