/**
 * Serving from disk (not a test): a 100 MiB RETR from `npm run ftpd -- --root DIR` against a plain Node
 * sender streaming the same file and against Debian's vsftpd 3.0.3 serving the same directory, in the
 * same run, best of a few; ratios > 1 mean ftpd is slower. ftpd runs as its own process, so its memory
 * (RSS) is read from /proc while it serves.
 */
import { spawn, type ChildProcess } from "node:child_process";
import {
  createReadStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

const SIZE = 100 * 1024 * 1024;
const RUNS = 3;
const VSFTPD = "/usr/sbin/vsftpd";

export const kib = (pid: number, field: "VmRSS" | "VmHWM") =>
  Number(new RegExp(`${field}:\\s+(\\d+)`).exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? NaN);
export const mib = (k: number) => Math.round(k / 1024);

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const p = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(p));
    });
  });
}

function drain(port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    let n = 0;
    const s = net.connect(port, "127.0.0.1");
    s.on("data", (b: Buffer) => (n += b.length));
    s.on("end", () => resolve(n));
    s.on("error", reject);
  });
}

export function control(port: number) {
  const sock = net.connect(port, "127.0.0.1");
  let text = "";
  const waiters: { re: RegExp; resolve: (l: string) => void }[] = [];
  sock.setEncoding("latin1");
  sock.on("error", () => undefined);
  const check = () => {
    for (const w of [...waiters]) {
      const m = w.re.exec(text);
      if (!m) continue;
      waiters.splice(waiters.indexOf(w), 1);
      text = text.slice(m.index + m[0].length);
      w.resolve(m[0]);
    }
  };
  sock.on("data", (s: string) => {
    text += s;
    check();
  });
  // A reply that came before it was waited for still counts.
  const expect = (codes: string) =>
    new Promise<string>((resolve) => {
      waiters.push({ re: new RegExp(`^(${codes}) .*\\r\\n`, "m"), resolve });
      check();
    });
  return { sock, expect, send: (l: string) => sock.write(l + "\r\n") };
}

export async function login(port: number, user = "anonymous", pass = "bench@example.org") {
  const c = control(port);
  await c.expect("220");
  c.send(`USER ${user}`);
  await c.expect("331");
  c.send(`PASS ${pass}`);
  await c.expect("230");
  c.send("TYPE I");
  await c.expect("200");
  return c;
}

export async function epsvPort(c: ReturnType<typeof control>): Promise<number> {
  c.send("EPSV");
  return Number(/\|\|\|(\d+)\|/.exec(await c.expect("229"))![1]);
}

/** One RETR of big.bin; `during` samples the server's memory while the bytes flow. */
async function retr(port: number, during?: () => void): Promise<number> {
  const c = await login(port);
  const dataPort = await epsvPort(c);
  const sampler = during ? setInterval(during, 20) : null;
  const t0 = performance.now();
  const got = drain(dataPort);
  c.send("RETR big.bin");
  const [n] = await Promise.all([got, c.expect("226")]);
  const ms = performance.now() - t0;
  if (sampler) clearInterval(sampler);
  c.sock.destroy();
  if (n !== SIZE) throw new Error(`got ${n} bytes`);
  return ms;
}

async function plainSender(file: string): Promise<number> {
  const server = net.createServer((s) => createReadStream(file).pipe(s));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const t0 = performance.now();
  const n = await drain((server.address() as net.AddressInfo).port);
  const ms = performance.now() - t0;
  await new Promise((r) => server.close(r));
  if (n !== SIZE) throw new Error(`plain sender: got ${n} bytes`);
  return ms;
}

