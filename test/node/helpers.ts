/**
 * A real ftpd on loopback for tests: the same composition as `npm run ftpd` (buildServer + RealFtpServer),
 * on an ephemeral port, with a served tree holding binary files whose bytes the tests know.
 */
import { createHash } from "node:crypto";
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { RealFtpServer, type RealServerOptions } from "@/lib/node/real-server";
import { buildServer, type ServerHost } from "@/lib/sim/compose";
import type { ByteBudget } from "@/lib/vfs/budget";
import type { ScenarioFile } from "@/lib/sim/scenario";

export const USER = { name: "profe", password: "secreto1" };

/** A classroom vsftpd: anonymous read-only (vsftpd's defaults), a local user who may write. */
export const WRITE_CONFIG = `listen=YES
anonymous_enable=YES
local_enable=YES
write_enable=YES
anon_upload_enable=NO
anon_mkdir_write_enable=NO
chroot_local_user=YES
allow_writeable_chroot=YES
connect_from_port_20=YES
pasv_min_port=30000
pasv_max_port=30999
max_clients=1000
max_per_ip=1000
`;

/** Deterministic bytes covering every value (and not a simple ramp, so an offset error shows). */
export function blob(size: number, seed = 1): Buffer {
  const out = Buffer.alloc(size);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < size; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

export const BLOB = blob(300 * 1024 + 17);
export const MIB = blob(1 << 20, 7);

export const sha = (b: Uint8Array): string => createHash("sha256").update(b).digest("hex");

const owned = { uid: 1001, gid: 1001 };
export const FILES: ScenarioFile[] = [
  { path: "pub", type: "dir", mode: "0o755", ...owned },
  { path: "pub/blob.bin", base64: BLOB.toString("base64"), mode: "0o644", ...owned },
  { path: "pub/mib.bin", base64: MIB.toString("base64"), mode: "0o644", ...owned },
  { path: "pub/hola.txt", text: "hola\n", mode: "0o644", ...owned },
  { path: "work", type: "dir", mode: "0o755", ...owned },
];

export interface TestServer {
  readonly server: RealFtpServer;
  readonly host: string;
  readonly port: number;
  readonly trace: string[];
  close(): Promise<number>;
}

export async function startServer(
  opts: {
    config?: string;
    files?: ScenarioFile[];
    extra?: Partial<RealServerOptions>;
    budget?: ByteBudget;
    host?: ServerHost;
  } = {},
): Promise<TestServer> {
  const built = buildServer(
    {
      config: opts.config ?? WRITE_CONFIG,
      files: opts.files ?? FILES,
      users: [{ ...USER, uid: 1001 }],
      ...(opts.budget ? { budget: opts.budget } : {}),
      ...(opts.host ? { host: opts.host } : {}),
    },
    () => Date.now() / 1000,
  );
  if (!built.ok) throw new Error(built.problems.join("; "));
  const trace: string[] = [];
  const server = new RealFtpServer({
    host: "127.0.0.1",
    port: 0,
    createSession: (now) => built.factory.createSession(now),
    maxClients: built.config.max_clients,
    maxPerIp: built.config.max_per_ip,
    trace: (l) => trace.push(l),
    ...opts.extra,
  });
  const { host, port } = await server.listen();
  return { server, host, port, trace, close: () => server.close() };
}

/** curl from Debian (scripts/ensure-tools.mjs installs it when missing and root); null if unavailable. */
export function curlPath(): string | null {
  try {
    execFileSync(process.execPath, ["scripts/ensure-tools.mjs", "curl", "--check"], { stdio: "pipe" });
    return process.env.CURL_PATH ?? "/usr/bin/curl";
  } catch (e) {
    console.warn(`curl tests skipped: ${String((e as { stderr?: Buffer }).stderr ?? e)}`);
    return null;
  }
}

/** Polls until `cond` holds or `ms` pass (sockets close asynchronously). */
export async function until(cond: () => boolean, ms = 3000): Promise<boolean> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) return false;
    await new Promise((r) => setTimeout(r, 20));
  }
  return true;
}

/** TCP sockets and servers this process holds (a leak check across a test). */
export function processTcpHandles(): number {
  return process.getActiveResourcesInfo().filter((r) => r.startsWith("TCP")).length;
}

/**
 * `npm run ftpd` as its own process (scripts/ftpd.ts through tsx) on an ephemeral port, with a local
 * user `alumno:clave` of `uid`; resolves once it says where it listens. Every child joins `children`
 * (and leaves it on exit) so a test file can end what it started.
 */
export function spawnFtpd(
  args: readonly string[],
  uid: number,
  children: Set<ChildProcess>,
): Promise<{ child: ChildProcess; port: number; err: () => string }> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "scripts/ftpd.ts", "--port", "0", "--user", `alumno:clave:${uid}:${uid}`, ...args],
    { stdio: ["ignore", "ignore", "pipe"] },
  );
  children.add(child);
  child.once("exit", () => children.delete(child));
  let err = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`ftpd did not start: ${err}`)), 30_000);
    child.stderr!.on("data", (b: Buffer) => {
      err += b.toString();
      const m = /listening on \S+:(\d+) /.exec(err);
      if (m) {
        clearTimeout(timer);
        resolve({ child, port: Number(m[1]), err: () => err });
      }
    });
    child.once("exit", (code) => reject(new Error(`ftpd exited ${code}: ${err}`)));
  });
}
