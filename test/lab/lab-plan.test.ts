import { describe, expect, it } from "vitest";
import { labAddr, labCidr, mapAddressesInText, simAddr } from "../../lib/lab/addr";
import { alignRuns, type RealEvent } from "../../lib/lab/compare";
import { planLab, routerRuleset } from "../../lib/lab/plan";
import { labScript } from "../../lib/lab/script";
import { preset, PRESET_NAMES } from "../../lib/net/presets";
import { inCidr } from "../../lib/net/ipv4";
import { simulate } from "../../lib/sim/session";

const DOC = ["192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24"];

describe("the lab's addresses", () => {
  it("maps the presets' private LANs into 192.0.2.0/24 one to one, and back", () => {
    expect(labAddr("192.168.1.10")).toBe("192.0.2.10");
    expect(labAddr("10.0.0.5")).toBe("192.0.2.133");
    expect(labAddr("198.51.100.20")).toBe("198.51.100.20");
    for (const a of ["192.168.1.1", "192.168.1.20", "10.0.0.1", "10.0.0.5", "203.0.113.1"])
      expect(simAddr(labAddr(a))).toBe(a);
    expect(labCidr("10.0.0.0/24")).toBe("192.0.2.128/25");
  });

  it("rewrites addresses inside PORT, 227 and EPRT lines", () => {
    expect(mapAddressesInText("PORT 192,168,1,10,236,49\r\n", labAddr)).toBe("PORT 192,0,2,10,236,49\r\n");
    expect(mapAddressesInText("227 Entering Passive Mode (10,0,0,5,156,163).", labAddr)).toBe(
      "227 Entering Passive Mode (192,0,2,133,156,163).",
    );
    expect(mapAddressesInText("EPRT |1|192.168.1.10|60465|", labAddr)).toBe("EPRT |1|192.0.2.10|60465|");
  });

  it.each(PRESET_NAMES.map((n) => [n]))(
    "%s: every address the lab configures is a documentation address",
    (name) => {
      const plan = planLab(preset(name, { alg: true, firewall: true, victim: true }), "t1");
      const addrs = plan.hosts.flatMap((h) => [
        ...h.ifaces.map((i) => i.addr),
        ...h.routes.flatMap((r) => r.match(/\d+\.\d+\.\d+\.\d+/g) ?? []),
        ...(h.nft?.match(/\d+\.\d+\.\d+\.\d+/g) ?? []),
      ]);
      expect(addrs.length).toBeGreaterThanOrEqual(2);
      expect(addrs.filter((a) => !DOC.some((c) => inCidr(a, c)))).toEqual([]);
      expect(plan.hosts.every((h) => h.ns.startsWith("ftpviz-t1-"))).toBe(true);
    },
  );
});

describe("the routers' nftables", () => {
  const router = (name: "client-nat" | "server-nat" | "client-firewall", o = {}) => {
    const topo = preset(name, o);
    const r = topo.hosts.find((h) => h.role === "router");
    return r ? (routerRuleset(topo, r) ?? "") : "";
  };

  it("attaches the kernel's FTP helper only when the ALG is on", () => {
    expect(router("client-nat", { alg: true })).toMatch(/ct helper set "ftp-std"/);
    expect(router("client-nat", { alg: false })).not.toMatch(/ct helper/);
    expect(router("client-nat")).toMatch(/masquerade/);
  });

  it("forwards the control port and the passive range to the server behind NAT", () => {
    const nft = router("server-nat");
    expect(nft).toMatch(/tcp dport 21 dnat to 192\.0\.2\.133/);
    expect(nft).toMatch(/tcp dport 40000-40100 dnat to 192\.0\.2\.133/);
  });

  it("a stateful firewall lets in replies and RELATED, and drops the rest from outside", () => {
    const nft = router("client-firewall");
    expect(nft).toMatch(/ct state established,related accept/);
    expect(nft).toMatch(/iifname "eth1" drop/);
  });
});

