/**
 * A scripted FTP client on real sockets for replaying recorded cases: a control connection whose text is
 * kept whole, a listener for active mode, and one data connection at a time (receive, upload, or hold).
 */
import net from "node:net";
import { splitReplies } from "../conformance/harness";

const poll = async (cond: () => boolean, ms: number): Promise<boolean> => {
  const end = Date.now() + ms;
  while (!cond() && Date.now() < end) await new Promise((r) => setTimeout(r, 10));
  return cond();
};

/** A reply is complete when its last line is "NNN text\r\n" with the code it started with. */
function complete(r: string): boolean {
  if (!r.endsWith("\r\n")) return false;
  const lines = r.slice(0, -2).split("\r\n");
  return lines[lines.length - 1]!.startsWith(r.slice(0, 3) + " ");
}

interface DataConn {
  sock: net.Socket;
  parts: Buffer[];
  done: boolean;
}

export class TcpClient {
  private text = "";
  closed = false;
  listenPort = 0;
  private listener: net.Server | null = null;
  private data: DataConn | null = null;

  private constructor(private readonly control: net.Socket) {
    control.setEncoding("latin1");
    control.on("data", (s: string) => (this.text += s));
    control.on("error", () => undefined);
    control.on("close", () => (this.closed = true));
  }

  static open(port: number): Promise<TcpClient> {
    return new Promise((resolve, reject) => {
      const s = net.connect({ host: "127.0.0.1", port }, () => resolve(new TcpClient(s)));
      s.once("error", reject);
    });
  }

  completeReplies(): string[] {
    return splitReplies(this.text).filter(complete);
  }

  /** The replies after the first `from`, once `n` have arrived (or the wait ends, or the server closed). */
  async replies(from: number, n: number, ms: number): Promise<string[]> {
    await poll(() => this.completeReplies().length >= from + n || this.closed, ms);
    // A reply written just before the FIN is already in `text` when "close" fires.
    return this.completeReplies().slice(from);
  }

  send(b: Buffer): void {
    if (!this.control.destroyed) this.control.write(b);
  }

  waitClosed(ms: number): Promise<boolean> {
    return poll(() => this.closed, ms);
  }

  /** "v4": listen on loopback; "v4_closed": a port with nothing behind it; "v6": the address is refused anyway. */
  async prepareListener(kind: string): Promise<void> {
    this.listener?.close();
    this.listener = null;
    const l = net.createServer();
    await new Promise<void>((r) => l.listen(0, kind === "v6" ? "::1" : "127.0.0.1", r));
    this.listenPort = (l.address() as net.AddressInfo).port;
    if (kind === "v4_closed" || kind === "v6") await new Promise((r) => l.close(r));
    else this.listener = l;
  }

  async connectData(from: string, mode: string, upload?: Buffer): Promise<void> {
    const m = /\((\d+),(\d+),(\d+),(\d+),(\d+),(\d+)\)|\(\|\|\|(\d+)\|\)/.exec(this.lastPassive());
    if (!m) throw new Error("no 227/229 reply to connect to");
    const port = m[7] ? Number(m[7]) : Number(m[5]) * 256 + Number(m[6]);
    const sock = net.connect({ host: "127.0.0.1", port, localAddress: from });
    await new Promise<void>((resolve, reject) => {
      sock.once("connect", resolve);
      sock.once("error", reject);
    });
    this.adopt(sock, mode, upload);
  }

  acceptData(mode: string, upload?: Buffer): void {
    this.listener?.once("connection", (sock: net.Socket) => this.adopt(sock, mode, upload));
  }

  private adopt(sock: net.Socket, mode: string, upload?: Buffer): void {
    this.data?.sock.destroy();
    const d: DataConn = { sock, parts: [], done: false };
    this.data = d;
    sock.on("error", () => undefined);
    sock.on("close", () => (d.done = true));
    // "hold": connected but never reading, so the server's writes back up (a stalled client).
    if (mode === "hold") return void sock.pause();
    sock.on("data", (b: Buffer) => d.parts.push(b));
    if (upload) sock.end(upload);
  }

  lastPassive(): string {
    const rs = this.completeReplies().filter((r) => /^22[79] /.test(r));
    return rs[rs.length - 1] ?? "";
  }

  async dataDone(ms: number): Promise<Buffer> {
    const d = this.data;
    if (!d) return Buffer.alloc(0);
    await poll(() => d.done, ms);
    return Buffer.concat(d.parts);
  }

  resetData(): void {
    this.data?.sock.resetAndDestroy();
  }

  destroy(): void {
    this.data?.sock.destroy();
    this.listener?.close();
    this.control.destroy();
  }
}
