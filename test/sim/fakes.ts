import type { ClientAction, ClientInput, ServerAction, ServerInput } from "@/lib/ftp/io";
import type { NetworkPort } from "@/lib/sim/network-port";
import { bytesLatin1, latin1Bytes } from "@/lib/util/bytes";

/** Two hosts on one link, `ms` of latency; a third address that nobody has (packets to it are dropped). */
export function oneLink(ms = 2): NetworkPort {
  const hosts: Record<string, string> = { client: "192.0.2.10", server: "192.0.2.20" };
  return {
    addressOf: (h) => hosts[h] ?? "0.0.0.0",
    resolve: (_from, name) => hosts[name],
    send(from, packet, now) {
      const to = Object.keys(hosts).find((h) => hosts[h] === packet.dst.addr);
      const hop = { from, to: to ?? "nowhere", packet, departAt: now, arriveAt: now + ms, rewrites: [] };
      if (!to)
        return {
          hops: [],
          outcome: { kind: "dropped", at: from, packet, note: { key: "net.noRoute" }, rule: "no-route" },
        };
      return { hops: [hop], outcome: { kind: "delivered", host: to, packet } };
    },
  };
}

/** A server that greets, answers QUIT, and on "SEND n" opens a data connection to the client's port 5000. */
export function tinyServer() {
  return {
    handle(input: ServerInput): ServerAction[] {
      const say = (s: string): ServerAction => ({ type: "sendControl", bytes: latin1Bytes(s) });
      if (input.type === "controlOpened") return [say("220 hello\r\n")];
      if (input.type === "dataConnected")
        return [{ type: "sendData", bytes: new Uint8Array(200_000).fill(65) }, { type: "closeData" }];
      if (input.type === "dataConnectFailed") return [say(`425 ${input.reason}\r\n`)];
      if (input.type === "dataFlushed") return [say("226 done\r\n")];
      if (input.type !== "controlBytes") return [];
      const line = bytesLatin1(input.bytes).trim();
      if (line === "QUIT") return [say("221 bye\r\n"), { type: "closeControl" }];
      if (line.startsWith("SEND ")) {
        const port = Number(line.slice(5));
        return [say("150 here it comes\r\n"), { type: "connect", to: { addr: "192.0.2.10", port } }];
      }
      return [say("500 what\r\n")];
    },
  };
}

/** A client that connects on "open", listens then asks for data on "SEND", sends any other line raw. */
export function tinyClient() {
  let received = 0;
  return {
    get received() {
      return received;
    },
    handle(input: ClientInput): ClientAction[] {
      switch (input.type) {
        case "userLine":
          if (input.line === "open") return [{ type: "connectControl", host: "server", port: 21 }];
          if (input.line === "SEND") return [{ type: "listen", addr: "192.0.2.10" }];
          return [{ type: "sendControl", bytes: latin1Bytes(input.line + "\r\n") }];
        case "controlBytes": {
          const text = bytesLatin1(input.bytes);
          return text.startsWith("150") ? [] : [{ type: "ready" }];
        }
        case "listening":
          return [{ type: "sendControl", bytes: latin1Bytes(`SEND ${input.port}\r\n`) }];
        case "dataBytes":
          received += input.bytes.length;
          return [];
        case "controlConnectFailed":
          return [{ type: "print", text: "failed", style: "error" }, { type: "ready" }];
        default:
          return [];
      }
    },
  };
}
