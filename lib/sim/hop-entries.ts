/**
 * Turns the hops a packet took into trace entries: one arrow per link, a rewrite entry at each box that
 * translated it, and a drop entry where it died. What kind of arrow it is (an FTP command, a reply, data,
 * a bare TCP segment) is read from the connection's channel and the direction.
 */
import { flagsText, type Packet } from "../net/packet";
import { sockAddrText } from "../util/sock-addr";
import type { Channel, EntryDraft, TraceEntry } from "../trace/types";
import { bytesLatin1 } from "../util/bytes";
import type { NoteRef } from "../util/note";
import type { HopView, SendOutcome } from "./network-port";
import type { Draft } from "./kernel/recorder";

/** Leading Telnet command bytes (RFC 854: 0xF0–0xFF). */
const TELNET_BYTES = /^[\xf0-\xff]+/;

/** Data payloads keep their exact bytes up to this size (the inspector's hex view); larger ones keep a count. */
const KEEP_BYTES = 4096;
const PREVIEW_CHARS = 2048;

/** Reads a payload of a connection that switched to TLS: its record names and the plain text inside. */
export type TlsDescriber = (payload: Uint8Array) => { records: string[]; plain: Uint8Array } | null;

export function hopEntries(
  hops: readonly HopView[],
  conn: number,
  channel: Channel,
  fromClientSide: boolean,
  tls?: TlsDescriber,
): Draft[] {
  const out: Draft[] = [];
  for (const hop of hops) {
    const sealed = tls?.(hop.packet.payload);
    out.push(
      sealed
        ? tlsEntry(hop, conn, channel, fromClientSide, sealed)
        : hopEntry(hop, conn, channel, fromClientSide),
    );
    for (const rw of hop.rewrites) {
      if (rw.stage === "mapped") continue;
      out.push({
        t: hop.arriveAt,
        kind: "NatTranslated",
        layer: "nat",
        from: { host: rw.at },
        to: { host: rw.at },
        conn,
        channel,
        before: tuple(rw.before),
        after: tuple(rw.after),
        note: rw.note,
        ...(rw.rule ? { rule: rw.rule } : {}),
      });
    }
  }
  return out;
}

export function dropEntry(
  outcome: Extract<SendOutcome, { kind: "dropped" }>,
  t: number,
  conn: number,
  channel: Channel,
): Draft {
  const p = outcome.packet;
  return {
    t,
    kind: "SegmentDropped",
    layer: outcome.rule.startsWith("fw") || outcome.rule.includes("firewall") ? "firewall" : "nat",
    from: { host: outcome.at, addr: p.src.addr, port: p.src.port },
    to: { host: outcome.at, addr: p.dst.addr, port: p.dst.port },
    conn,
    channel,
    flags: flagsText(p.flags),
    note: outcome.note,
    rule: outcome.rule,
    ...(p.payload.length
      ? { text: bytesLatin1(p.payload.subarray(0, PREVIEW_CHARS)), bytes: p.payload.length }
      : {}),
  };
}

/** The arrow kinds a hop can be, and the one bag of fields they share while an arrow is being built. */
type HopKind = "SegmentSent" | "CommandSent" | "ReplySent" | "DataSent";
type HopBag = Omit<EntryDraft<"seq" | "step">, "kind"> & { kind: HopKind };

/** An arrow's fields match its kind: `code` only on a reply, `verb` only on a command (set below). */
const asDraft = (bag: HopBag): Draft => bag as Draft;

function hopEntry(hop: HopView, conn: number, channel: Channel, fromClientSide: boolean): Draft {
  return asDraft(hopBag(hop, conn, channel, fromClientSide));
}

