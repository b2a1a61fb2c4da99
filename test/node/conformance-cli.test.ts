/**
 * Issue 17's "done when": the recorded vsftpd 3.0.3 sessions replay with the same codes, texts and data
 * against `npm run ftpd -- --config CONF` (a process, real sockets), where CONF names the directory in
 * anon_root/local_root and that directory holds the recorded tree on disk with its owners, modes and
 * times. The recording's paths (/srv/ftp, /srv/capture/conf, secure_chroot_dir) are moved under a
 * temporary directory, in the configs and in the replies that print them; nothing else is adapted.
 * Needs root (the tree has files owned by root and by other users); skipped otherwise.
 */
import { spawn, type ChildProcess } from "node:child_process";
import {
  chmodSync,
  lchownSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
  chownSync,
  lutimesSync,
  existsSync,
  statSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sha256Chain } from "@/lib/vfs/sha256";
import { DIR, type Case } from "../conformance/harness";
import { assertChecks, inPool, replayCase, type Check } from "./replay";

const golden = JSON.parse(readFileSync(join(DIR, "golden.json"), "utf8")) as { cases: Case[] };
interface Entry {
  path: string;
  type: "file" | "dir" | "symlink";
  mode: string;
  uid: number;
  gid: number;
  mtime: number;
  base64?: string;
  size?: number;
  generator?: string;
  target?: string;
}
const tree = JSON.parse(readFileSync(join(DIR, "tree.json"), "utf8")) as {
  root: { mode: string; uid: number; gid: number; mtime: number };
  entries: Entry[];
};
const isRoot = process.getuid?.() === 0;
const POOL = 6;

const base = mkdtempSync(join(tmpdir(), "ftpd-conformance-"));
const root = join(base, "srv-ftp");
const confDir = join(base, "conf");
const children = new Set<ChildProcess>();

/** The recorded tree, on disk at `root`, as the recording had it. */
function placeTree(root: string): void {
  mkdirSync(root);
  for (const e of tree.entries) {
    const p = join(root, e.path);
    if (e.type === "dir") mkdirSync(p, { recursive: true });
    else if (e.type === "symlink") symlinkSync(e.target!, p);
    else if (e.generator) writeFileSync(p, sha256Chain(new TextEncoder().encode("seed"), e.size!));
    else writeFileSync(p, Buffer.from(e.base64 ?? "", "base64"));
  }
  // Deepest first, so setting a directory's time comes after its contents are written.
  const all = [...tree.entries].sort((a, b) => b.path.split("/").length - a.path.split("/").length);
  for (const e of all) {
    const p = join(root, e.path);
    if (e.type === "symlink") {
      lchownSync(p, e.uid, e.gid);
      lutimesSync(p, e.mtime, e.mtime);
      continue;
    }
    chmodSync(p, Number(e.mode));
    chownSync(p, e.uid, e.gid);
    utimesSync(p, e.mtime, e.mtime);
  }
  chmodSync(root, Number(tree.root.mode));
  chownSync(root, tree.root.uid, tree.root.gid);
  utimesSync(root, tree.root.mtime, tree.root.mtime);
}

/** What every case shares: the files the configs name and the recording machine's accounts. */
function placeCommon(): void {
  chmodSync(base, 0o755);
  placeTree(root);
  mkdirSync(confDir);
  writeFileSync(join(confDir, "user_list"), readFileSync(join(DIR, "configs", "user_list")));
  writeFileSync(join(confDir, "banner.txt"), readFileSync(join(DIR, "configs", "banner.txt")));
  mkdirSync(join(base, "empty"));
  // The recording machine's accounts (tree.json's users), not this machine's: ftpd reads them via --etc.
  mkdirSync(join(base, "etc"));
  const passwd = [
    "root:x:0:0:root:/root:/bin/bash",
    `ftp:x:102:105:ftp daemon,,,:${root}:/usr/sbin/nologin`,
    `ftptest:x:1001:1001::${root}:/bin/sh`,
    `ftpdenied:x:1002:1002::${root}:/bin/sh`,
  ];
  writeFileSync(join(base, "etc", "passwd"), passwd.join("\n") + "\n");
  writeFileSync(join(base, "etc", "group"), "root:x:0:\nftp:x:105:\nftptest:x:1001:\nftpdenied:x:1002:\n");
}

