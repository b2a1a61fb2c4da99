/**
 * Real-server benchmark (issue 13): every session of `npm run ftpd` shares one event loop, so the
 * slowest command of one user is a pause for all. Session A spends the server's whole inode budget on
 * the worst tree it can build (half a chain of nested directories, half siblings in one directory)
 * and then runs the costliest path operations on it; session B sends NOOPs all along. Reported: the
 * slowest NOOP B saw (target < 50 ms) and the time of each of A's operations.
 */
import net from "node:net";
import { buildServer } from "../lib/sim/compose";
import { DEFAULT_VFS_LIMITS } from "../lib/vfs/vfs";
import { RealFtpServer } from "../lib/node/real-server";

const CONFIG = "local_enable=YES\nwrite_enable=YES\nchroot_local_user=YES\nallow_writeable_chroot=YES\n";

/** A control connection that sends lines and resolves when as many replies as lines have come back. */
function client(port: number) {
  const sock = net.connect(port, "127.0.0.1");
  sock.setEncoding("latin1");
  let buf = "";
  let open: string | null = null;
  let replies = 0;
  const waiters: { n: number; resolve: () => void }[] = [];
  sock.on("data", (s: string) => {
    buf += s;
    for (let lf = buf.indexOf("\r\n"); lf >= 0; lf = buf.indexOf("\r\n")) {
      const line = buf.slice(0, lf);
      buf = buf.slice(lf + 2);
      if (open !== null) {
        if (line.startsWith(open + " ")) open = null;
        else continue;
      } else if (/^\d{3}-/.test(line)) {
        open = line.slice(0, 3);
        continue;
      }
      replies++;
      while (waiters[0] && waiters[0].n <= replies) waiters.shift()!.resolve();
    }
  });
  const until = (n: number) =>
    new Promise<void>((r) => (n <= replies ? r() : waiters.push({ n, resolve: r })));
  return {
    /** Sends the lines together and waits for their replies. */
    async send(...lines: string[]): Promise<void> {
      const target = replies + lines.length;
      sock.write(lines.map((l) => l + "\r\n").join(""));
      await until(target);
    },
    greeted: () => until(1),
    close: () => sock.destroy(),
  };
}

export async function benchNoop(): Promise<Record<string, unknown>> {
  const built = buildServer(
    { config: CONFIG, users: [{ name: "a", password: "a", uid: 1001 }], files: [] },
    () => Math.floor(Date.now() / 1000),
  );
  if (!built.ok) throw new Error(built.problems.join("; "));
  const server = new RealFtpServer({
    host: "127.0.0.1",
    port: 0,
    createSession: (t) => built.factory.createSession(t),
  });
  const { port } = await server.listen();
  const a = client(port);
  const b = client(port);
  await a.greeted();
  await b.greeted();
  await a.send("USER a", "PASS a");
  await b.send("USER a", "PASS a");
  const half = Math.floor(DEFAULT_VFS_LIMITS.maxCreatedNodes / 2);
  // The chain: d/d/d/… (each MKD walks the whole path so far), then the siblings w0…wN in /.
  for (let i = 0; i < half; i += 250) {
    const lines: string[] = [];
    for (let j = i; j < Math.min(half, i + 250); j++) lines.push(`MKD d`, `CWD d`);
    await a.send(...lines);
  }
  await a.send("CWD /");
  for (let i = 0; i < half; i += 500)
    await a.send(...Array.from({ length: Math.min(500, half - i) }, (_, j) => `MKD w${i + j}`));
  await a.send("MKD over-budget");

  let worst = 0;
  let running = true;
  // The operation A is running while each NOOP waits: the slowest NOOP is charged to it.
  let current = "";
  const worstDuring: Record<string, number> = {};
  const prober = (async () => {
    while (running) {
      const t0 = performance.now();
      const during = current;
      await b.send("NOOP");
      const ms = performance.now() - t0;
      worst = Math.max(worst, ms);
      if (during) worstDuring[during] = Math.max(worstDuring[during] ?? 0, Math.round(ms * 10) / 10);
      await new Promise((r) => setTimeout(r, 2));
    }
  })();
  // A command line holds at most 4 KiB, so the bottom of the chain is reached in two CWDs.
  const halfway = "d/".repeat(Math.ceil(half / 2));
  const ops: Record<string, string> = {
    "CWD halfway down the chain, from the top": `CWD /${halfway}`,
    "CWD the rest of the way (walks 2,500 levels)": `CWD ${halfway}`,
    "PWD at the bottom": "PWD",
    "CWD .. x2500 (one line, 4 KiB)": "CWD " + "../".repeat(1360),
    "STAT with a 4 KiB filter of * over 2,500 names": "STAT /" + "*".repeat(4000),
    "STAT of 2,500 names": "STAT /",
    "STAT {,} braces over 2,500 names": "STAT /" + "{*,*}".repeat(800),
  };
  const times: Record<string, number> = {};
  for (const [name, line] of Object.entries(ops)) {
    current = name;
    let ms = 0;
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      await a.send(line);
      ms = Math.max(ms, performance.now() - t0);
    }
    times[name] = Math.round(ms * 10) / 10;
  }
  current = "";
  running = false;
  await prober;
  a.close();
  b.close();
  await server.close();
  return {
    inodeBudget: DEFAULT_VFS_LIMITS.maxCreatedNodes,
    slowestNoopMs: Math.round(worst * 10) / 10,
    targetMs: 50,
    operationMs: times,
    slowestNoopDuringMs: worstDuring,
  };
}

if (/noop\.ts$/.test(process.argv[1] ?? ""))
  void benchNoop().then((r) => console.log(JSON.stringify(r, null, 2)));
