/** The one trace-query module, asked about a real passive `ls` and an active one through a client NAT. */
import { describe, expect, it } from "vitest";
import { simulate } from "@/lib/sim/session";
import * as q from "@/lib/trace/query";

const passive = simulate({
  topology: "lan",
  client: { mode: "passive" },
  commands: ["open server", "user alumno alumno123", "ls"],
}).trace;

describe("trace queries", () => {
  it("find replies by the command they answer and by their text", () => {
    const seq = q.replyTo(passive, "PASV", 227);
    expect(seq).not.toBeNull();
    expect(passive[seq!]!.text).toMatch(/^227 Entering Passive Mode/);
    expect(q.replyWith(passive, 226, "Directory send OK")).toBeGreaterThan(seq!);
    expect(q.replyTo(passive, "PORT", 200)).toBeNull();
    expect(q.gotCode(passive, 227) && q.sent(passive, "LIST") && !q.sent(passive, "PORT")).toBe(true);
  });

  it("name the command a reply answers, at any point of the trace", () => {
    const reply = passive[q.replyTo(passive, "PASV", 227)!]!;
    expect(q.lastCommandBefore(passive, reply.seq)?.verb).toBe("PASV");
    expect(q.lastCommandBefore(passive, 0)).toBeUndefined();
    expect(q.lastCommandBefore(passive, 1e9)?.verb).toBe(q.exchanges(passive).at(-1)?.verb);
  });

  it("follow connections: the client opens the passive data connection, once, on a connection of its own", () => {
    const syn = q.dataSynFrom(passive, "client");
    expect(syn?.to.host).toBe("server");
    expect(q.dataSynFrom(passive, "server")).toBeUndefined();
    expect(q.dataConnections(passive)).toBe(1);
    expect(q.controlConnections(passive)).toBe(1);
    const data = q.onConnection(passive, syn!.conn!);
    expect(data.every((e) => e.channel === "data")).toBe(true);
    expect(q.ofKind(data, "DataSent").length).toBeGreaterThan(0);
  });

  it("see drops and notes where the network decided", () => {
    const nat = simulate({
      topology: "client-nat",
      client: { mode: "active" },
      commands: ["open server", "user alumno alumno123", "ls"],
    }).trace;
    expect(q.replyWith(nat, 500, "Illegal PORT")).not.toBeNull();
    expect(q.noted(nat, "server.portForeignAddress")).toBe(true);
    expect(q.noted(passive, "server.portForeignAddress")).toBe(false);
    expect(q.dropped(passive)).toBe(false);
  });
});
