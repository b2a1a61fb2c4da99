import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { catalogs } from "@/lib/i18n";
import type { NetworkPort } from "@/lib/sim/network-port";
import { createSimNetwork } from "@/lib/net/port";
import { preset } from "@/lib/net/presets";

const dir = join(__dirname, "../../lib/net");
const sources = readdirSync(dir)
  .filter((f) => f.endsWith(".ts"))
  .map((f) => readFileSync(join(dir, f), "utf8"))
  .join("\n");

describe("notes of the network", () => {
  it("every key the code emits exists in both languages", () => {
    const keys = new Set<string>();
    // note("key", …), dropped("key", …), dropAt(at, packet, "key", …), drop(state, events, "key", …)
    for (const m of sources.matchAll(/\b(?:note|dropped|dropAt|drop)\((?:[^"()]*?,\s*)?"([a-z][A-Za-z]+)"/g))
      keys.add(`net.${m[1]}`);
    for (const m of sources.matchAll(/"(nat\w+)"/g)) keys.add(`net.${m[1]}`);
    expect(keys.size).toBeGreaterThanOrEqual(22);
    for (const k of keys) {
      expect(catalogs.en[k], k).toBeTruthy();
      expect(catalogs.es[k], k).toBeTruthy();
    }
  });

  it("the sim network adapter fits the scheduler's NetworkPort", () => {
    const port: NetworkPort = createSimNetwork(preset("lan"));
    expect(port.addressOf("server")).toBe("192.168.1.20");
  });
});
