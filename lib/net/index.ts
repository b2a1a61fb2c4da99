/** The simulated network: topologies, presets, forwarding with NAT, FTP ALG and a stateful firewall. */
export * from "../util/sock-addr";
export * from "./packet";
export * from "./ipv4";
export * from "./topology";
export * from "./presets";
export * from "./state";
export * from "./events";
export { transmit, type Hop, type Outcome, type TransmitOptions, type TransmitResult } from "./transmit";
export { TFTP_PORT, siblingFlow } from "./tftp-helper";
export { nextHop, type NextHop } from "./routing";
export { throughBox, type BoxInput, type BoxOutcome } from "./middlebox";
export { findAnnouncement, rewriteAnnouncement, type Announcement, type AnnounceKind } from "./ftp-announce";
export { adjustSeqAck, recordRewrite, seqAfter } from "./tcp-seq";
export { createSimNetwork, type SimNetwork, type PortHop, type HopRewrite } from "./port";
