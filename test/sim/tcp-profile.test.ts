import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { simulate } from "@/lib/sim/session";
import { connectGiveUpMs, KERNELS, type KernelId } from "@/lib/sim/tcp-profile";
import { translate } from "@/lib/i18n";

const measured = JSON.parse(
  readFileSync(join(__dirname, "../fixtures/linux-syn/linux-6.18.json"), "utf8"),
) as { synAt: number[]; etimedoutAt: number };

/**
 * A passive `ls` behind the server's NAT: the client connects to the private address in 227, its
 * router has no route there and drops every SYN until the client's kernel gives up.
 */
function unanswered(kernel?: KernelId) {
  const { trace } = simulate({
    topology: "server-nat",
    ...(kernel ? { kernel } : {}),
    client: { mode: "passive" },
    commands: ["open server", "user alumno alumno123", "ls"],
  });
  // The client's router has no route to the private address: each SYN dies as it leaves.
  const syns = trace.filter((e) => e.kind === "SegmentDropped" && e.flags === "SYN" && e.channel === "data");
  const retries = trace.filter((e) => e.kind === "Decision" && e.note?.key === "sim.synRetransmit");
  const t0 = syns[0]!.t;
  const end = trace.find((e) => e.kind === "ConnectTimedOut")!;
  return { retries, at: syns.map((e) => (e.t - t0) / 1000), gaveUp: (end.t - t0) / 1000, end };
}

describe("kernel profiles: how an unanswered SYN is retried", () => {
  it("Linux up to 6.6 (the default): SYNs at 0, 1, 3, 7, 15, 31, 63 s, ETIMEDOUT at 127 s", () => {
    const r = unanswered();
    expect(r.at).toEqual([0, 1, 3, 7, 15, 31, 63]);
    expect(r.gaveUp).toBe(127);
  });

  it("Linux ≥ 6.7 (tcp_syn_linear_timeouts=4) matches the SYNs measured on Linux 6.18", () => {
    const r = unanswered("linux-6.7");
    expect(r.at.length).toBe(measured.synAt.length);
    // The real timers fire a few jiffies late (up to 3 %, adding up); the spacing is what must agree.
    r.at.forEach((t, i) => expect(Math.abs(t - measured.synAt[i]!)).toBeLessThanOrEqual(0.03 * t + 0.1));
    expect(Math.abs(r.gaveUp - measured.etimedoutAt)).toBeLessThan(1);
    expect(connectGiveUpMs(KERNELS["linux-6.7"]) / 1000).toBe(r.gaveUp);
  });

  it("each retransmitted SYN and the give-up name the kernel profile and its sysctl, in es and en", () => {
    const r = unanswered("linux-6.7");
    expect(r.retries.length).toBe(10);
    expect(r.retries.every((e) => e.from.host === "client")).toBe(true);
    const second = r.retries[0]!.note!;
    expect(second.key).toBe("sim.synRetransmit");
    for (const lang of ["en", "es"] as const) {
      const text = translate(lang, second.key, second.params);
      expect(text).toContain("tcp_syn_linear_timeouts=4");
      expect(text).toContain("linux-6.7");
      expect(text).toMatch(/\b1 s\b/);
      const end = translate(lang, r.end.note!.key, r.end.note!.params);
      expect(end).toContain("133");
      expect(end).toContain("ETIMEDOUT");
    }
    const classic = unanswered();
    expect(translate("en", classic.end.note!.key, classic.end.note!.params)).toContain("127 s");
    expect(translate("en", classic.retries[1]!.note!.key, classic.retries[1]!.note!.params)).toContain(
      "after 2 s, retransmission 2 of 6",
    );
  });
});
