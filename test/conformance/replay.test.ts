/**
 * Replays every case recorded from a real vsftpd 3.0.3 (test/fixtures/vsftpd-3.0.3) against the engine:
 * same bytes in, and every reply's code and text (or pattern) and the data bytes must match.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  buildTree,
  concatBytes,
  Conn,
  DIR,
  latin1Bytes,
  loadConfig,
  sha256,
  splitReplies,
  type Case,
  type Step,
} from "./harness";

const golden = JSON.parse(readFileSync(join(DIR, "golden.json"), "utf8")) as { cases: Case[] };

/** Cases where we knowingly differ from the capture, with the reason. Keep it empty if possible. */
const DELIBERATE_DIFFERENCES: Readonly<Record<string, string>> = {};

const CLIENT_PORT = 50001;

function sendBytes(step: Step): Uint8Array {
  if (step.send_hex !== undefined) return new Uint8Array(Buffer.from(step.send_hex, "hex"));
  const tpl = step.send_template;
  const text = tpl
    ? tpl
        .replace("{port_arg}", `127,0,0,1,${CLIENT_PORT >> 8},${CLIENT_PORT & 255}`)
        .replace("{eprt1}", `|1|127.0.0.1|${CLIENT_PORT}|`)
        .replace("{eprt2}", `|2|::1|${CLIENT_PORT}|`)
    : (step.send ?? "");
  return new Uint8Array(Buffer.from(text, "utf8"));
}

interface Expected {
  readonly text?: string;
  readonly pattern?: string;
}

function expectedReplies(step: Step): Expected[] {
  if (step.expect) return step.expect.map((e) => ({ text: e.text, pattern: e.pattern }));
  if (step.no_reply || step.expect_code == null) return [];
  return [{ text: step.expect_text ?? undefined, pattern: step.expect_pattern }];
}

function runStep(conn: Conn, step: Step): { got: string[]; want: Expected[] } {
  const want = expectedReplies(step);
  const before = splitReplies(conn.control).length;
  const d = step.data;
  conn.data = [];
  conn.dataMode = d?.mode ?? "recv";
  conn.portListener = step.client_listener ?? conn.portListener;
  if (d?.mode === "upload")
    conn.upload = d.upload_b64
      ? new Uint8Array(Buffer.from(d.upload_b64, "base64"))
      : latin1Bytes(Buffer.from(d.upload_text ?? "", "utf8").toString("latin1"));
  if (d && (d.channel === "pasv" || d.channel === "epsv") && !d.no_connect)
    conn.feed({ type: "dataAccepted", remote: { addr: d.data_src ?? "127.0.0.1", port: 50500 } });
  if (step.action === "send") conn.feed({ type: "controlBytes", bytes: sendBytes(step) });
  if (step.close_held_data_after_s !== undefined) conn.feed({ type: "dataClosed", reset: true });
  const newReplies = () => splitReplies(conn.control).slice(before);
  if (step.action === "wait") while (conn.fireNext(conn.now + (step.wait_s ?? 0) * 1000));
  else if (!step.no_reply) {
    const limit = conn.now + 30_000;
    while (newReplies().length < want.length && !conn.closed && conn.fireNext(limit));
  }
  conn.upload = null;
  return { got: newReplies(), want };
}

function check(c: Case): void {
  const vfs = buildTree();
  const config = loadConfig(c.config);
  const conns = new Map<number, Conn>();
  for (const [i, step] of c.steps.entries()) {
    const id = step.conn ?? 1;
    if (step.action === "connect") {
      const conn = new Conn(config, vfs);
      conns.set(id, conn);
      conn.feed({
        type: "controlOpened",
        local: { addr: "127.0.0.1", port: 21 },
        remote: { addr: "127.0.0.1", port: 40000 + id },
      });
      const got = splitReplies(conn.control);
      expect(got[0], `step ${i} greeting`).toBe(step.expect_text);
      continue;
    }
    const conn = conns.get(id)!;
    if (conn.closed && step.no_reply) continue;
    const { got: raw, want } = runStep(conn, step);
    const got = raw.map((r) => Buffer.from(r, "latin1").toString("utf8"));
    const label = `step ${i}: ${JSON.stringify(step.send ?? step.send_template ?? step.action).slice(0, 60)}`;
    const compared = step.racy ? got.slice(0, 1) : got;
    expect(compared.length, `${label} reply count ${JSON.stringify(got)}`).toBe(step.racy ? 1 : want.length);
    compared.forEach((g, k) => {
      const w = want[k]!;
      if (w.pattern) expect(g, label).toMatch(new RegExp(w.pattern));
      else expect(g, label).toBe(w.text);
    });
    const ed = step.expect_data;
    if (ed?.len !== undefined && step.data?.mode !== "upload") {
      const bytes = concatBytes(conn.data);
      const text = Buffer.from(bytes).toString("utf8");
      if (ed.pattern) expect(text, `${label} data`).toMatch(new RegExp(ed.pattern));
      else expect(bytes.length, `${label} data length`).toBe(ed.len);
      if (ed.sha256 && !ed.pattern) expect(sha256(bytes), `${label} data sha256`).toBe(ed.sha256);
    }
    if (step.server_closes) expect(conn.closed, `${label} server closes`).toBe(true);
  }
}

describe("vsftpd 3.0.3 conformance replay", () => {
  for (const c of golden.cases) {
    const why = DELIBERATE_DIFFERENCES[c.case];
    if (why) it.skip(`${c.case} (differs: ${why})`, () => {});
    else it(c.case, () => check(c));
  }
});
