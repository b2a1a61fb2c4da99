/**
 * A model of TLS on the control connection after AUTH TLS (RFC 4217), good enough to teach what a
 * sniffer and an FTP ALG see: real record framing (type, version 3.3, length), a TLS 1.2 full handshake
 * as four flights with plausible sizes, and application data whose bytes are scrambled with a keystream.
 * It is NOT cryptography: the keystream is a seeded generator, so traces stay deterministic.
 */
import { concatBytes } from "../util/bytes";

const HANDSHAKE = 0x16;
const CCS = 0x14;
const APP = 0x17;
const NONCE = 8;
const TAG = 16;

/** Handshake messages by their type byte, with the body sizes this model sends. */
const MESSAGES: Readonly<Record<number, { name: string; size: number }>> = {
  1: { name: "ClientHello", size: 512 },
  2: { name: "ServerHello", size: 61 },
  11: { name: "Certificate", size: 902 },
  12: { name: "ServerKeyExchange", size: 333 },
  14: { name: "ServerHelloDone", size: 4 },
  16: { name: "ClientKeyExchange", size: 70 },
  20: { name: "Finished (encrypted)", size: 40 },
};

type Role = "client" | "server";
type Phase =
  "await-hello" | "await-server-flight" | "await-client-finished" | "await-server-finished" | "open";

interface End {
  readonly role: Role;
  phase: Phase;
  /** Plain bytes the engine sent before the handshake finished: they go out as soon as it does. */
  held: Uint8Array[];
  /** Received bytes that do not yet form whole records. */
  inbuf: Uint8Array;
  sent: number;
}

export interface TlsInput {
  /** Decrypted application bytes for the engine (empty when the records were handshake only). */
  readonly plain: Uint8Array;
  /** Records this end must send now (its next handshake flight, then any held data). */
  readonly send: readonly Uint8Array[];
  /** The peer did not speak TLS where a ClientHello was due: the TLS library gives up. */
  readonly failed?: boolean;
}

/** Deterministic filler/keystream (mulberry32) seeded from what identifies the record. */
function stream(seed: number, n: number): Uint8Array {
  const out = new Uint8Array(n);
  let a = seed >>> 0;
  for (let i = 0; i < n; i++) {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    out[i] = ((t ^ (t >>> 14)) >>> 0) & 0xff;
  }
  return out;
}

function record(type: number, body: Uint8Array): Uint8Array {
  return concatBytes([Uint8Array.of(type, 3, 3, body.length >> 8, body.length & 0xff), body]);
}

function handshake(conn: number, msg: number): Uint8Array {
  const size = MESSAGES[msg]!.size;
  const body = stream(conn * 131 + msg, size);
  body.set([msg, 0, (size - 4) >> 8, (size - 4) & 0xff]);
  return record(HANDSHAKE, body);
}

/** The four flights of a TLS 1.2 full handshake; CHANGE stands for a ChangeCipherSpec record. */
const CHANGE = -1;
const FLIGHTS: Readonly<Record<string, readonly number[]>> = {
  client1: [1],
  server1: [2, 11, 12, 14],
  client2: [16, CHANGE, 20],
  server2: [CHANGE, 20],
};

function flight(conn: number, name: string): Uint8Array {
  return concatBytes(
    FLIGHTS[name]!.map((m) => (m === CHANGE ? record(CCS, Uint8Array.of(1)) : handshake(conn, m))),
  );
}

const keySeed = (conn: number, dir: number, n: number) => conn * 7919 + dir * 104729 + n * 15485863;

