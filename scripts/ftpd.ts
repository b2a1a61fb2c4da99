/**
 * npm run ftpd -- [--host 127.0.0.1] [--port 2121] [--config vsftpd.conf] [--root DIR] [--user NAME:PASS]…
 *                 [--trace FILE] [--max-clients N] [--max-per-ip N]
 * The simulator's vsftpd engine on real sockets. Loopback unless told otherwise; the disk is never written.
 * max_clients / max_per_ip come from the config (vsftpd's defaults 2000 / 50); the flags override them.
 * The trace is one JSON-lines stream for the whole run (seq continues across sessions; conn tells them apart).
 */
import { createWriteStream, readFileSync } from "node:fs";
import { RealFtpServer } from "../lib/node/real-server";
import { loadRootDir } from "../lib/node/load-root";
import { buildServer } from "../lib/sim/compose";
import { DEFAULT_USERS } from "../lib/sim/defaults";
import type { ScenarioFile, ScenarioUser } from "../lib/sim/scenario";

interface Args {
  host: string;
  port: number;
  config?: string;
  root?: string;
  users: ScenarioUser[];
  trace?: string;
  maxClients?: number;
  maxPerIp?: number;
}

const USAGE =
  "usage: npm run ftpd -- [--host 127.0.0.1] [--port 2121] [--config vsftpd.conf] [--root DIR] [--user NAME:PASS]... [--trace FILE|-] [--max-clients N] [--max-per-ip N]";

function fail(message: string): never {
  console.error(`ftpd: ${message}\n${USAGE}`);
  process.exit(2);
}

function parseArgs(argv: string[]): Args {
  const a: Args = { host: "127.0.0.1", port: 2121, users: [] };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const value = () => argv[++i] ?? fail(`${flag} needs a value`);
    const int = (v: string, lo: number, hi: number) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < lo || n > hi)
        fail(`${flag} wants a whole number from ${lo} to ${hi}, not "${v}"`);
      return n;
    };
    if (flag === "--host") a.host = value();
    else if (flag === "--port") a.port = int(value(), 0, 65535);
    else if (flag === "--config") a.config = value();
    else if (flag === "--root") a.root = value();
    else if (flag === "--trace") a.trace = value();
    else if (flag === "--max-clients") a.maxClients = int(value(), 0, 100000);
    else if (flag === "--max-per-ip") a.maxPerIp = int(value(), 0, 100000);
    else if (flag === "--user") {
      const v = value();
      const at = v.indexOf(":");
      if (at <= 0) fail(`--user wants NAME:PASS, not "${v}"`);
      // Each account its own uid, as on a real host; the first one owns a --root tree.
      a.users.push({ name: v.slice(0, at), password: v.slice(at + 1), uid: 1001 + a.users.length });
    } else if (flag === "--help" || flag === "-h") {
      console.log(USAGE);
      process.exit(0);
    } else fail(`unknown option ${flag}`);
  }
  return a;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  let configText: string | undefined;
  if (args.config) {
    try {
      configText = readFileSync(args.config, "latin1");
    } catch (e) {
      fail(`cannot read ${args.config}: ${(e as Error).message}`);
    }
  }
  let files: ScenarioFile[] | undefined;
  if (args.root) {
    const owner = args.users[0]?.uid ?? DEFAULT_USERS[0]?.uid ?? 1001;
    const loaded = loadRootDir(args.root, { uid: owner, gid: owner });
    if (!loaded.ok) fail(loaded.message);
    files = loaded.files;
  }
  const startedAt = Date.now() / 1000;
  const built = buildServer(
    {
      ...(configText !== undefined ? { config: configText } : {}),
      ...(files ? { files } : {}),
      ...(args.users.length ? { users: args.users } : {}),
    },
    () => startedAt,
  );
  if (!built.ok) {
    for (const p of built.problems) console.error(`ftpd: ${args.config ?? "config"}: ${p}`);
    process.exit(2);
  }
  const toFile =
    args.trace !== undefined && args.trace !== "-" ? createWriteStream(args.trace, { flags: "a" }) : null;
  const out = toFile ? (l: string) => toFile.write(l + "\n") : (l: string) => process.stdout.write(l + "\n");
  const server = new RealFtpServer({
    host: args.host,
    port: args.port,
    createSession: (now) => built.factory.createSession(now),
    maxClients: args.maxClients ?? built.config.max_clients,
    maxPerIp: args.maxPerIp ?? built.config.max_per_ip,
    trace: out,
    log: (l) => console.error(`ftpd: ${l}`),
  });
  const where = await server
    .listen()
    .catch((e: Error) => fail(`cannot listen on ${args.host}:${args.port}: ${e.message}`));
  console.error(`ftpd: listening on ${where.host}:${where.port} (vsftpd 3.0.3 behaviour; Ctrl+C to stop)`);
  const stop = async (signal: string) => {
    const open = await server.close();
    console.error(`ftpd: ${signal}: listeners closed, ${open} session(s) were open`);
    if (toFile) await new Promise<void>((resolve) => toFile.end(resolve));
    process.exit(0);
  };
  process.once("SIGINT", () => void stop("SIGINT"));
  process.once("SIGTERM", () => void stop("SIGTERM"));
}

void main();