const moved = (text: string, at = root) =>
  text
    .replaceAll("/srv/ftp", at)
    .replaceAll("/srv/capture/conf/", `${confDir}/`)
    .replaceAll("/var/run/vsftpd/empty", join(base, "empty"));

function configFile(name: string, at: string, tag: string): string {
  const path = join(base, `${tag}.conf`);
  writeFileSync(path, moved(readFileSync(join(DIR, "configs", `${name}.conf`), "utf8"), at));
  return path;
}

/** `npm run ftpd -- --config CONF` with the recording's accounts; resolves with its port. */
function startFtpd(conf: string, write: boolean): Promise<{ child: ChildProcess; port: number }> {
  const args = [
    "--import",
    "tsx",
    "scripts/ftpd.ts",
    "--port",
    "0",
    "--config",
    conf,
    "--etc",
    join(base, "etc"),
  ];
  const users = ["--user", "ftptest:ftptest123:1001:1001", "--user", "ftpdenied:denied123:1002:1002"];
  const child = spawn(process.execPath, [...args, ...users, ...(write ? ["--write"] : [])], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  children.add(child);
  child.once("exit", () => children.delete(child));
  let err = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`ftpd did not start: ${err}`)), 30_000);
    child.stderr!.on("data", (b: Buffer) => {
      err += b.toString();
      const m = /listening on [\d.]+:(\d+)/.exec(err);
      if (m) {
        clearTimeout(timer);
        resolve({ child, port: Number(m[1]) });
      }
    });
    child.once("exit", (code) => reject(new Error(`ftpd exited ${code}: ${err}`)));
  });
}

const stop = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });

/**
 * A config that allows writing gets one ftpd a case, with --write and a fresh copy of the tree: the
 * uploads, deletes, renames and mkdirs are made on disk, and the listings that follow read them back.
 */
const writes = (name: string) =>
  /^write_enable=YES/m.test(readFileSync(join(DIR, "configs", `${name}.conf`), "utf8"));

describe.skipIf(!isRoot)("vsftpd 3.0.3 conformance against npm run ftpd --config (tree on disk)", () => {
  let results = new Map<string, Check[] | Error>();
  let units: { case: string; at: string }[] = [];
  beforeAll(async () => {
    placeCommon();
    const groups = new Map<string, Case[]>();
    for (const c of golden.cases) {
      const key = writes(c.config) ? `${c.config}/${c.case}` : c.config;
      groups.set(key, [...(groups.get(key) ?? []), c]);
    }
    const all = [...groups.values()].map((cases, i) => ({
      case: cases[0]!.case,
      config: cases[0]!.config,
      cases,
      write: writes(cases[0]!.config),
      at: writes(cases[0]!.config) ? join(base, `tree-${i}`) : root,
      tag: `unit-${i}`,
    }));
    units = all;
    const byUnit = await inPool(all, POOL, async (u) => {
      if (u.write) placeTree(u.at);
      const { child, port } = await startFtpd(configFile(u.config, u.at, u.tag), u.write);
      const out = new Map<string, Check[] | Error>();
      const rewrite = (text: string) => moved(text, u.at);
      try {
        for (const c of u.cases) out.set(c.case, await replayCase(c, port, rewrite).catch((e: Error) => e));
      } finally {
        await stop(child);
      }
      return out;
    });
    results = new Map();
    for (const u of all) {
      const r = byUnit.get(u.case);
      for (const c of u.cases)
        results.set(c.case, r instanceof Error ? r : (r?.get(c.case) ?? new Error("not run")));
    }
  }, 240_000);

  afterAll(() => {
    for (const c of children) c.kill("SIGKILL");
    rmSync(base, { recursive: true, force: true });
  });

  for (const c of golden.cases) it(c.case, () => assertChecks(results.get(c.case)));

  it("replays every recorded case", () => expect(results.size).toBe(golden.cases.length));

  it("wrote the uploads to disk, with the session user's owner and vsftpd's mode", () => {
    const u = units.find((x) => x.case === "12_write_enabled/anon_write")!;
    const st = statSync(join(u.at, "upload", "anon.txt"));
    expect([st.uid, st.gid, st.mode & 0o777, st.size]).toEqual([102, 105, 0o600, 32]);
    expect(existsSync(join(root, "upload", "anon.txt"))).toBe(false); // the shared tree stayed as recorded
  });
});
