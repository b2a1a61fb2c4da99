/**
 * Real-server benchmark (not a test): a 100 MiB RETR over loopback from `npm run ftpd`'s RealFtpServer,
 * against the same bytes sent by a plain Node `net` server in the same run. The ratio says what the FTP
 * engine and adapter cost on top of Node's sockets (1.0 = nothing). Best of a few runs, as bench/sim.ts.
 */
import net from "node:net";
import { parseConfig } from "../lib/ftp/server/config";
import { createServerSession } from "../lib/ftp/server/session";
import { RealFtpServer } from "../lib/node/real-server";
import { buildVfs } from "../lib/vfs/build";

const SIZE = 100 * 1024 * 1024;
const RUNS = 3;

function payload(): Uint8Array {
  const b = new Uint8Array(SIZE);
  for (let i = 0; i < SIZE; i++) b[i] = (i * 2654435761) >>> 24;
  return b;
}

/** Connects, reads to EOF, returns the byte count. */
function drain(port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    let n = 0;
    const s = net.connect(port, "127.0.0.1");
    s.on("data", (b: Buffer) => (n += b.length));
    s.on("end", () => resolve(n));
    s.on("error", reject);
  });
}

async function plainNet(bytes: Uint8Array): Promise<number> {
  const server = net.createServer((s) => s.end(bytes));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const t0 = performance.now();
  const n = await drain((server.address() as net.AddressInfo).port);
  const ms = performance.now() - t0;
  await new Promise((r) => server.close(r));
  if (n !== SIZE) throw new Error(`net: got ${n} bytes`);
  return ms;
}

/** A minimal control client: waits for a reply whose first line starts with `code`. */
function controlClient(port: number) {
  const sock = net.connect(port, "127.0.0.1");
  let text = "";
  const waiters: { re: RegExp; resolve: (line: string) => void }[] = [];
  sock.setEncoding("latin1");
  sock.on("data", (s: string) => {
    text += s;
    for (const w of [...waiters]) {
      const m = w.re.exec(text);
      if (m) {
        waiters.splice(waiters.indexOf(w), 1);
        text = text.slice(m.index + m[0].length);
        w.resolve(m[0]);
      }
    }
  });
  const expect = (code: number) =>
    new Promise<string>((resolve) => waiters.push({ re: new RegExp(`^${code} .*\\r\\n`, "m"), resolve }));
  const send = (line: string) => sock.write(line + "\r\n");
  return { sock, expect, send };
}

async function ftpRetr(port: number): Promise<number> {
  const c = controlClient(port);
  await c.expect(220);
  c.send("USER anonymous");
  await c.expect(331);
  c.send("PASS bench@example.org");
  await c.expect(230);
  c.send("TYPE I");
  await c.expect(200);
  c.send("EPSV");
  const epsv = await c.expect(229);
  const dataPort = Number(/\|\|\|(\d+)\|/.exec(epsv)![1]);
  const t0 = performance.now();
  const got = drain(dataPort);
  c.send("RETR big.bin");
  const [n] = await Promise.all([got, c.expect(226)]);
  const ms = performance.now() - t0;
  c.sock.destroy();
  if (n !== SIZE) throw new Error(`ftpd: got ${n} bytes`);
  return ms;
}

export async function benchFtpd(): Promise<Record<string, unknown>> {
  const bytes = payload();
  const parsed = parseConfig("anonymous_enable=YES\n");
  if (!parsed.ok) throw new Error(parsed.error.oops);
  const config = parsed.config;
  const fs = buildVfs([{ path: "big.bin", bytes, mode: "0o644" }], {
    mountPath: "/srv/ftp",
    root: { mode: "0o755" },
  });
  const users = { users: [{ name: "ftp", uid: 102, gid: 105 }] };
  const origin = Date.now();
  const server = new RealFtpServer({
    host: "127.0.0.1",
    port: 0,
    createSession: (t) => {
      const e = createServerSession({ config, fs, users, now: origin + t });
      return { handle: (i, now) => e.handle(i, origin + now) };
    },
  });
  const { port } = await server.listen();
  let ftpMs = Infinity;
  let netMs = Infinity;
  for (let i = 0; i < RUNS; i++) {
    netMs = Math.min(netMs, await plainNet(bytes));
    ftpMs = Math.min(ftpMs, await ftpRetr(port));
  }
  await server.close();
  const mibps = (ms: number) => Math.round((SIZE / 1048576 / (ms / 1000)) * 10) / 10;
  return {
    bytes: SIZE,
    ftpdRetrMs: Math.round(ftpMs),
    netSendMs: Math.round(netMs),
    ftpdMiBps: mibps(ftpMs),
    netMiBps: mibps(netMs),
    ratio: Math.round((netMs / ftpMs) * 100) / 100,
  };
}
