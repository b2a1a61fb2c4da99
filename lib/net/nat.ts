/**
 * The two NAT decisions for a connection's first packet: port forwarding (DNAT) for packets that
 * reach the outside address from the internet, and masquerading (SNAT) for connections from the
 * inside link that leave through the outside interface.
 */
import type { SockAddr } from "../util/sock-addr";
import type { Packet } from "./packet";
import {
  outsideLink,
  type Host,
  type NatConfig,
  type NatKind,
  type PortForward,
  type Topology,
} from "./topology";

const DOES: Readonly<Record<NatKind, { readonly snat: boolean; readonly forward: boolean }>> = {
  snat: { snat: true, forward: false },
  "port-forward": { snat: false, forward: true },
  both: { snat: true, forward: true },
};

/** The forward rule that takes this inbound packet, if the box forwards it. */
export function matchForward(nat: NatConfig | undefined, p: Packet): PortForward | undefined {
  if (!nat || !DOES[nat.kind].forward || p.dst.addr !== nat.outside) return undefined;
  return (nat.forwards ?? []).find(
    (f) => f.proto === p.proto && p.dst.port >= f.ports[0] && p.dst.port <= f.ports[1],
  );
}

export interface NatPlanInput {
  readonly topo: Topology;
  readonly host: Host;
  readonly inLink: string;
  readonly route: (addr: string) => string | undefined;
}

/** The outside address to masquerade behind, when this new connection goes from inside to outside. */
export function natPlan(input: NatPlanInput, dst: SockAddr): string | undefined {
  const nat = input.host.middlebox?.nat;
  if (!nat || !DOES[nat.kind].snat || input.inLink !== nat.inside) return undefined;
  return input.route(dst.addr) === outsideLink(input.topo, input.host) ? nat.outside : undefined;
}
