/**
 * Issue 13 findings 7 and 8: a share link is hostile input. A decompression bomb, a wrong field type,
 * a generated size of 1e12, twenty 100 MB files or a TFTP rexmtMs of 0 each get a named problem (was:
 * accepted, or an uncaught error with no message), and what a link may ask of a simulation is bounded.
 */
import { deflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { decodeLink, MAX_LINK_JSON_BYTES } from "@/components/share/link";
import { decodeSession } from "@/lib/share/codec";
import { openSession } from "@/lib/sim/session";
import { SIM_BUDGETS } from "@/lib/sim/budgets";

const link = (json: string) => "s=" + deflateRawSync(Buffer.from(json)).toString("base64url");
const shared = (s: Record<string, unknown>) =>
  JSON.stringify({ v: 1, s: { topology: "lan", commands: [], ...s }, i: ["open server"], c: 0 });

const problem = (text: string) => {
  const r = decodeSession(text);
  return r.ok ? null : `${r.problem.key} ${JSON.stringify(r.problem.params ?? {})}`;
};

describe("share links under hostile input", () => {
  it("stops a decompression bomb at the size cap instead of inflating it", async () => {
    const bomb = deflateRawSync(Buffer.alloc(MAX_LINK_JSON_BYTES * 4, 0x20));
    expect(bomb.length).toBeLessThan(100_000);
    const r = await decodeLink("s=" + bomb.toString("base64url"));
    expect(r).toEqual({
      ok: false,
      problem: { key: "lesson.ui.share.tooLarge", params: { max: MAX_LINK_JSON_BYTES } },
    });
  });

  it("still opens a link just under the cap", async () => {
    const big = shared({ server: { files: [{ path: "a.txt", text: "x".repeat(1 << 20) }] } });
    expect((await decodeLink(link(big))).ok).toBe(true);
  });

  it("names a wrong field type instead of failing later (finding 8)", () => {
    expect(problem(shared({ server: { files: [{ path: "a", text: 5 }] } }))).toContain(
      "server.files[0].text: must be text",
    );
    expect(problem(shared({ server: { files: [{ path: "a", size: 1e12 }] } }))).toContain(
      "server.files[0].size",
    );
    expect(problem(shared({ client: { epsv: "yes" } }))).toContain("client.epsv");
    expect(problem(shared({ bandwidth: 1e309 }))).toContain("bandwidth");
  });

  it("refuses twenty generated 100 MB files: the scenario's bytes have a budget (finding 7)", () => {
    const files = Array.from({ length: 20 }, (_, i) => ({
      path: `f${i}`,
      size: 100_000_000,
      generator: { kind: "sha256-chain", seed: String(i) },
    }));
    expect(problem(shared({ server: { files } }))).toContain("server.files[0].size");
    const fit = files.map((f) => ({ ...f, size: 4_000_000 }));
    expect(problem(shared({ server: { files: fit } }))).toContain(
      `a simulation holds at most ${SIM_BUDGETS.maxScenarioBytes}`,
    );
  });

  it("refuses TFTP retransmission times tftp-hpa would not accept (rexmtMs: 0)", () => {
    expect(problem(shared({ protocol: "tftp", tftp: { client: { rexmtMs: 0 } } }))).toContain(
      "tftp.client.rexmtMs",
    );
    expect(problem(shared({ protocol: "tftp", tftp: { server: { rexmtMs: -1 } } }))).toContain(
      "tftp.server.rexmtMs",
    );
  });

  it("stops a simulation at its trace-entry budget, with an entry saying so", () => {
    // tftp-hpa's shortest retransmission (10 ms) for an hour, on a link that loses every datagram.
    const r = decodeSession(
      shared({
        protocol: "tftp",
        loss: { lan: { rate: 1 } },
        tftp: { client: { rexmtMs: 10, timeoutMs: 3_600_000 } },
      }),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const s = openSession(r.session.scenario);
    s.typeAll([{ line: "connect server" }, { line: "get logo.bin" }]);
    // One event may record a few hops at once, so the count can pass the budget by those.
    expect(s.trace.length).toBeLessThanOrEqual(SIM_BUDGETS.maxTraceEntries + 10);
    const stopped = s.trace.filter((e) => e.kind === "SimulationStopped");
    expect(stopped.map((e) => e.note?.key)).toEqual(["sim.stopped.maxEntries"]);
  }, 30_000);

  it("walks 40 chained symlinks with long ./ targets without freezing (linear path walking)", () => {
    const files = Array.from({ length: 40 }, (_, i) => ({
      path: `l${i}`,
      type: "symlink",
      target: "./".repeat(2000) + (i === 0 ? "." : `l${i - 1}`),
    }));
    const r = decodeSession(shared({ server: { files } }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const s = openSession(r.session.scenario);
    s.typeAll(
      ["open server", "user alumno alumno123", ...Array(50).fill("cd l39"), "pwd"].map((line) => ({ line })),
    );
    expect(s.trace.some((e) => e.text?.startsWith("257 "))).toBe(true);
  });
});
