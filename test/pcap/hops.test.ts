/**
 * A capture taken on both sides of a NAT router (the lab's merged capture of client-nat: one interface
 * per link) is drawn hop by hop, as the simulation draws it: client ↔ router on the LAN, router ↔
 * server on the internet, the data connection too. A capture that sees each packet twice on one link
 * (dumpcap on `lo` and `any`) has no router in it and keeps its two lifelines.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { hostName, isMessageKey, translate } from "@/lib/i18n";
import { pathRouters } from "@/lib/lab/captures";
import { planLab } from "@/lib/lab/plan";
import { importCapture } from "@/lib/pcap/import";
import { routerNames } from "@/lib/pcap/hops";
import type { Scenario } from "@/lib/sim/scenario";
import { topologyOf } from "@/lib/sim/compose";
import type { TraceEntry } from "@/lib/trace/types";
import { lifelines } from "@/components/sequence/rows";
import { traceHosts } from "@/lib/trace/hosts";

const bytes = (path: string) => new Uint8Array(readFileSync(join(__dirname, "../fixtures", path)));
const NAT = "lab/client-nat-passive.pcapng";
const pairs = (trace: readonly TraceEntry[], pick: (e: TraceEntry) => boolean) => [
  ...new Set(trace.filter(pick).map((e) => `${e.from.host}>${e.to.host}`)),
];

describe("hosts per hop in a capture taken on several links", () => {
  it("names client, router and server, each hop with its own addresses", () => {
    const r = importCapture(bytes(NAT));
    const hosts = new Set(r.trace.flatMap((e) => [e.from.host, e.to.host]));
    expect([...hosts].sort()).toEqual(["client", "router", "server"]);
    // Each lifeline has its label in both languages.
    for (const h of hosts) expect(isMessageKey(`ui.host.${h}`), h).toBe(true);
    const user = r.trace.filter((e) => e.kind === "CommandSent" && e.verb === "USER");
    // Once on the LAN (from the client's private address), once on the internet (masqueraded).
    expect(user.map((e) => [e.from.host, e.from.addr, e.to.host, e.to.addr])).toEqual([
      ["client", "192.0.2.10", "router", "198.51.100.20"],
      ["router", "203.0.113.1", "server", "198.51.100.20"],
    ]);
    expect(pairs(r.trace, (e) => e.kind === "ReplySent")).toEqual(["server>router", "router>client"]);
    // The passive data connection crosses the router too, opened by the client.
    const dataSyns = r.trace.filter((e) => e.channel === "data" && e.flags === "SYN");
    expect(dataSyns.map((e) => `${e.from.host}>${e.to.host}`)).toEqual(["client>router", "router>server"]);
    expect(pairs(r.trace, (e) => e.kind === "DataSent")).toEqual(["server>router", "router>client"]);
  });

  it("uses the topology's router names when the caller has them (the lab)", () => {
    const scenario = JSON.parse(
      readFileSync(join(__dirname, "../fixtures/lab/client-nat-passive.json"), "utf8"),
    ) as Scenario;
    const routers = pathRouters(planLab(topologyOf(scenario), "t1"));
    expect(routers).toEqual(["client-router"]);
    const r = importCapture(bytes(NAT), { routerNames: routers });
    expect(lifelines(r.trace, [])).toEqual(["client", "client-router", "server"]);
  });

  it("names every router of a long path in both languages, not only the first four", () => {
    expect(routerNames(1).map((h) => hostName(h, "es"))).toEqual(["Router"]);
    const seven = routerNames(7);
    expect(seven[6]).toBe("router7");
    for (const lang of ["es", "en"] as const)
      expect(seven.map((h) => hostName(h, lang))).toEqual([1, 2, 3, 4, 5, 6, 7].map((n) => `Router ${n}`));
    // Inside rule names too ("nat:router5:masquerade" as the learner reads it).
    expect(translate("es", "ui.name.of", { id: "router12" })).toBe("router 12");
    // A numbered id with no family row keeps its own name.
    expect(hostName("gateway3", "es")).toBe("gateway3");
  });

  it("keeps two lifelines when two interfaces saw the same link (no TTL taken off)", () => {
    const r = importCapture(bytes("captures/ftplib-vsftpd-passive-2if.pcapng"), { ftpPorts: [3250] });
    expect(new Set(r.trace.flatMap((e) => [e.from.host, e.to.host]))).toEqual(new Set(["client", "server"]));
  });

  it("orders the lifelines along the path even when the page's topology does not know the router", () => {
    const r = importCapture(bytes(NAT));
    // The workbench passes its current topology's hosts (the LAN preset: client, server).
    expect(lifelines(r.trace, ["client", "server"])).toEqual(["client", "router", "server"]);
  });

  it("heads each lifeline with the addresses that host sends from in the capture", () => {
    const nat = traceHosts(importCapture(bytes(NAT)).trace);
    expect(Object.fromEntries(nat.map((h) => [h.name, h.addrs]))).toEqual({
      client: ["192.0.2.10"],
      // On the LAN the router answers from the server's address: that one is the server's.
      router: ["203.0.113.1"],
      server: ["198.51.100.20"],
    });
    const lo = traceHosts(importCapture(bytes("captures/curl-vsftpd-pasv.pcap")).trace);
    expect(Object.fromEntries(lo.map((h) => [h.name, h.addrs]))).toEqual({
      client: ["127.0.0.1"],
      server: ["127.0.0.1"],
    });
  });
});
