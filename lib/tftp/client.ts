/**
 * A TFTP client engine in the manner of tftp-hpa: typed lines in, datagrams and printed lines out.
 * It keeps one UDP socket for the session (the scheduler binds it), a target set by `connect`, and
 * its own local files for `get` and `put`.
 */
import { runLine } from "./client-commands";
import { clientDatagram, clientInterrupt, clientTimeout, REXMT_TIMER } from "./client-transfer";
import { PROMPT, type ClientCtx, type ClientState } from "./client-state";
import type { TftpClientAction, TftpClientEngine, TftpClientInput } from "./io";

export interface TftpClientConfig {
  /** Name → address as seen from the client (the topology's resolver). */
  readonly resolve: (name: string) => string | undefined;
  readonly localFiles?: ReadonlyMap<string, Uint8Array>;
  readonly mode?: "netascii" | "octet";
  /** Per-packet retransmission timeout (tftp-hpa's rexmt, 5 s) and total timeout (25 s). */
  readonly rexmtMs?: number;
  readonly timeoutMs?: number;
  /** 0 (default): no RFC 2347 options; else the blksize to ask for. */
  readonly blksize?: number;
  readonly verbose?: boolean;
  readonly trace?: boolean;
}

export { PROMPT };

export function createTftpClient(cfg: TftpClientConfig): TftpClientEngine & {
  files(): ReadonlyMap<string, Uint8Array>;
  state(): Readonly<ClientState>;
} {
  const s: ClientState = {
    host: undefined,
    server: undefined,
    // tftp-hpa starts in netascii, as BSD tftp did.
    mode: cfg.mode ?? "netascii",
    trace: cfg.trace ?? false,
    // tftp-hpa starts quiet: a transfer prints nothing unless `verbose` is on.
    verbose: cfg.verbose ?? false,
    rexmtMs: cfg.rexmtMs ?? 5000,
    timeoutMs: cfg.timeoutMs ?? 25000,
    blksize: cfg.blksize ?? 0,
    files: new Map(cfg.localFiles ?? []),
    xfer: undefined,
  };
  return {
    files: () => s.files,
    state: () => s,
    handle(input: TftpClientInput, now: number): readonly TftpClientAction[] {
      const c: ClientCtx = { s, now, resolve: cfg.resolve, out: [] };
      switch (input.type) {
        case "userLine":
          if (s.xfer) return []; // the prompt is not showing: lines wait in the scheduler
          runLine(c, input.line);
          break;
        case "datagram":
          clientDatagram(c, input.from, input.bytes);
          break;
        case "timer":
          if (input.name === REXMT_TIMER) clientTimeout(c);
          break;
        case "interrupt":
          clientInterrupt(c);
          break;
      }
      return c.out;
    },
  };
}
