/**
 * The lab's client: replays a LabScript over real sockets (run inside the client's network namespace)
 * and reports what it saw as events. It opens and accepts data connections as the simulated client
 * did; every wait is bounded by a real timer (vsftpd's 60 s connect/accept timeouts, the kernel's SYN
 * give-up), so a run always ends.
 */
import { createConnection, createServer, type Server, type Socket } from "node:net";
import type { LabScript, LabStep, UploadChunk } from "../../lab/script";

/** Longer than vsftpd's connect_timeout and accept_timeout (60 s): a reply always comes before this. */
export const REPLY_MS = 75_000;
/** Longer than the kernel's SYN give-up, so the kernel decides a connect's failure, not us. */
export const CONNECT_MS = 140_000;

export type LabEvent =
  | { t: number; kind: "connected"; local: string; remote: string }
  | { t: number; kind: "connect-failed"; error: string }
  | { t: number; kind: "sent"; line: string }
  | { t: number; kind: "reply"; code: number; text: string }
  | { t: number; kind: "reply-timeout"; waitedMs: number }
  | { t: number; kind: "data-open"; how: "accepted" | "connected"; local: string; remote: string }
  | { t: number; kind: "data-failed"; how: "accept" | "connect"; error: string }
  | { t: number; kind: "data-closed"; bytes: number }
  | { t: number; kind: "closed" };

const TRANSFERS = new Set(["LIST", "NLST", "RETR", "STOR", "APPE", "STOU", "MLSD"]);

/** Reads FTP replies (multi-line aware) from a socket, one final or preliminary reply at a time. */
class ReplyReader {
  private buf = "";
  private waiters: ((r: { code: number; text: string } | null) => void)[] = [];
  private replies: { code: number; text: string }[] = [];
  private closed = false;

  constructor(sock: Socket) {
    sock.setEncoding("latin1");
    sock.on("data", (d: string) => {
      this.buf += d;
      this.parse();
    });
    sock.on("close", () => {
      this.closed = true;
      this.flush();
    });
    sock.on("error", () => undefined);
  }

  private parse(): void {
    for (;;) {
      const m = /^(\d{3})([ -])/.exec(this.buf);
      if (!m) {
        const nl = this.buf.indexOf("\n");
        if (nl < 0) return;
        this.buf = this.buf.slice(nl + 1); // a stray line that is not a reply start
        continue;
      }
      const code = m[1] ?? "";
      let end: number;
      if (m[2] === " ") end = this.buf.indexOf("\n");
      else {
        const last = new RegExp(`(^|\\n)${code} [^\\n]*\\n`).exec(this.buf.slice(4));
        end = last ? 4 + last.index + last[0].length - 1 : -1;
      }
      if (end < 0) return;
      this.replies.push({ code: Number(code), text: this.buf.slice(0, end + 1) });
      this.buf = this.buf.slice(end + 1);
      this.flush();
    }
  }

  private flush(): void {
    while (this.waiters.length > 0 && (this.replies.length > 0 || this.closed)) {
      const w = this.waiters.shift();
      w?.(this.replies.shift() ?? null);
    }
  }

  next(ms: number): Promise<{ code: number; text: string } | null | "timeout"> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== done);
        resolve("timeout");
      }, ms);
      const done = (r: { code: number; text: string } | null) => {
        clearTimeout(timer);
        resolve(r);
      };
      this.waiters.push(done);
      this.flush();
    });
  }
}

const endpoint = (addr: string | undefined, port: number | undefined): string =>
  `${addr ?? "?"}:${port ?? "?"}`;

function connect(
  host: string,
  port: number,
  localPort: number | undefined,
  ms: number,
): Promise<Socket | Error> {
  return new Promise((resolve) => {
    const sock = createConnection({ host, port, ...(localPort ? { localPort } : {}) });
    const timer = setTimeout(() => {
      sock.destroy();
      resolve(new Error("ETIMEDOUT (lab limit)"));
    }, ms);
    sock.once("connect", () => {
      clearTimeout(timer);
      resolve(sock);
    });
    sock.once("error", (e) => {
      clearTimeout(timer);
      resolve(e);
    });
  });
}

/** Reads a data connection to its end, or writes the upload and closes it. */
function drain(sock: Socket, upload: readonly UploadChunk[] | undefined): Promise<number> {
  return new Promise((resolve) => {
    let bytes = 0;
    sock.on("data", (d: Buffer) => (bytes += d.length));
    sock.on("error", () => undefined);
    sock.on("close", () => resolve(bytes));
    if (upload) {
      for (const c of upload) {
        const b = "b64" in c ? Buffer.from(c.b64, "base64") : Buffer.from(c.text, "utf8");
        bytes += b.length;
        sock.write(b);
      }
      sock.end();
    }
  });
}

function listen(port: number): Promise<Server | Error> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.once("error", (e) => resolve(e));
    srv.listen(port, "0.0.0.0", () => resolve(srv));
  });
}