function hopBag(hop: HopView, conn: number, channel: Channel, fromClientSide: boolean): HopBag {
  const p = hop.packet;
  const kind = kindOf(p, channel, fromClientSide);
  const base: HopBag = {
    t: hop.departAt,
    kind,
    layer: kind === "SegmentSent" || kind === "DataSent" ? "tcp" : "ftp",
    from: { host: hop.from, addr: p.src.addr, port: p.src.port },
    to: { host: hop.to, addr: p.dst.addr, port: p.dst.port },
    conn,
    channel,
    flags: flagsText(p.flags),
    ...(p.seq !== undefined ? { seqNo: p.seq } : {}),
    ...(p.ack ? { ackNo: p.ack } : {}),
  };
  if (!p.payload.length) return base;
  const text = bytesLatin1(p.payload.subarray(0, kind === "DataSent" ? PREVIEW_CHARS : p.payload.length));
  const extra: { -readonly [K in keyof HopBag]?: HopBag[K] } = { text, bytes: p.payload.length };
  if (kind === "DataSent" && p.payload.length <= KEEP_BYTES && !printable(p.payload))
    extra.b64 = toBase64(p.payload);
  if (kind === "DataSent" && !printable(p.payload.subarray(0, PREVIEW_CHARS))) delete extra.text;
  if (kind === "ReplySent") {
    const code = Number(text.slice(0, 3));
    if (Number.isInteger(code) && code >= 100 && code <= 599) extra.code = code;
  }
  // Telnet commands a client puts before a verb (IAC IP IAC, DM before ABOR) are not part of it.
  if (kind === "CommandSent")
    extra.verb = (text.replace(TELNET_BYTES, "").split(/[ \r\n]/, 1)[0] ?? "").toUpperCase();
  return { ...base, ...extra };
}

/**
 * A TLS payload: handshake-only records are drawn as opaque data on the control channel; application
 * data keeps the plain text the endpoints read (the terminal shows it) and says what the wire carries.
 */
function tlsEntry(
  hop: HopView,
  conn: number,
  channel: Channel,
  fromClientSide: boolean,
  sealed: { records: string[]; plain: Uint8Array },
): Draft {
  const tls = { bytes: hop.packet.payload.length, records: sealed.records };
  const note: NoteRef = {
    key: "sec.tls.record",
    params: { bytes: tls.bytes, records: sealed.records.join(", ") },
  };
  if (!sealed.plain.length) {
    const base = hopBag(
      { ...hop, packet: { ...hop.packet, payload: new Uint8Array(0) } },
      conn,
      channel,
      fromClientSide,
    );
    return asDraft({ ...base, kind: "DataSent", layer: "tcp", bytes: tls.bytes, tls, note });
  }
  const inner = hopBag(
    { ...hop, packet: { ...hop.packet, payload: sealed.plain } },
    conn,
    channel,
    fromClientSide,
  );
  return asDraft({ ...inner, bytes: tls.bytes, tls, note });
}

function kindOf(p: Packet, channel: Channel, fromClientSide: boolean): HopKind {
  if (!p.payload.length) return "SegmentSent";
  if (channel === "data") return "DataSent";
  return fromClientSide ? "CommandSent" : "ReplySent";
}

const tuple = (p: Packet): { src: string; dst: string; text?: string } => ({
  src: sockAddrText(p.src),
  dst: sockAddrText(p.dst),
  ...(p.payload.length ? { text: bytesLatin1(p.payload) } : {}),
});

function printable(b: Uint8Array): boolean {
  for (const c of b) if (c < 9 || (c > 13 && c < 32) || c === 127) return false;
  return true;
}

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
export function toBase64(b: Uint8Array): string {
  let s = "";
  for (let i = 0; i < b.length; i += 3) {
    const n = (b[i]! << 16) | ((b[i + 1] ?? 0) << 8) | (b[i + 2] ?? 0);
    s +=
      B64[(n >> 18) & 63]! +
      B64[(n >> 12) & 63]! +
      (i + 1 < b.length ? B64[(n >> 6) & 63]! : "=") +
      (i + 2 < b.length ? B64[n & 63]! : "=");
  }
  return s;
}

export type { TraceEntry };
