import { describe, expect, it } from "vitest";
import type { NetworkPort } from "@/lib/sim/network-port";
import { createSimNetwork } from "@/lib/net/port";
import { preset } from "@/lib/net/presets";

// The network's note keys are typed (NetNoteKey in lib/net/events.ts): a note the catalogue lacks does not compile.
describe("the network's port", () => {
  it("the sim network adapter fits the scheduler's NetworkPort", () => {
    const port: NetworkPort = createSimNetwork(preset("lan"));
    expect(port.addressOf("server")).toBe("192.168.1.20");
  });
});
