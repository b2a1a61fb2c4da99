/**
 * Other daemons some hosts of a topology run besides vsftpd: the bounce lesson's victim is a mail
 * server that listens on port 25, greets every connection with an SMTP banner and reads whatever comes
 * (it never acts on it: the lesson is that the FTP server connected and delivered the bytes at all).
 */
import type { ServerAction, ServerInput } from "../ftp/io";
import { latin1Bytes } from "../util/bytes";
import type { ServerEngine, ServerFactory } from "./engines";

export interface HostService {
  readonly host: string;
  readonly id: string;
  readonly factory: ServerFactory;
}

const SMTP_BANNER = "220 victim.example ESMTP Postfix\r\n";

/** A sink with a banner: greets, reads, and closes when the peer does. Deterministic by construction. */
export function bannerSink(banner: string): ServerEngine {
  return {
    handle(input: ServerInput): readonly ServerAction[] {
      if (input.type === "controlOpened")
        return [
          { type: "sendControl", bytes: latin1Bytes(banner) },
          { type: "note", note: { key: "sec.victim.accepted", params: { peer: input.remote.addr } } },
        ];
      if (input.type === "controlClosed") return [{ type: "closeControl" }];
      return [];
    },
  };
}

export const HOST_SERVICES: readonly HostService[] = [
  {
    host: "victim",
    id: "victim-smtp",
    factory: { listenPort: 25, createSession: () => bannerSink(SMTP_BANNER) },
  },
];
