/** Unit tests of the sniffer's view, the TLS record model and the victim's banner sink. */
import { describe, expect, it } from "vitest";
import { eavesdrop } from "@/lib/security/eavesdrop";
import { topologyOf } from "@/lib/sim/compose";
import { bannerSink } from "@/lib/sim/services";
import { simulate } from "@/lib/sim/session";
import { looksLikeTls, TlsModel } from "@/lib/sim/tls";
import { bytesLatin1, latin1Bytes } from "@/lib/util/bytes";
import type { TraceEntry } from "@/lib/trace/types";

const entry = (e: Partial<TraceEntry> & Pick<TraceEntry, "seq" | "kind">): TraceEntry => ({
  t: 0,
  layer: "ftp",
  step: 0,
  from: { host: "client" },
  to: { host: "server" },
  ...e,
});

describe("eavesdrop", () => {
  it("masks passwords in what was typed, but not on the wire", () => {
    const trace = [
      entry({
        seq: 0,
        kind: "CommandTyped",
        text: "user alumno alumno123",
        from: { host: "client" },
        to: { host: "client" },
      }),
      entry({ seq: 1, kind: "CommandSent", text: "USER alumno\r\n", verb: "USER", channel: "control" }),
      entry({ seq: 2, kind: "CommandSent", text: "PASS alumno123\r\n", verb: "PASS", channel: "control" }),
      entry({
        seq: 3,
        kind: "CommandTyped",
        text: "",
        note: { key: "sim.secretTyped" },
        from: { host: "client" },
        to: { host: "client" },
      }),
    ];
    const v = eavesdrop(trace);
    expect(v.typed.map((t) => t.text)).toEqual(["user alumno ********", "********"]);
    expect(v.leaks).toEqual([
      { link: "client–server", credential: "user", value: "alumno", seq: 1 },
      { link: "client–server", credential: "pass", value: "alumno123", seq: 2 },
    ]);
  });

  it("shows TLS payloads as opaque records with their size", () => {
    const trace = [
      entry({
        seq: 0,
        kind: "CommandSent",
        text: "PASS x\r\n",
        verb: "PASS",
        channel: "control",
        tls: { bytes: 45, records: ["Application Data"] },
      }),
    ];
    const [item] = eavesdrop(trace).links[0]!.items;
    expect(item).toMatchObject({ text: null, bytes: 45, tls: ["Application Data"], credential: null });
  });

  it("groups a real session per link in the topology's order, files included", () => {
    const { trace } = simulate({
      topology: "client-nat",
      commands: ["open server", "user alumno alumno123", "get readme.txt"],
    });
    const v = eavesdrop(trace, topologyOf({ topology: "client-nat" }));
    expect(v.links.map((l) => l.link)).toEqual(["client-lan", "internet"]);
    const data = v.links[1]!.items.filter((i) => i.channel === "data");
    expect(data.some((i) => (i.text ?? "").includes("Welcome to the classroom FTP server"))).toBe(true);
    expect(eavesdrop(trace, undefined, 0).links).toEqual([]);
  });
});

describe("TLS model", () => {
  it("runs the handshake, holds early data and decrypts records deterministically", () => {
    const tls = new TlsModel();
    const [hello] = tls.start(7, "client", "client");
    expect(tls.start(7, "server", "server")).toEqual([]);
    expect(tls.outgoing(7, "client", latin1Bytes("USER a\r\n"))).toEqual([]); // held until the handshake ends
    const s1 = tls.incoming(7, "server", hello!);
    const c2 = tls.incoming(7, "client", s1.send[0]!);
    const s2 = tls.incoming(7, "server", c2.send[0]!);
    const c3 = tls.incoming(7, "client", s2.send[0]!);
    expect(c3.send).toHaveLength(1); // the held USER, now sealed
    const rec = c3.send[0]!;
    expect(looksLikeTls(rec)).toBe(true);
    expect(bytesLatin1(rec)).not.toContain("USER");
    expect(bytesLatin1(tls.incoming(7, "server", rec).plain)).toBe("USER a\r\n");
    expect(tls.describe(7, rec)).toEqual({ records: ["Application Data"], plain: latin1Bytes("USER a\r\n") });
  });

  it("fails when plain text arrives where a ClientHello is due", () => {
    const tls = new TlsModel();
    tls.start(1, "server", "server");
    expect(tls.incoming(1, "server", latin1Bytes("USER a\r\n")).failed).toBe(true);
  });
});

describe("victim SMTP sink", () => {
  it("greets a new connection with a banner, ignores data and closes when the peer does", () => {
    const sink = bannerSink("220 x ESMTP\r\n");
    const open = sink.handle(
      { type: "controlOpened", local: { addr: "a", port: 25 }, remote: { addr: "b", port: 1 } },
      0,
    );
    expect(open[0]).toMatchObject({ type: "sendControl" });
    expect(sink.handle({ type: "controlBytes", bytes: latin1Bytes("HELO\r\n") }, 0)).toEqual([]);
    expect(sink.handle({ type: "controlClosed" }, 0)).toEqual([{ type: "closeControl" }]);
  });
});