function accept(srv: Server, ms: number): Promise<Socket | Error> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(new Error("no connection within the accept limit")), ms);
    srv.once("connection", (s: Socket) => {
      clearTimeout(timer);
      resolve(s);
    });
    srv.once("close", () => {
      clearTimeout(timer);
      resolve(new Error("no connection came"));
    });
  });
}

/** The 227/229 target: address and port announced, or the control peer with the port. */
function passiveTarget(
  reply: string,
  peer: string,
  follow: boolean,
): { host: string; port: number } | undefined {
  const pasv = /\((\d+),(\d+),(\d+),(\d+),(\d+),(\d+)\)/.exec(reply);
  if (pasv) {
    const n = pasv.slice(1).map(Number);
    const port = (n[4] ?? 0) * 256 + (n[5] ?? 0);
    return { host: follow ? n.slice(0, 4).join(".") : peer, port };
  }
  const epsv = /\((.)\1\1(\d+)\1\)/.exec(reply);
  return epsv ? { host: peer, port: Number(epsv[2]) } : undefined;
}

export async function runPlayer(script: LabScript, emit: (e: LabEvent) => void): Promise<void> {
  const t0 = performance.now();
  const now = () => Math.round(performance.now() - t0);
  const opened = await connect(script.server.addr, script.server.port, script.srcPort, CONNECT_MS);
  if (opened instanceof Error) {
    emit({ t: now(), kind: "connect-failed", error: opened.message });
    return;
  }
  const ctl: Socket = opened;
  emit({
    t: now(),
    kind: "connected",
    local: endpoint(ctl.localAddress, ctl.localPort),
    remote: endpoint(ctl.remoteAddress, ctl.remotePort),
  });
  const replies = new ReplyReader(ctl);
  const read = async (): Promise<{ code: number; text: string } | null> => {
    const r = await replies.next(REPLY_MS);
    if (r === "timeout") {
      emit({ t: now(), kind: "reply-timeout", waitedMs: REPLY_MS });
      return null;
    }
    if (r) emit({ t: now(), kind: "reply", code: r.code, text: r.text });
    return r;
  };
  if (!(await read())) return finish(ctl, emit, now);
  /** The data connection being prepared: accepted (active) or connected (passive). */
  let pending: { sock: Promise<Socket | Error>; how: "accepted" | "connected"; srv?: Server } | undefined;
  const dropPending = () => {
    if (!pending) return;
    void pending.sock.then((s) => (s instanceof Error ? undefined : s.destroy()));
    pending.srv?.close();
    pending = undefined;
  };
  for (const step of script.steps) {
    const ok = await play(step);
    if (!ok) break;
  }
  dropPending();
  return finish(ctl, emit, now);

  async function play(step: LabStep): Promise<boolean> {
    if (step.data.kind === "listen") {
      dropPending();
      const l = await listen(step.data.port);
      if (l instanceof Error) emit({ t: now(), kind: "data-failed", how: "accept", error: l.message });
      else pending = { sock: accept(l, REPLY_MS + REPLY_MS), how: "accepted", srv: l };
    }
    ctl.write(step.line, "latin1");
    emit({ t: now(), kind: "sent", line: step.line });
    let r = await read();
    if (r && step.data.kind === "connect" && (r.code === 227 || r.code === 229)) {
      const target = passiveTarget(r.text, ctl.remoteAddress ?? script.server.addr, step.data.follow);
      if (target) {
        dropPending();
        pending = {
          sock: connect(target.host, target.port, step.data.srcPort, CONNECT_MS),
          how: "connected",
        };
        // netkit connects right after 227/229: the outcome is known before the next line is sent.
        const s = await pending.sock;
        if (s instanceof Error) {
          emit({ t: now(), kind: "data-failed", how: "connect", error: s.message });
          pending = undefined;
        } else
          emit({
            t: now(),
            kind: "data-open",
            how: "connected",
            local: endpoint(s.localAddress, s.localPort),
            remote: endpoint(s.remoteAddress, s.remotePort),
          });
      }
    }
    if (TRANSFERS.has(step.verb)) {
      if (r && r.code >= 100 && r.code < 200 && pending) {
        const { sock, how } = pending;
        const data = await sock;
        if (data instanceof Error)
          emit({
            t: now(),
            kind: "data-failed",
            how: how === "accepted" ? "accept" : "connect",
            error: data.message,
          });
        else {
          if (how === "accepted")
            emit({
              t: now(),
              kind: "data-open",
              how,
              local: endpoint(data.localAddress, data.localPort),
              remote: endpoint(data.remoteAddress, data.remotePort),
            });
          const bytes = await drain(data, step.upload);
          emit({ t: now(), kind: "data-closed", bytes });
        }
        r = await read();
      }
      dropPending();
    }
    return r !== null;
  }
}

function finish(ctl: Socket, emit: (e: LabEvent) => void, now: () => number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      ctl.destroy();
      resolve();
    }, 2_000);
    ctl.once("close", () => {
      clearTimeout(timer);
      emit({ t: now(), kind: "closed" });
      resolve();
    });
    ctl.end();
  });
}
