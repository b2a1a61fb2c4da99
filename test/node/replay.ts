/**
 * Replays the recorded vsftpd 3.0.3 cases (test/fixtures/vsftpd-3.0.3/golden.json) against a server
 * listening on `port`, with real sockets and real timers; the checks compare codes, texts and data bytes.
 * Used by conformance-tcp.test.ts (RealFtpServer in this process) and conformance-cli.test.ts (`npm run
 * ftpd` as a process serving the tree from disk).
 *
 * The one adaptation, for every case alike: a PORT/EPRT naming 127.0.0.1 in a step where the recorded
 * client had opened a listener gets the port of the listener this client really opened (the recorded
 * port number may be taken here). `rewrite` adapts what depends on where the tree is (its real path).
 */
import { expect } from "vitest";
import { sha256, type Case, type Step } from "../conformance/harness";
import { TcpClient } from "./tcp-client";

/** How long "no reply" is waited for (the capture waited 1–4 s; nothing in the engine answers later). */
const SILENCE_MS = 400;

interface Expected {
  readonly text?: string;
  readonly pattern?: string;
}
export interface Check {
  readonly label: string;
  readonly got: unknown;
  readonly want: Expected | number | string | boolean;
}

function expectedReplies(step: Step): Expected[] {
  if (step.expect) return step.expect.map((e) => ({ text: e.text, pattern: e.pattern }));
  if (step.no_reply || step.expect_code == null) return [];
  return [{ text: step.expect_text ?? undefined, pattern: step.expect_pattern }];
}

function sendText(step: Step, port: number): Buffer {
  if (step.send_hex !== undefined) return Buffer.from(step.send_hex, "hex");
  const text = (step.send_template ?? step.send ?? "")
    .replace("{port_arg}", `127,0,0,1,${port >> 8},${port & 255}`)
    .replace("{eprt1}", `|1|127.0.0.1|${port}|`)
    .replace("{eprt2}", `|2|::1|${port}|`);
  if (!step.client_listener) return Buffer.from(text, "utf8");
  const real = text
    .replace(/^(PORT 127,0,0,1,)\d+,\d+/i, `$1${port >> 8},${port & 255}`)
    .replace(/^(EPRT \|1\|127\.0\.0\.1\|)\d+\|/i, `$1${port}|`);
  return Buffer.from(real, "utf8");
}

/** Opens the case's connections in turn and runs its steps; the checks say what was got and wanted. */
export async function replayCase(
  c: Case,
  port: number,
  rewrite: (s: string) => string = (s) => s,
): Promise<Check[]> {
  const conns = new Map<number, TcpClient>();
  const checks: Check[] = [];
  try {
    for (const [i, step] of c.steps.entries()) {
      const id = step.conn ?? 1;
      const label = `step ${i}: ${JSON.stringify(step.send ?? step.send_template ?? step.action).slice(0, 50)}`;
      if (step.action === "connect") {
        const conn = await TcpClient.open(port);
        conns.set(id, conn);
        const got = await conn.replies(0, 1, 5000);
        checks.push({ label: `${label} greeting`, got: got[0], want: rewrite(step.expect_text ?? "") });
        continue;
      }
      const conn = conns.get(id)!;
      if (conn.closed && step.no_reply) continue;
      checks.push(...(await runStep(conn, rewriteStep(step, rewrite), label)));
      if (step.server_closes)
        checks.push({ label: `${label} server closes`, got: await conn.waitClosed(3000), want: true });
    }
  } finally {
    for (const conn of conns.values()) conn.destroy();
  }
  return checks;
}

function rewriteStep(step: Step, rewrite: (s: string) => string): Step {
  const r = (s: string | null | undefined) => (typeof s === "string" ? rewrite(s) : s);
  return {
    ...step,
    ...(step.send !== undefined ? { send: r(step.send)! } : {}),
    ...(step.expect_text != null ? { expect_text: r(step.expect_text) } : {}),
    ...(step.expect
      ? { expect: step.expect.map((e) => ({ ...e, ...(e.text !== undefined ? { text: r(e.text)! } : {}) })) }
      : {}),
  };
}

