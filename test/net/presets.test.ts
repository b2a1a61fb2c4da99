import { describe, expect, it } from "vitest";
import { catalogs } from "@/lib/i18n";
import { ADDR, PRESET_HINTS, PRESET_NAMES, preset, type PresetName } from "@/lib/net/presets";
import { hostOfAddress, primaryAddress, resolveName } from "@/lib/net/topology";
import { ep, Net, open, seg } from "./harness";

/** For each preset: where the client is, what `server` resolves to, and the tuple the server sees. */
const EXPECT: Readonly<
  Record<PresetName, { client: string; dialled: string; seenFrom: string; server: string }>
> = {
  lan: { client: ADDR.client, dialled: ADDR.lanServer, seenFrom: ADDR.client, server: ADDR.lanServer },
  "client-nat": {
    client: ADDR.client,
    dialled: ADDR.serverPublic,
    seenFrom: ADDR.clientRouterOut,
    server: ADDR.serverPublic,
  },
  "client-nat-alg": {
    client: ADDR.client,
    dialled: ADDR.serverPublic,
    seenFrom: ADDR.clientRouterOut,
    server: ADDR.serverPublic,
  },
  "client-firewall": {
    client: ADDR.fwClient,
    dialled: ADDR.serverPublic,
    seenFrom: ADDR.fwClient,
    server: ADDR.serverPublic,
  },
  "server-nat": {
    client: ADDR.clientPublic,
    dialled: ADDR.serverRouterOut,
    seenFrom: ADDR.clientPublic,
    server: ADDR.server,
  },
  "server-nat-pasv-address": {
    client: ADDR.clientPublic,
    dialled: ADDR.serverRouterOut,
    seenFrom: ADDR.clientPublic,
    server: ADDR.server,
  },
  "both-nat": {
    client: ADDR.client,
    dialled: ADDR.serverRouterOut,
    seenFrom: ADDR.clientRouterOut,
    server: ADDR.server,
  },
};

const OPTION_SETS = [{}, { alg: true }, { firewall: true }, { alg: true, firewall: true }] as const;

describe("presets", () => {
  it("are the seven named topologies, each with translated title and description", () => {
    expect([...PRESET_NAMES].sort()).toEqual(
      [
        "both-nat",
        "client-firewall",
        "client-nat",
        "client-nat-alg",
        "lan",
        "server-nat",
        "server-nat-pasv-address",
      ].sort(),
    );
    for (const name of PRESET_NAMES)
      for (const key of [`net.preset.${name}.title`, `net.preset.${name}.description`]) {
        expect(catalogs.en[key], key).toBeTruthy();
        expect(catalogs.es[key], key).toBeTruthy();
      }
  });

  it("hint the pasv_address only where the lesson sets it", () => {
    const byName = PRESET_HINTS;
    expect(byName["server-nat-pasv-address"]?.pasvAddress).toBe(ADDR.serverRouterOut);
    expect(byName["server-nat"]?.pasvAddress).toBeUndefined();
    expect(byName["server-nat"]?.pasvMinPort).toBe(40000);
  });

  it("add the victim host on the internet on request", () => {
    expect(hostOfAddress(preset("client-nat", { victim: true }), ADDR.victim)).toBe("victim");
    expect(hostOfAddress(preset("client-nat"), ADDR.victim)).toBeUndefined();
  });

  for (const name of PRESET_NAMES)
    describe(name, () => {
      const e = EXPECT[name];
      it("resolves `server` for the client to the address it must dial", () => {
        expect(resolveName(preset(name), "server", "client")).toBe(e.dialled);
        expect(primaryAddress(preset(name), "client")).toBe(e.client);
        expect(primaryAddress(preset(name), "server")).toBe(e.server);
      });

      for (const opts of OPTION_SETS)
        it(`delivers a control SYN to port 21 translated as expected, and the reply comes back ${JSON.stringify(opts)}`, () => {
          const net = new Net(preset(name, opts));
          const syn = net.deliver(
            "client",
            seg(ep(e.client, 50001), ep(e.dialled, 21), { syn: true }, 1000, 0),
            "server",
          );
          expect(syn.src).toEqual(ep(e.seenFrom, 50001));
          expect(syn.dst).toEqual(ep(e.server, 21));
          const back = net.deliver(
            "server",
            seg(syn.dst, syn.src, { syn: true, ack: true }, 5000, 1001),
            "client",
          );
          expect(back.src).toEqual(ep(e.dialled, 21));
          expect(back.dst).toEqual(ep(e.client, 50001));
          expect(back.ack).toBe(1001);
        });

      it("carries a whole exchange both ways after the handshake", () => {
        const net = new Net(preset(name));
        const f = open(net, "client", ep(e.client, 50002), ep(e.dialled, 21), "server");
        expect(f.bTuple.dst).toEqual(ep(e.seenFrom, 50002));
      });
    });
});
