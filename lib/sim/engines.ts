/**
 * What the scheduler needs from the two FTP engines: `handle(input, now) → actions`. The server and
 * client modules satisfy these shapes; the scheduler never looks inside them.
 */
import type { ClientAction, ClientInput, ServerAction, ServerInput } from "../ftp/io";

export interface ServerEngine {
  handle(input: ServerInput, now: number): readonly ServerAction[];
  /** An operation is running and later lines wait in the engine's queue (false: all input was read). */
  readonly busy?: boolean;
}

export interface ClientEngine {
  handle(input: ClientInput, now: number): readonly ClientAction[];
  /** What the terminal shows for a Ctrl+D typed now (lib/util/end-of-input.ts). */
  endOfInputEcho?(): string;
}

export interface ServerFactory {
  /** The port vsftpd listens on (listen_port). */
  readonly listenPort: number;
  /** A fresh session for a new control connection (vsftpd forks one per client). */
  createSession(now: number): ServerEngine;
}