async function runStep(conn: TcpClient, step: Step, label: string): Promise<Check[]> {
  const want = expectedReplies(step);
  const before = conn.completeReplies().length;
  const d = step.data;
  if (step.client_listener) await conn.prepareListener(step.client_listener);
  const upload = d?.mode === "upload" ? uploadBytes(step) : undefined;
  if (d && (d.channel === "pasv" || d.channel === "epsv") && !d.no_connect)
    await conn.connectData(d.data_src ?? "127.0.0.1", d.mode, upload);
  if (d && (d.channel === "port" || d.channel === "eprt")) conn.acceptData(d.mode, upload);
  if (step.action === "send") {
    const bytes = sendText(step, conn.listenPort);
    if (step.split)
      for (const part of step.split as string[]) {
        conn.send(Buffer.from(part, "utf8"));
        await sleep(((step.split_delay_s as number) ?? 0) * 1000);
      }
    else conn.send(bytes);
  }
  if (step.close_held_data_after_s !== undefined) {
    await sleep(step.close_held_data_after_s * 1000);
    conn.resetData();
  }
  let got: string[];
  if (step.action === "wait") {
    await sleep((step.wait_s ?? 0) * 1000);
    got = conn.completeReplies().slice(before);
  } else if (step.no_reply) {
    await sleep(SILENCE_MS);
    got = conn.completeReplies().slice(before);
  } else got = await conn.replies(before, want.length, ((step.client_timeout_s as number) ?? 10) * 1000);
  got = got.map((r) => Buffer.from(r, "latin1").toString("utf8"));
  const checks: Check[] = [];
  const compared = step.racy ? got.slice(0, 1) : got;
  checks.push({
    label: `${label} reply count ${JSON.stringify(got)}`,
    got: compared.length,
    want: step.racy ? 1 : want.length,
  });
  compared.forEach((g, k) => {
    const w = want[k];
    if (w) checks.push({ label, got: g, want: w });
  });
  const ed = step.expect_data;
  if (ed?.len !== undefined && d?.mode !== "upload") {
    // Data ends only after a transfer (1xx … 2xx); after a refusal the connection stays open, as in vsftpd.
    const moved = got.some((r) => r.startsWith("1")) && got.some((r) => r.startsWith("2"));
    const bytes = await conn.dataDone(moved ? 5000 : 0);
    if (ed.pattern)
      checks.push({ label: `${label} data`, got: bytes.toString("utf8"), want: { pattern: ed.pattern } });
    else checks.push({ label: `${label} data length`, got: bytes.length, want: ed.len });
    if (ed.sha256 && !ed.pattern)
      checks.push({ label: `${label} data sha256`, got: sha256(bytes), want: ed.sha256 });
  }
  return checks;
}

function uploadBytes(step: Step): Buffer {
  const d = step.data!;
  return d.upload_b64 ? Buffer.from(d.upload_b64, "base64") : Buffer.from(d.upload_text ?? "", "utf8");
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Asserts the checks of one case. */
export function assertChecks(r: Check[] | Error | undefined): void {
  if (r instanceof Error) throw r;
  for (const ch of r ?? []) {
    const w = ch.want;
    if (typeof w === "object" && w.pattern) expect(ch.got, ch.label).toMatch(new RegExp(w.pattern));
    else if (typeof w === "object") expect(ch.got, ch.label).toBe(w.text);
    else expect(ch.got, ch.label).toBe(w);
  }
}

/** Runs `run` over the cases, `pool` at a time; the results by case name. */
export async function inPool<C extends { readonly case: string }, T>(
  cases: readonly C[],
  pool: number,
  run: (c: C) => Promise<T>,
): Promise<Map<string, T | Error>> {
  const results = new Map<string, T | Error>();
  const queue = [...cases];
  const worker = async () => {
    for (let c = queue.shift(); c; c = queue.shift()) {
      const t = Date.now();
      results.set(c.case, await run(c).catch((e: Error) => e));
      if (process.env.CONFORMANCE_TIMES) console.log(Date.now() - t, c.case);
    }
  };
  await Promise.all(Array.from({ length: pool }, worker));
  return results;
}
