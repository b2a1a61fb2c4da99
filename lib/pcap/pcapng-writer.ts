/**
 * A pcapng writer (one section, little-endian): Section Header, one Interface Description per link and
 * Enhanced Packet Blocks with microsecond timestamps and an optional comment. Layout per the pcapng
 * specification (IETF draft-ietf-opsawg-pcapng).
 */
import { utf8Bytes } from "../util/bytes";

export const LINKTYPE_ETHERNET = 1;

const SHB = 0x0a0d0d0a;
const IDB = 0x00000001;
const EPB = 0x00000006;
const OPT_END = 0;
const OPT_COMMENT = 1;
const IF_NAME = 2;
const IF_DESCRIPTION = 3;
const SHB_USERAPPL = 4;

export interface InterfaceSpec {
  readonly linkType: number;
  readonly name: string;
  readonly description?: string;
}

export interface PacketSpec {
  readonly iface: number;
  /** Microseconds since 1970-01-01 (a bigint: pcapng's 64-bit timestamp). */
  readonly timeUs: bigint;
  readonly data: Uint8Array;
  /** Length on the wire when `data` holds only its first bytes. */
  readonly origLen?: number;
  readonly comment?: string;
}

/** Collects blocks; `bytes()` returns the file. Grows its buffer geometrically. */
export class PcapngWriter {
  private buf = new Uint8Array(1 << 16);
  private len = 0;

  constructor(application: string) {
    this.block(SHB, (w) => {
      w.u32(0x1a2b3c4d);
      w.u16(1);
      w.u16(0);
      w.u32(0xffffffff); // section length not given (-1)
      w.u32(0xffffffff);
      w.options([[SHB_USERAPPL, utf8Bytes(application)]]);
    });
  }

  addInterface(i: InterfaceSpec): void {
    this.block(IDB, (w) => {
      w.u16(i.linkType);
      w.u16(0);
      w.u32(262144);
      w.options([
        [IF_NAME, utf8Bytes(i.name)],
        ...(i.description ? [[IF_DESCRIPTION, utf8Bytes(i.description)] as const] : []),
      ]);
    });
  }

  addPacket(p: PacketSpec): void {
    this.block(EPB, (w) => {
      w.u32(p.iface);
      w.u32(Number(p.timeUs >> 32n));
      w.u32(Number(p.timeUs & 0xffffffffn));
      w.u32(p.data.length);
      w.u32(p.origLen ?? p.data.length);
      w.raw(p.data);
      w.pad();
      w.options(p.comment ? [[OPT_COMMENT, utf8Bytes(p.comment)]] : []);
    });
  }

  bytes(): Uint8Array {
    return this.buf.slice(0, this.len);
  }

  /** Writes type, a length placeholder, the body, the trailing length; patches the leading one. */
  private block(type: number, body: (w: BlockWriter) => void): void {
    const start = this.len;
    const w = new BlockWriter(this);
    w.u32(type);
    w.u32(0);
    body(w);
    const total = this.len - start + 4;
    w.u32(total);
    new DataView(this.buf.buffer).setUint32(start + 4, total, true);
  }

  /** Room for n more bytes; the buffer doubles so n appends copy O(n) bytes in all. */
  reserve(n: number): { buf: Uint8Array; at: number } {
    if (this.len + n > this.buf.length) {
      let size = this.buf.length;
      while (size < this.len + n) size *= 2;
      const next = new Uint8Array(size);
      next.set(this.buf.subarray(0, this.len));
      this.buf = next;
    }
    const at = this.len;
    this.len += n;
    return { buf: this.buf, at };
  }
}

class BlockWriter {
  constructor(private readonly w: PcapngWriter) {}

  u16(v: number): void {
    const { buf, at } = this.w.reserve(2);
    new DataView(buf.buffer).setUint16(at, v, true);
  }

  u32(v: number): void {
    const { buf, at } = this.w.reserve(4);
    new DataView(buf.buffer).setUint32(at, v >>> 0, true);
  }

  raw(b: Uint8Array): void {
    const { buf, at } = this.w.reserve(b.length);
    buf.set(b, at);
    this.lastRaw = b.length;
  }

  /** Zero bytes up to a 32-bit boundary after the last raw field. */
  pad(): void {
    const n = (4 - (this.lastRaw % 4)) % 4;
    if (n) this.w.reserve(n);
  }

  options(opts: readonly (readonly [code: number, value: Uint8Array])[]): void {
    if (!opts.length) return;
    for (const [code, value] of opts) {
      this.u16(code);
      this.u16(value.length);
      this.raw(value);
      this.pad();
    }
    this.u16(OPT_END);
    this.u16(0);
  }

  private lastRaw = 0;
}