/** Seals plain bytes as one application-data record: explicit nonce (direction, counter), data, tag. */
function seal(conn: number, role: Role, n: number, plain: Uint8Array): Uint8Array {
  const dir = role === "client" ? 1 : 2;
  const ks = stream(keySeed(conn, dir, n), plain.length + TAG);
  const body = new Uint8Array(NONCE + plain.length + TAG);
  body.set([dir, 0, 0, 0, (n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff]);
  plain.forEach((b, i) => (body[NONCE + i] = b ^ ks[i]!));
  body.set(ks.subarray(plain.length), NONCE + plain.length);
  return record(APP, body);
}

function unseal(conn: number, body: Uint8Array): Uint8Array {
  const dir = body[0]!;
  const n = ((body[4]! << 24) | (body[5]! << 16) | (body[6]! << 8) | body[7]!) >>> 0;
  const len = Math.max(0, body.length - NONCE - TAG);
  const ks = stream(keySeed(conn, dir, n), len);
  return body.subarray(NONCE, NONCE + len).map((b, i) => b ^ ks[i]!);
}

interface Parsed {
  readonly type: number;
  readonly body: Uint8Array;
}

/** Whole records at the front of `b`, and what is left. */
function records(b: Uint8Array): { recs: Parsed[]; rest: Uint8Array } {
  const recs: Parsed[] = [];
  let i = 0;
  while (i + 5 <= b.length) {
    const len = (b[i + 3]! << 8) | b[i + 4]!;
    if (i + 5 + len > b.length) break;
    recs.push({ type: b[i]!, body: b.subarray(i + 5, i + 5 + len) });
    i += 5 + len;
  }
  return { recs, rest: b.subarray(i) };
}

/** A TLS record header: content type 20–23, version 3.x. */
export const looksLikeTls = (b: Uint8Array): boolean =>
  b.length >= 5 && b[0]! >= CCS && b[0]! <= APP && b[1] === 3;

export class TlsModel {
  private readonly ends = new Map<string, End>();
  private readonly conns = new Set<number>();

  private key = (conn: number, host: string) => `${conn}|${host}`;

  /** Whether `conn` has carried TLS (its later payloads are described as records). */
  uses(conn: number): boolean {
    return this.conns.has(conn);
  }

  active(conn: number, host: string): boolean {
    return this.ends.has(this.key(conn, host));
  }

  /** This end switches to TLS; a client starts the handshake (its ClientHello is returned). */
  start(conn: number, host: string, role: Role): Uint8Array[] {
    this.conns.add(conn);
    const phase: Phase = role === "client" ? "await-server-flight" : "await-hello";
    this.ends.set(this.key(conn, host), { role, phase, held: [], inbuf: new Uint8Array(0), sent: 0 });
    return role === "client" ? [flight(conn, "client1")] : [];
  }

  /** What to put on the wire for plain bytes the engine sends (nothing yet while handshaking). */
  outgoing(conn: number, host: string, plain: Uint8Array): Uint8Array[] {
    const e = this.ends.get(this.key(conn, host));
    if (!e) return [plain];
    if (e.phase !== "open") {
      e.held.push(plain);
      return [];
    }
    return [seal(conn, e.role, e.sent++, plain)];
  }

  /** Bytes that arrived at a TLS end: handshake progress, decrypted data, or a failure. */
  incoming(conn: number, host: string, bytes: Uint8Array): TlsInput {
    const e = this.ends.get(this.key(conn, host))!;
    if (e.phase === "await-hello" && e.inbuf.length === 0 && !looksLikeTls(bytes))
      return { plain: new Uint8Array(0), send: [], failed: true };
    const { recs, rest } = records(concatBytes([e.inbuf, bytes]));
    e.inbuf = rest;
    const send: Uint8Array[] = [];
    const plain: Uint8Array[] = [];
    for (const r of recs) {
      if (r.type === APP) plain.push(unseal(conn, r.body));
      else if (r.type === HANDSHAKE) send.push(...this.advance(conn, e, r.body[0] ?? 0));
    }
    return { plain: concatBytes(plain), send };
  }

  /** The handshake as a table of (phase, last message of the peer's flight) → our next flight. */
  private advance(conn: number, e: End, msg: number): Uint8Array[] {
    const step: Partial<Record<Phase, { last: number; reply: string | null; next: Phase }>> = {
      "await-hello": { last: 1, reply: "server1", next: "await-client-finished" },
      "await-server-flight": { last: 14, reply: "client2", next: "await-server-finished" },
      "await-client-finished": { last: 20, reply: "server2", next: "open" },
      "await-server-finished": { last: 20, reply: null, next: "open" },
    };
    const s = step[e.phase];
    if (!s || s.last !== msg) return [];
    e.phase = s.next;
    const out = s.reply ? [flight(conn, s.reply)] : [];
    if (e.phase === "open") {
      out.push(...e.held.map((p) => seal(conn, e.role, e.sent++, p)));
      e.held = [];
    }
    return out;
  }

  /** How a payload of a TLS connection looks on the wire: its records, and the plain text inside. */
  describe(conn: number, payload: Uint8Array): { records: string[]; plain: Uint8Array } | null {
    if (!this.conns.has(conn) || !looksLikeTls(payload)) return null;
    const names: string[] = [];
    const plain: Uint8Array[] = [];
    for (const r of records(payload).recs) {
      if (r.type === APP) {
        names.push("Application Data");
        plain.push(unseal(conn, r.body));
      } else if (r.type === CCS) names.push("ChangeCipherSpec");
      else names.push(`Handshake: ${MESSAGES[r.body[0] ?? 0]?.name ?? "?"}`);
    }
    return { records: names, plain: concatBytes(plain) };
  }
}
