/**
 * Drives the server engine through one recorded vsftpd case: a fake client and data channel, a clock
 * that jumps to the next armed timer when the client is waiting for a reply, and reply framing.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { ServerAction, ServerInput, TimerName } from "@/lib/ftp/io";
import { parseConfig, type VsftpdConfig } from "@/lib/ftp/server/config";
import { createServerSession, type ServerSession } from "@/lib/ftp/server/session";
import type { UserDb } from "@/lib/ftp/server/users";
import { buildVfs, type TreeEntry } from "@/lib/vfs/build";
import { bytesLatin1, concatBytes, latin1Bytes } from "@/lib/util/bytes";

/** The recorded vsftpd 3.0.3 sessions, kept in the repository (see its PROVENANCE.md). */
export const DIR = fileURLToPath(new URL("../fixtures/vsftpd-3.0.3/", import.meta.url));
const CAPTURED_AT = Date.parse("2026-11-21T17:02:12Z");

interface Json {
  [k: string]: unknown;
}
export interface Step extends Json {
  action: string;
  conn?: number;
  send?: string;
  send_hex?: string;
  send_template?: string;
  expect?: { code: number; text?: string; pattern?: string }[];
  expect_code?: number | null;
  expect_text?: string | null;
  expect_pattern?: string;
  no_reply?: boolean;
  wait_s?: number;
  racy?: string;
  data?: {
    channel: string;
    mode: string;
    no_connect?: boolean;
    data_src?: string;
    upload_text?: string;
    upload_b64?: string;
  };
  expect_data?: { len?: number; sha256?: string; pattern?: string; connected?: boolean; uploaded?: boolean };
  client_listener?: string;
  close_held_data_after_s?: number;
}
export interface Case {
  case: string;
  config: string;
  steps: Step[];
}

const utf8AsBytes = (s: string): string => Buffer.from(s, "utf8").toString("latin1");

interface TreeJson {
  root: { mode: string; uid: number; gid: number; mtime: number };
  users: Record<string, { uid: number; gid?: number; password?: string }>;
  entries: (Json & {
    path: string;
    type: "file" | "dir" | "symlink";
    base64?: string;
    size?: number;
    generator?: string;
    target?: string;
  })[];
}
const tree = JSON.parse(readFileSync(join(DIR, "tree.json"), "utf8")) as TreeJson;

export function buildTree() {
  const entries: TreeEntry[] = tree.entries.map((e) => ({
    path: utf8AsBytes(e.path),
    type: e.type,
    mode: e.mode as string,
    uid: e.uid as number,
    gid: e.gid as number,
    mtime: e.mtime as number,
    bytes: e.base64 !== undefined ? new Uint8Array(Buffer.from(e.base64, "base64")) : undefined,
    target: e.target,
    size: e.size,
    generator: e.generator ? { kind: "sha256-chain", seed: "seed" } : undefined,
  }));
  return buildVfs(entries, { mountPath: "/srv/ftp", root: tree.root });
}

export const users: UserDb = {
  users: Object.entries(tree.users).map(([name, u]) => ({
    name,
    uid: u.uid,
    gid: u.gid ?? u.uid,
    password: u.password,
  })),
};

export function loadConfig(name: string): VsftpdConfig {
  const r = parseConfig(readFileSync(join(DIR, "configs", `${name}.conf`), "utf8"));
  if (!r.ok) throw new Error(r.error.oops);
  return r.config;
}

const hostFiles = {
  "/srv/capture/conf/user_list": readFileSync(join(DIR, "configs", "user_list"), "utf8"),
  "/srv/capture/conf/banner.txt": readFileSync(join(DIR, "configs", "banner.txt"), "utf8"),
};

/** One control connection plus its data side. */
export class Conn {
  session: ServerSession;
  now = CAPTURED_AT;
  timers = new Map<TimerName, number>();
  control = "";
  closed = false;
  data: Uint8Array[] = [];
  dataMode = "recv";
  dataPending: "flush" | null = null;
  upload: Uint8Array | null = null;
  portListener = "v4";
  nextPasvPort = 40000;

  constructor(config: VsftpdConfig, vfs: ReturnType<typeof buildTree>) {
    this.session = createServerSession({ config, fs: vfs, users, now: this.now, hostFiles });
  }

  feed(input: ServerInput): void {
    const queue: ServerInput[] = [input];
    while (queue.length > 0) {
      const actions = this.session.handle(queue.shift()!, this.now);
      for (const a of actions) queue.push(...this.react(a));
    }
  }

  private react(a: ServerAction): ServerInput[] {
    switch (a.type) {
      case "sendControl": {
        const text = bytesLatin1(a.bytes);
        this.control += text;
        if (this.upload && /^150 /m.test(text)) {
          const up = this.upload;
          this.upload = null;
          return [...(up.length ? [{ type: "dataBytes", bytes: up } as const] : []), { type: "dataClosed" }];
        }
        return [];
      }
      case "closeControl":
        this.closed = true;
        return [];
      case "listen":
        return [{ type: "listening", port: this.nextPasvPort++ }];
      case "connect":
        if (this.portListener === "v4_closed") return [{ type: "dataConnectFailed", reason: "refused" }];
        return [{ type: "dataConnected", local: { addr: "127.0.0.1", port: 20 } }];
      case "sendData":
        this.data.push(a.bytes);
        return [];
      case "closeData":
        if (this.dataMode === "hold") return [];
        return this.dataMode === "upload" ? [] : [{ type: "dataFlushed" }];
      case "setTimer":
        this.timers.set(a.name, this.now + a.afterMs);
        return [];
      case "clearTimer":
        this.timers.delete(a.name);
        return [];
      default:
        return [];
    }
  }

  /** Jumps the clock to the earliest armed timer (not beyond `limit`) and fires it. */
  fireNext(limit: number): boolean {
    let best: [TimerName, number] | null = null;
    for (const [n, t] of this.timers) if (!best || t < best[1]) best = [n, t];
    if (!best || best[1] > limit) return false;
    this.timers.delete(best[0]);
    this.now = Math.max(this.now, best[1]);
    this.feed({ type: "timer", name: best[0] });
    return true;
  }
}

/** Splits control text into whole replies (multi-line ones end at "NNN "). */
export function splitReplies(text: string): string[] {
  const out: string[] = [];
  const lines = text.split(/(?<=\r\n)/);
  let cur = "";
  let code: string | null = null;
  for (const l of lines) {
    cur += l;
    if (code === null && /^\d{3}-/.test(l)) code = l.slice(0, 3);
    if (code === null || l.startsWith(code + " ")) {
      if (l.endsWith("\r\n")) {
        out.push(cur);
        cur = "";
        code = null;
      }
    }
  }
  if (cur) out.push(cur);
  return out;
}

export const sha256 = (b: Uint8Array): string => createHash("sha256").update(b).digest("hex");
export { concatBytes, latin1Bytes };
