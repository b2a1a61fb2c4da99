/**
 * The sans-I/O boundary of the FTP engines. The server and the client never touch sockets or clocks:
 * they receive inputs (bytes arrived, a connection opened, a timer fired, with the current time) and
 * return actions (send these bytes, listen, connect, close, arm a timer). The simulator (lib/sim) and
 * the real TCP adapter (lib/node) both drive the same engines through these unions.
 */
import type { NoteRef } from "../util/note";
import type { SockAddr } from "../util/sock-addr";

export type DataFailure = "refused" | "timeout" | "unreachable" | "reset";

/** What happens to the server engine. `now` is simulated (or real) milliseconds, supplied by the driver. */
export type ServerInput =
  | { readonly type: "controlOpened"; readonly local: SockAddr; readonly remote: SockAddr }
  | { readonly type: "controlBytes"; readonly bytes: Uint8Array }
  | { readonly type: "controlClosed" }
  /** Answer to a `listen` action: the port now listening (the driver tried the range), or failure. */
  | { readonly type: "listening"; readonly port: number }
  | { readonly type: "listenFailed" }
  /** A peer completed a TCP connection to our passive listener. */
  | { readonly type: "dataAccepted"; readonly remote: SockAddr }
  /** Our active-mode connect (from a `connect` action) succeeded / failed. */
  | { readonly type: "dataConnected"; readonly local: SockAddr }
  | { readonly type: "dataConnectFailed"; readonly reason: DataFailure }
  | { readonly type: "dataBytes"; readonly bytes: Uint8Array }
  /** The peer closed its side of the data connection (FIN) or reset it. */
  | { readonly type: "dataClosed"; readonly reset?: boolean }
  /** Everything handed over with `sendData` has been written and the data connection is closed. */
  | { readonly type: "dataFlushed" }
  | { readonly type: "timer"; readonly name: TimerName };

export type TimerName = "idle" | "data" | "accept" | "connect" | "loginDelay";

export type ServerAction =
  | { readonly type: "sendControl"; readonly bytes: Uint8Array; readonly note?: NoteRef }
  /** Close the control connection (after any queued sendControl). */
  | { readonly type: "closeControl" }
  /** Open a passive listener on `addr` at some free port in [minPort, maxPort] (0,0 = any ephemeral). */
  | { readonly type: "listen"; readonly addr: string; readonly minPort: number; readonly maxPort: number }
  | { readonly type: "stopListening" }
  /** Active mode: connect to `to`, from `fromPort` when given (port 20 with connect_from_port_20). */
  | { readonly type: "connect"; readonly to: SockAddr; readonly fromPort?: number; readonly note?: NoteRef }
  | { readonly type: "sendData"; readonly bytes: Uint8Array }
  /** Send a file the driver reads from its own disk, from `offset` on (bare LF → CRLF when `ascii`). */
  | { readonly type: "sendFile"; readonly source: string; readonly offset: number; readonly ascii: boolean }
  /** Close the data connection gracefully (FIN) once everything sent is written; driver answers dataFlushed. */
  | { readonly type: "closeData" }
  /** Tear the data connection down at once (RST), e.g. on ABOR. */
  | { readonly type: "abortData" }
  | { readonly type: "setTimer"; readonly name: TimerName; readonly afterMs: number }
  | { readonly type: "clearTimer"; readonly name: TimerName }
  /** A decision worth explaining in the trace (which rule or tunable decided). No effect on I/O. */
  | { readonly type: "note"; readonly note: NoteRef }
  /** After 234 to AUTH TLS: from now on the control connection speaks TLS (the driver models it). */
  | { readonly type: "startTls" };

/** What happens to the client engine (the `ftp>` program). */
export type ClientInput =
  /** A line the user typed at the prompt (or at a `Password:` / raw-mode prompt). */
  | { readonly type: "userLine"; readonly line: string }
  /** Ctrl+C: abort the running transfer (ABOR) or cancel. */
  | { readonly type: "interrupt" }
  | { readonly type: "controlConnected"; readonly local: SockAddr; readonly remote: SockAddr }
  | { readonly type: "controlConnectFailed"; readonly reason: DataFailure }
  | { readonly type: "controlBytes"; readonly bytes: Uint8Array }
  | { readonly type: "controlClosed" }
  | { readonly type: "listening"; readonly port: number }
  | { readonly type: "listenFailed" }
  | { readonly type: "dataAccepted"; readonly remote: SockAddr }
  | { readonly type: "dataConnected"; readonly local: SockAddr }
  | { readonly type: "dataConnectFailed"; readonly reason: DataFailure }
  | { readonly type: "dataBytes"; readonly bytes: Uint8Array }
  | { readonly type: "dataClosed"; readonly reset?: boolean }
  | { readonly type: "dataFlushed" }
  | { readonly type: "timer"; readonly name: TimerName };

export type OutputStyle = "info" | "error" | "prompt" | "listing" | "transfer";

export type ClientAction =
  /** Resolve `host` (a host name of the topology or an address) and open the control connection. */
  | { readonly type: "connectControl"; readonly host: string; readonly port: number }
  /** `urgent`: sent as TCP urgent data (send with MSG_OOB), as netkit sends Telnet IP before ABOR. */
  | { readonly type: "sendControl"; readonly bytes: Uint8Array; readonly urgent?: boolean }
  | { readonly type: "closeControl" }
  /** Active mode: listen on the control connection's local address, any ephemeral port. */
  | { readonly type: "listen"; readonly addr: string }
  | { readonly type: "stopListening" }
  /** `host`: a name the driver resolves first (raw mode's `nc HOST PORT`); `to.addr` is then unused. */
  | { readonly type: "connectData"; readonly to: SockAddr; readonly host?: string }
  | { readonly type: "sendData"; readonly bytes: Uint8Array }
  | { readonly type: "closeData" }
  | { readonly type: "abortData" }
  | { readonly type: "setTimer"; readonly name: TimerName; readonly afterMs: number }
  | { readonly type: "clearTimer"; readonly name: TimerName }
  /** A line the client program prints itself (not a server reply: the driver shows replies from the trace). */
  | { readonly type: "print"; readonly text: string; readonly style: OutputStyle; readonly note?: NoteRef }
  /** The prompt the user sees next; `secret` means do not echo (passwords). */
  | { readonly type: "prompt"; readonly text: string; readonly secret?: boolean }
  /** The typed command has finished; the next line may be fed. */
  | { readonly type: "ready" }
  /** After 234 to AUTH TLS: start the TLS handshake on the control connection (the driver models it). */
  | { readonly type: "startTls" }
  | { readonly type: "note"; readonly note: NoteRef };
