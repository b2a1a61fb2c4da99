/**
 * How a host's kernel retries an unanswered SYN, where Linux versions differ in a way a learner sees on
 * the diagram: the spacing of the retransmitted SYNs and when connect() gives up with ETIMEDOUT.
 *
 * - "linux": tcp_syn_retries=6 with exponential backoff from a 1 s RTO: SYNs at 0, 1, 3, 7, 15, 31
 *   and 63 s, ETIMEDOUT at about 127 s (Linux up to 6.6; Debian 12's 6.1).
 * - "linux-6.7": Linux 6.7 added net.ipv4.tcp_syn_linear_timeouts (default 4): the first retries keep a
 *   1 s RTO, then it doubles. Measured on Linux 6.18 (a SYN dropped by nft in a network namespace,
 *   test/fixtures/linux-syn/): SYNs at 0, 1, 2, 3, 4, 5, 7, 11, 19, 35 and 67 s, ETIMEDOUT at 133.4 s.
 */
export const KERNEL_IDS = ["linux", "linux-6.7"] as const;
export type KernelId = (typeof KERNEL_IDS)[number];
export const DEFAULT_KERNEL: KernelId = "linux";

export interface KernelProfile {
  readonly id: KernelId;
  /** The sysctls that decide it, as the note names them. */
  readonly sysctl: string;
  /** Wait before each retransmission of the SYN (their count is the number of retries). */
  readonly synWaitsMs: readonly number[];
  /** Wait after the last retransmission before connect() fails with ETIMEDOUT. */
  readonly giveUpMs: number;
}

const linear = (n: number): number[] => Array.from({ length: n }, () => 1000);
const doubling = [1000, 2000, 4000, 8000, 16000, 32000];

export const KERNELS: Readonly<Record<KernelId, KernelProfile>> = {
  linux: { id: "linux", sysctl: "tcp_syn_retries=6", synWaitsMs: doubling, giveUpMs: 64000 },
  "linux-6.7": {
    id: "linux-6.7",
    sysctl: "tcp_syn_linear_timeouts=4, tcp_syn_retries=6",
    synWaitsMs: [...linear(4), ...doubling],
    giveUpMs: 66000,
  },
};

export const isKernelId = (v: unknown): v is KernelId => KERNEL_IDS.some((k) => k === v);

/** From the first SYN to ETIMEDOUT, in ms. */
export const connectGiveUpMs = (k: KernelProfile): number =>
  k.synWaitsMs.reduce((a, b) => a + b, 0) + k.giveUpMs;