function startedOn(child: ChildProcess, re: RegExp): Promise<void> {
  return new Promise((resolve, reject) => {
    let err = "";
    const timer = setTimeout(() => reject(new Error(`did not start: ${err}`)), 20_000);
    child.stderr!.on("data", (b: Buffer) => {
      err += b.toString();
      if (re.test(err)) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once("exit", (code) => reject(new Error(`exited ${code}: ${err}`)));
  });
}

export async function startFtpd(root: string, port: number, extra: string[] = []): Promise<ChildProcess> {
  const args = ["--import", "tsx", "scripts/ftpd.ts", "--port", String(port), "--root", root];
  const child = spawn(process.execPath, [...args, "--trace", "/dev/null", ...extra], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  await startedOn(child, /listening on/);
  return child;
}

/** Debian's vsftpd in the foreground on loopback; stops with the bench (killed by PID), or null. */
async function startVsftpd(dir: string, root: string, port: number): Promise<ChildProcess | null> {
  if (!existsSync(VSFTPD) || process.getuid?.() !== 0) return null;
  const empty = join(dir, "empty");
  mkdirSync(empty, { recursive: true });
  const conf = join(dir, "vsftpd.conf");
  const lines = ["listen=YES", "listen_address=127.0.0.1", `listen_port=${port}`, "background=NO"];
  lines.push("seccomp_sandbox=NO", "anonymous_enable=YES", "local_enable=NO", `anon_root=${root}`);
  lines.push(`secure_chroot_dir=${empty}`, "xferlog_enable=NO");
  writeFileSync(conf, lines.join("\n") + "\n");
  const child = spawn(VSFTPD, [conf], { stdio: ["ignore", "ignore", "pipe"] });
  for (let i = 0; i < 100; i++) {
    const up = await new Promise<boolean>((r) => {
      const s = net.connect(port, "127.0.0.1", () => (s.destroy(), r(true)));
      s.on("error", () => r(false));
    });
    if (up) return child;
    await new Promise((r) => setTimeout(r, 50));
  }
  child.kill("SIGKILL");
  return null;
}

export async function benchFtpdDisk(): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(join(tmpdir(), "bench-ftpd-disk-"));
  const root = join(dir, "root");
  mkdirSync(root, { mode: 0o755 });
  const file = join(root, "big.bin");
  const block = Buffer.alloc(1 << 20);
  for (let i = 0; i < block.length; i++) block[i] = (i * 2654435761) >>> 24;
  writeFileSync(file, Buffer.concat(Array.from({ length: SIZE >> 20 }, () => block)));
  const children: ChildProcess[] = [];
  try {
    const ftpdPort = await freePort();
    const ftpd = await startFtpd(root, ftpdPort);
    children.push(ftpd);
    const vsPort = await freePort();
    const vsftpd = await startVsftpd(dir, root, vsPort);
    if (vsftpd) children.push(vsftpd);
    let ftpdMs = Infinity;
    let plainMs = Infinity;
    let vsMs = Infinity;
    let rssMax = 0;
    const idleRss = kib(ftpd.pid!, "VmRSS");
    for (let i = 0; i < RUNS; i++) {
      plainMs = Math.min(plainMs, await plainSender(file));
      ftpdMs = Math.min(
        ftpdMs,
        await retr(ftpdPort, () => (rssMax = Math.max(rssMax, kib(ftpd.pid!, "VmRSS")))),
      );
      if (vsftpd) vsMs = Math.min(vsMs, await retr(vsPort));
    }
    const mibps = (ms: number) => Math.round((SIZE / 1048576 / (ms / 1000)) * 10) / 10;
    const out: Record<string, unknown> = {
      bytes: SIZE,
      ftpdRetrMs: Math.round(ftpdMs),
      plainSenderMs: Math.round(plainMs),
      ftpdMiBps: mibps(ftpdMs),
      plainMiBps: mibps(plainMs),
      ftpdVsPlain: Math.round((ftpdMs / plainMs) * 100) / 100,
      ftpdRssIdleMiB: mib(idleRss),
      ftpdRssServingMaxMiB: mib(rssMax),
      ...(vsftpd
        ? {
            vsftpdRetrMs: Math.round(vsMs),
            vsftpdMiBps: mibps(vsMs),
            ftpdVsVsftpd: Math.round((ftpdMs / vsMs) * 100) / 100,
          }
        : { vsftpd: "not run (needs /usr/sbin/vsftpd and root)" }),
    };
    return out;
  } finally {
    for (const c of children) c.kill("SIGKILL");
    rmSync(dir, { recursive: true, force: true });
  }
}
