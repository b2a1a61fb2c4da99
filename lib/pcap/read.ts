/**
 * Reads the frames of a pcap (microsecond or nanosecond, either byte order) or pcapng file (several
 * sections and interfaces, Enhanced/Simple/obsolete Packet Blocks, any if_tsresol). Never throws: a damaged
 * or truncated file ends the frames with a named problem; limits on size and count end them too.
 */
import { problem, type Problem } from "./problems";

export interface Frame {
  /** Index in the file, 1-based as Wireshark numbers frames. */
  readonly no: number;
  readonly iface: number;
  readonly linkType: number;
  /** Nanoseconds since 1970 (a float: exact to well under a microsecond for current dates). */
  readonly timeNs: number;
  readonly data: Uint8Array;
  readonly origLen: number;
}

export interface ReadLimits {
  readonly maxBytes: number;
  readonly maxFrames: number;
}

export type ReadResult =
  { ok: true; frames: Frame[]; format: string; problems: Problem[] } | { ok: false; problem: Problem };

const MAGIC_US = 0xa1b2c3d4;
const MAGIC_NS = 0xa1b23c4d;
const PCAPNG_SHB = 0x0a0d0d0a;

export function readCapture(bytes: Uint8Array, limits: ReadLimits): ReadResult {
  if (bytes.length > limits.maxBytes)
    return {
      ok: false,
      problem: problem("p.tooBig", { size: mib(bytes.length), max: mib(limits.maxBytes) }),
    };
  if (bytes.length < 24) return { ok: false, problem: problem("p.tooShort") };
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const le = v.getUint32(0, true);
  if (le === PCAPNG_SHB) return readPcapng(bytes, v, limits);
  for (const little of [true, false]) {
    const m = v.getUint32(0, little);
    if (m === MAGIC_US || m === MAGIC_NS) return readPcap(bytes, v, little, m === MAGIC_NS, limits);
  }
  return {
    ok: false,
    problem: problem("p.notCapture", { hex: hex(bytes.subarray(0, 4)) }),
  };
}

function readPcap(bytes: Uint8Array, v: DataView, le: boolean, ns: boolean, limits: ReadLimits): ReadResult {
  const linkType = v.getUint32(20, le) & 0x0fffffff;
  const frames: Frame[] = [];
  const problems: Problem[] = [];
  let at = 24;
  while (at < bytes.length) {
    if (frames.length >= limits.maxFrames) {
      problems.push(tooMany(limits.maxFrames));
      break;
    }
    if (at + 16 > bytes.length) {
      problems.push(problem("p.cutHeader", { n: frames.length + 1 }));
      break;
    }
    const sec = v.getUint32(at, le);
    const frac = v.getUint32(at + 4, le);
    const incl = v.getUint32(at + 8, le);
    const orig = v.getUint32(at + 12, le);
    if (at + 16 + incl > bytes.length) {
      problems.push(problem("p.cutPacket", { n: frames.length + 1, bytes: incl }));
      break;
    }
    const timeNs = sec * 1e9 + (ns ? frac : frac * 1000);
    frames.push({
      no: frames.length + 1,
      iface: 0,
      linkType,
      timeNs,
      data: bytes.subarray(at + 16, at + 16 + incl),
      origLen: orig,
    });
    at += 16 + incl;
  }
  return { ok: true, frames, format: `pcap (${ns ? "nanosecond" : "microsecond"} timestamps)`, problems };
}

interface Iface {
  readonly linkType: number;
  /** Timestamp units per second. */
  readonly perSecond: number;
}

function readPcapng(bytes: Uint8Array, v: DataView, limits: ReadLimits): ReadResult {
  const frames: Frame[] = [];
  const problems: Problem[] = [];
  let ifaces: Iface[] = [];
  let base = 0; // interfaces of earlier sections keep their numbers
  let le = true;
  let at = 0;
  let interfacesSeen = 0;
  while (at < bytes.length) {
    if (frames.length >= limits.maxFrames) {
      problems.push(tooMany(limits.maxFrames));
      break;
    }
    if (at + 12 > bytes.length) {
      problems.push(problem("p.cutAfter", { n: frames.length }));
      break;
    }
    const type = v.getUint32(at, true);
    if (type === PCAPNG_SHB) {
      const bom = v.getUint32(at + 8, true);
      if (bom !== 0x1a2b3c4d && bom !== 0x4d3c2b1a) {
        problems.push(problem("p.badBom", { at }));
        break;
      }
      le = bom === 0x1a2b3c4d;
      base = interfacesSeen;
      ifaces = [];
    }
    const len = v.getUint32(at + 4, le);
    if (len < 12 || len % 4 !== 0 || at + len > bytes.length) {
      problems.push(problem("p.badBlock", { at, len }));
      break;
    }
    const body = at + 8;
    const t = v.getUint32(at, le);
    if (t === 1) {
      ifaces.push({
        linkType: v.getUint16(body, le),
        perSecond: tsresol(bytes, v, body + 8, at + len - 4, le),
      });
      interfacesSeen++;
    } else if (t === 6 || t === 2) {
      const id = t === 6 ? v.getUint32(body, le) : v.getUint16(body, le);
      const iface = ifaces[id];
      const hi = v.getUint32(body + 4, le);
      const lo = v.getUint32(body + 8, le);
      const cap = v.getUint32(body + 12, le);
      const orig = t === 6 ? v.getUint32(body + 16, le) : cap;
      const dataAt = body + (t === 6 ? 20 : 20);
      if (!iface || dataAt + cap > at + len) {
        problems.push(problem("p.noIface", { n: frames.length + 1, id }));
      } else {
        const units = hi * 4294967296 + lo;
        frames.push({
          no: frames.length + 1,
          iface: base + id,
          linkType: iface.linkType,
          timeNs: (units / iface.perSecond) * 1e9,
          data: bytes.subarray(dataAt, dataAt + cap),
          origLen: orig,
        });
      }
    } else if (t === 3) {
      const iface = ifaces[0];
      const orig = v.getUint32(body, le);
      const cap = Math.min(orig, len - 16);
      if (iface)
        frames.push({
          no: frames.length + 1,
          iface: base,
          linkType: iface.linkType,
          timeNs: 0,
          data: bytes.subarray(body + 4, body + 4 + cap),
          origLen: orig,
        });
    }
    at += len;
  }
  if (interfacesSeen === 0 && !problems.length) problems.push(problem("p.noIfaces"));
  return {
    ok: true,
    frames,
    format: `pcapng (${interfacesSeen} interface${interfacesSeen === 1 ? "" : "s"})`,
    problems,
  };
}

/** if_tsresol (option 9): 10^-n or 2^-n seconds; microseconds when absent. */
function tsresol(bytes: Uint8Array, v: DataView, at: number, end: number, le: boolean): number {
  while (at + 4 <= end) {
    const code = v.getUint16(at, le);
    const len = v.getUint16(at + 2, le);
    if (code === 0) break;
    if (code === 9 && len >= 1) {
      const r = bytes[at + 4]!;
      return r & 0x80 ? 2 ** (r & 0x7f) : 10 ** r;
    }
    at += 4 + ((len + 3) & ~3);
  }
  return 1e6;
}

const tooMany = (n: number) => problem("p.tooMany", { n });
const mib = (n: number) => `${(n / 1048576).toFixed(1)} MiB`;
const hex = (b: Uint8Array) => [...b].map((x) => x.toString(16).padStart(2, "0")).join("");
