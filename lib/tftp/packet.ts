/**
 * TFTP packets (RFC 1350, options RFC 2347) as data, and their wire form. Strings are netascii
 * octets carried as latin1 text, each ended by a NUL; decoding never throws: a datagram that does not
 * parse is reported with the reason, and the engines answer it with ERROR 4 as a server would.
 */
import { bytesLatin1, latin1Bytes } from "../util/bytes";

export type Opcode = "RRQ" | "WRQ" | "DATA" | "ACK" | "ERROR" | "OACK";

/** Option name → value, in the order they were written (RFC 2347 keeps them as pairs). */
export type Options = readonly (readonly [name: string, value: string])[];

export interface TftpRequest {
  readonly op: "RRQ" | "WRQ";
  readonly filename: string;
  readonly mode: string;
  readonly options: Options;
}

export type TftpPacket =
  | TftpRequest
  | { readonly op: "DATA"; readonly block: number; readonly data: Uint8Array }
  | { readonly op: "ACK"; readonly block: number }
  | { readonly op: "ERROR"; readonly code: number; readonly message: string }
  | { readonly op: "OACK"; readonly options: Options };

export const OPCODE_NUMBER: Readonly<Record<Opcode, number>> = {
  RRQ: 1,
  WRQ: 2,
  DATA: 3,
  ACK: 4,
  ERROR: 5,
  OACK: 6,
};

/** The packet type of one opcode (RRQ and WRQ share theirs). */
type PacketOf<K extends Opcode> = K extends "RRQ" | "WRQ" ? TftpRequest : Extract<TftpPacket, { op: K }>;

const OPCODE_OF: ReadonlyMap<number, Opcode> = new Map(
  (Object.entries(OPCODE_NUMBER) as [Opcode, number][]).map(([op, n]) => [n, op]),
);

export type Decoded = { ok: true; packet: TftpPacket } | { ok: false; reason: string };

const u16 = (n: number): number[] => [(n >> 8) & 0xff, n & 0xff];
const strz = (s: string): number[] => [...latin1Bytes(s), 0];
const optionBytes = (o: Options): number[] => o.flatMap(([k, v]) => [...strz(k), ...strz(v)]);

/** Per opcode: the bytes after the 2-byte opcode. */
const BODY: { readonly [K in Opcode]: (p: PacketOf<K>) => number[] } = {
  RRQ: (p) => [...strz(p.filename), ...strz(p.mode), ...optionBytes(p.options)],
  WRQ: (p) => [...strz(p.filename), ...strz(p.mode), ...optionBytes(p.options)],
  DATA: (p) => u16(p.block),
  ACK: (p) => u16(p.block),
  ERROR: (p) => [...u16(p.code), ...strz(p.message)],
  OACK: (p) => optionBytes(p.options),
};

export function encode(p: TftpPacket): Uint8Array {
  const head = [...u16(OPCODE_NUMBER[p.op]), ...(BODY[p.op] as (x: TftpPacket) => number[])(p)];
  if (p.op !== "DATA") return Uint8Array.from(head);
  const out = new Uint8Array(head.length + p.data.length);
  out.set(head, 0);
  out.set(p.data, head.length);
  return out;
}

/** Splits NUL-terminated strings; undefined when the last one lacks its NUL. */
function strings(b: Uint8Array): string[] | undefined {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < b.length; i++)
    if (b[i] === 0) {
      out.push(bytesLatin1(b.subarray(start, i)));
      start = i + 1;
    }
  return start === b.length ? out : undefined;
}

function pairs(list: readonly string[]): Options | undefined {
  if (list.length % 2 !== 0) return undefined;
  const out: (readonly [string, string])[] = [];
  for (let i = 0; i < list.length; i += 2) out.push([list[i]!, list[i + 1]!]);
  return out;
}

const fail = (reason: string): Decoded => ({ ok: false, reason });
const ok = (packet: TftpPacket): Decoded => ({ ok: true, packet });

const DECODE: { readonly [K in Opcode]: (body: Uint8Array) => Decoded } = {
  RRQ: (b) => request("RRQ", b),
  WRQ: (b) => request("WRQ", b),
  DATA: (b) => (b.length < 2 ? fail("short DATA") : ok({ op: "DATA", block: num(b), data: b.slice(2) })),
  ACK: (b) => (b.length !== 2 ? fail("ACK is 4 bytes") : ok({ op: "ACK", block: num(b) })),
  ERROR: (b) => {
    const msg = b.length >= 2 ? strings(b.subarray(2)) : undefined;
    return msg?.length === 1 ? ok({ op: "ERROR", code: num(b), message: msg[0]! }) : fail("bad ERROR");
  },
  OACK: (b) => {
    const o = pairs(strings(b) ?? ["odd"]);
    return o ? ok({ op: "OACK", options: o }) : fail("bad OACK options");
  },
};

const num = (b: Uint8Array): number => (b[0]! << 8) | b[1]!;

function request(op: "RRQ" | "WRQ", b: Uint8Array): Decoded {
  const list = strings(b);
  if (!list || list.length < 2) return fail(`${op} needs a file name and a mode`);
  const options = pairs(list.slice(2));
  if (!options) return fail(`${op} options come in name/value pairs`);
  return ok({ op, filename: list[0]!, mode: list[1]!, options });
}

export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length < 2) return fail("shorter than an opcode");
  const op = OPCODE_OF.get(num(bytes));
  if (!op) return fail(`unknown opcode ${num(bytes)}`);
  return DECODE[op](bytes.subarray(2));
}

const optText = (o: Options): string => o.map(([k, v]) => ` ${k}=${v}`).join("");

/** The one-line summary drawn on the diagram: `RRQ "readme.txt" octet`, `DATA block 3 (512 bytes)`. */
export function describe(p: TftpPacket): string {
  switch (p.op) {
    case "RRQ":
    case "WRQ":
      return `${p.op} ${JSON.stringify(p.filename)} ${p.mode}${optText(p.options)}`;
    case "DATA":
      return `DATA block ${p.block} (${p.data.length} bytes)`;
    case "ACK":
      return `ACK block ${p.block}`;
    case "ERROR":
      return `ERROR ${p.code} ${p.message}`;
    case "OACK":
      return `OACK${optText(p.options)}`;
  }
}

/** The same for raw bytes (what the network carries); garbage says so. */
export function describeBytes(b: Uint8Array): string {
  const d = decode(b);
  return d.ok ? describe(d.packet) : `malformed TFTP (${d.reason}, ${b.length} bytes)`;
}

/** How tftp-hpa's `trace` prints a packet: `sent DATA <block=1, 512 bytes>`. */
export function traceLine(dir: "sent" | "received", p: TftpPacket): string {
  const opts = (o: Options): string => o.map(([k, v]) => `${k}=${v}`).join(", ");
  const INNER: { readonly [K in Opcode]: (x: PacketOf<K>) => string } = {
    RRQ: (x) =>
      [`file=${x.filename}`, `mode=${x.mode}`, ...(x.options.length ? [opts(x.options)] : [])].join(", "),
    WRQ: (x) =>
      [`file=${x.filename}`, `mode=${x.mode}`, ...(x.options.length ? [opts(x.options)] : [])].join(", "),
    DATA: (x) => `block=${x.block}, ${x.data.length} bytes`,
    ACK: (x) => `block=${x.block}`,
    ERROR: (x) => `code=${x.code}, msg=${x.message}`,
    OACK: (x) => opts(x.options),
  };
  return `${dir} ${p.op} <${(INNER[p.op] as (x: TftpPacket) => string)(p)}>`;
}
