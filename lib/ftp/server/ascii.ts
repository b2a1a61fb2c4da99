/**
 * ASCII-mode conversions, exactly where vsftpd applies them (ascii_download_enable /
 * ascii_upload_enable with TYPE A): downloads turn a bare LF into CRLF (an existing CRLF stays);
 * uploads drop the CR of every CRLF, even across chunk boundaries.
 */
export function binToAscii(b: Uint8Array): Uint8Array {
  let extra = 0;
  for (let i = 0; i < b.length; i++) if (b[i] === 0x0a && (i === 0 || b[i - 1] !== 0x0d)) extra++;
  if (extra === 0) return b;
  const out = new Uint8Array(b.length + extra);
  let o = 0;
  for (let i = 0; i < b.length; i++) {
    if (b[i] === 0x0a && (i === 0 || b[i - 1] !== 0x0d)) out[o++] = 0x0d;
    out[o++] = b[i]!;
  }
  return out;
}

export class AsciiUploadFilter {
  private heldCr = false;

  /** Converts one chunk; `null` is the end of the stream (a held CR is then written). */
  push(chunk: Uint8Array | null): Uint8Array {
    const out: number[] = [];
    if (chunk === null) {
      if (this.heldCr) out.push(0x0d);
      this.heldCr = false;
      return Uint8Array.from(out);
    }
    for (const byte of chunk) {
      if (this.heldCr && byte !== 0x0a) out.push(0x0d);
      this.heldCr = byte === 0x0d;
      if (!this.heldCr) out.push(byte);
    }
    return Uint8Array.from(out);
  }
}
