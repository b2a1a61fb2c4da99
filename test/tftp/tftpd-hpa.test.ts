/**
 * The server engine against what the real tftpd-hpa 5.2 answered on loopback
 * (test/fixtures/tftpd-hpa-5.2: each request's first answer, the retransmission schedule, silence).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { utf8Bytes } from "@/lib/util/bytes";
import { decode, encode, type Options } from "@/lib/tftp/packet";
import { createTftpServer } from "@/lib/tftp/server";
import type { TftpServerAction } from "@/lib/tftp/io";

const FIXTURE = join(__dirname, "..", "fixtures", "tftpd-hpa-5.2");
const read = <T>(name: string): T => JSON.parse(readFileSync(join(FIXTURE, name), "utf8")) as T;

interface Probe {
  readonly op: "RRQ" | "WRQ";
  readonly file: string;
  readonly mode: string;
  readonly options: Options;
  readonly answer: readonly unknown[];
}

/** The root the probes ran against (all files owned by root; the child runs as nobody). */
const ROOT = () =>
  new Map([
    ["notas.txt", { bytes: utf8Bytes("hola\nmundo\n"), mode: 0o644 }],
    ["writable.txt", { bytes: utf8Bytes("x"), mode: 0o666 }],
    ["ro.txt", { bytes: utf8Bytes("y"), mode: 0o644 }],
    ["secret.txt", { bytes: utf8Bytes("s"), mode: 0o600 }],
    ["big.bin", { bytes: new Uint8Array(2000), mode: 0o644 }],
    ["sub/a.txt", { bytes: utf8Bytes("z"), mode: 0o644 }],
  ]);

const CLIENT = { addr: "127.0.0.1", port: 40000 };

function firstAnswer(actions: readonly TftpServerAction[]): unknown[] | "silence" {
  const s = actions.find((a) => a.type === "send");
  if (!s || s.type !== "send") return "silence";
  const d = decode(s.bytes);
  if (!d.ok) return ["malformed"];
  const p = d.packet;
  if (p.op === "ERROR") return ["ERROR", p.code, p.message];
  if (p.op === "DATA") return ["DATA", p.block, p.data.length];
  if (p.op === "ACK") return ["ACK", p.block];
  if (p.op === "OACK") return ["OACK", p.options.map(([k, v]) => [k, v])];
  return [p.op];
}

describe("tftpd-hpa 5.2 as recorded", () => {
  it.each(
    read<Probe[]>("requests.json").map((p) => [
      `${p.op} ${p.file} ${p.mode} ${JSON.stringify(p.options)}`,
      p,
    ]),
  )("%s", (_name, p) => {
    const server = createTftpServer({ files: ROOT(), seed: 1 });
    const bytes = encode({ op: p.op, filename: p.file, mode: p.mode, options: p.options });
    const out = server.handle({ type: "datagram", port: 69, from: CLIENT, bytes }, 0);
    expect(firstAnswer(out)).toEqual(p.answer);
  });

  const backoff = read<Record<string, { options: Options; sent: number[] }>>("backoff.json");
  it.each([["default"], ["timeout 2"]])(
    "retransmits an unacknowledged first packet with a doubling wait, then stops without an ERROR (%s)",
    (name) => {
      const real = backoff[name]!;
      const server = createTftpServer({ files: ROOT(), seed: 1 });
      const req = encode({ op: "RRQ", filename: "notas.txt", mode: "octet", options: real.options });
      let now = 0;
      const sentAt: number[] = [];
      let actions = server.handle({ type: "datagram", port: 69, from: CLIENT, bytes: req }, now);
      for (let i = 0; i < 20; i++) {
        const sends = actions.filter((a) => a.type === "send");
        expect(
          sends.every((s) => s.type === "send" && decode(s.bytes).ok && firstAnswer([s])[0] !== "ERROR"),
        ).toBe(true);
        if (sends.length) sentAt.push(now);
        const timer = actions.find((a) => a.type === "setTimer");
        if (!timer || timer.type !== "setTimer") break;
        now += timer.afterMs;
        actions = server.handle({ type: "timer", name: timer.name }, now);
      }
      // The real times carry a few ms of scheduling; the schedule itself is whole multiples of the base.
      expect(sentAt).toEqual(real.sent.map((s) => Math.round(s) * 1000));
      // The child quits when the doubled wait reaches 63 × the base, and says nothing to the client.
      const base = real.sent[1]! >= 2 ? 2000 : 1000;
      expect(now).toBe(63 * base);
      expect(actions.filter((a) => a.type === "send")).toEqual([]);
    },
  );

  it("answers nothing to a datagram on port 69 that is not a request", () => {
    const server = createTftpServer({ files: ROOT(), seed: 1 });
    for (const bytes of [encode({ op: "ACK", block: 0 }), new Uint8Array([0, 9, 106, 117])]) {
      const out = server.handle({ type: "datagram", port: 69, from: CLIENT, bytes }, 0);
      expect(firstAnswer(out)).toBe("silence");
    }
  });

  it("a stranger writing to a transfer's port meets a connected socket: ICMP port unreachable, and the transfer goes on", () => {
    const server = createTftpServer({ files: ROOT(), seed: 1 });
    const req = encode({ op: "RRQ", filename: "big.bin", mode: "octet", options: [] });
    const first = server.handle({ type: "datagram", port: 69, from: CLIENT, bytes: req }, 0);
    const data1 = first.find((a) => a.type === "send");
    const port = data1?.type === "send" ? data1.fromPort! : 0;
    const stranger = { addr: "127.0.0.1", port: 7 };
    const ack1 = encode({ op: "ACK", block: 1 });
    const out = server.handle({ type: "datagram", port, from: stranger, bytes: ack1 }, 5);
    expect(out.filter((a) => a.type === "send")).toEqual([]);
    expect(out).toContainEqual({ type: "unreachable", port, from: stranger });
    const goOn = server.handle({ type: "datagram", port, from: CLIENT, bytes: ack1 }, 6);
    expect(firstAnswer(goOn)).toEqual(["DATA", 2, 512]);
  });

  it("overwrites a world-writable file (never ERROR 6), and creates new ones only with --create", () => {
    const server = createTftpServer({ files: ROOT(), seed: 1, create: true });
    const wrq = (file: string) =>
      firstAnswer(
        server.handle(
          {
            type: "datagram",
            port: 69,
            from: CLIENT,
            bytes: encode({ op: "WRQ", filename: file, mode: "octet", options: [] }),
          },
          0,
        ),
      );
    expect(wrq("writable.txt")).toEqual(["ACK", 0]);
    expect(wrq("new.txt")).toEqual(["ACK", 0]);
  });
});