describe("simulated vs real, aligned by command", () => {
  const sc = {
    topology: "lan",
    client: { mode: "active" as const },
    commands: ["open server", "user anonymous", "x@y", "ls", "bye"],
  };
  const sim = simulate(sc).trace;
  const script = labScript(sim);
  // What a real run reports when it agrees with the simulation.
  const agreeing = (): RealEvent[] =>
    (script?.steps ?? []).flatMap((s): RealEvent[] => {
      const codes: Record<string, number[]> = {
        // netkit's own SYST right after the greeting (ftp -n): vsftpd refuses it before login.
        SYST: [530],
        USER: [331],
        PASS: [230],
        PORT: [200],
        LIST: [150, 226],
        QUIT: [221],
      };
      const ev: RealEvent[] = [{ kind: "sent", line: s.line }];
      if (s.verb === "LIST") ev.push({ kind: "data-open", how: "accepted", remote: "192.0.2.20:20" });
      for (const c of codes[s.verb] ?? []) ev.push({ kind: "reply", code: c, text: `${c} x\r\n` });
      return ev;
    });
  const received = (script?.steps ?? []).map((s) => s.line.trim());

  it("replays the simulated client's lines with the lab's addresses", () => {
    expect(script?.server).toEqual({ addr: "192.0.2.20", port: 21 });
    expect(script?.steps.map((s) => s.verb)).toEqual(["SYST", "USER", "PASS", "PORT", "LIST", "QUIT"]);
    expect(script?.steps[3]?.line).toMatch(/^PORT 192,0,2,10,/);
    expect(script?.steps[3]?.data.kind).toBe("listen");
  });

  it("finds no difference when the real run did the same", () => {
    expect(alignRuns(sim, agreeing(), received).flatMap((s) => s.diffs)).toEqual([]);
  });

  it("marks a different reply code, a data connection that did not open, and one not from port 20", () => {
    const ev = agreeing().map((e) => ("code" in e && e.code === 200 ? { ...e, code: 500 } : e));
    expect(alignRuns(sim, ev, received).find((s) => s.verb === "PORT")?.diffs).toEqual(["codes"]);
    const noData = agreeing().filter((e) => e.kind !== "data-open");
    expect(alignRuns(sim, noData, received).find((s) => s.verb === "LIST")?.diffs).toContain("dataOpened");
    const from = agreeing().map((e) => (e.kind === "data-open" ? { ...e, remote: "192.0.2.20:41234" } : e));
    expect(alignRuns(sim, from, received).find((s) => s.verb === "LIST")?.diffs).toEqual(["dataSource"]);
  });

  it("marks a PORT the server got rewritten differently (an ALG the simulation did not have)", () => {
    const rewritten = received.map((l) => (l.startsWith("PORT") ? "PORT 203,0,113,1,236,49" : l));
    expect(alignRuns(sim, agreeing(), rewritten).find((s) => s.verb === "PORT")?.diffs).toEqual([
      "serverGot",
    ]);
  });
});

describe("a record whose run lacks a command the simulation sends", () => {
  it("marks that row missing and keeps the later rows paired by command", () => {
    const sim = simulate({
      topology: "lan",
      client: { mode: "active" },
      commands: ["open server", "user anonymous", "x@y", "ls", "bye"],
    }).trace;
    const steps = (labScript(sim)?.steps ?? []).filter((s) => s.verb !== "SYST");
    const codes: Record<string, number[]> = {
      USER: [331],
      PASS: [230],
      PORT: [200],
      LIST: [150, 226],
      QUIT: [221],
    };
    const ev: RealEvent[] = steps.flatMap((s): RealEvent[] => [
      { kind: "sent", line: s.line },
      ...(s.verb === "LIST"
        ? [{ kind: "data-open" as const, how: "accepted" as const, remote: "192.0.2.20:20" }]
        : []),
      ...(codes[s.verb] ?? []).map((c): RealEvent => ({ kind: "reply", code: c, text: `${c} x\r\n` })),
    ]);
    const aligned = alignRuns(
      sim,
      ev,
      steps.map((s) => s.line.trim()),
    );
    expect(aligned.map((a) => [a.verb, a.diffs])).toEqual([
      ["SYST", ["missing"]],
      ["USER", []],
      ["PASS", []],
      ["PORT", []],
      ["LIST", []],
      ["QUIT", []],
    ]);
  });
});
