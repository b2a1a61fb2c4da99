/**
 * connect_from_port_20 on real sockets: when the data port (ftp_data_port) cannot be bound — not root,
 * or busy as here — the transfer still happens from an ephemeral port, and the trace says why.
 */
import net from "node:net";
import { expect, it } from "vitest";
import { startServer, WRITE_CONFIG } from "./helpers";
import { TcpClient } from "./tcp-client";

it("falls back to an ephemeral source port when ftp_data_port is taken, and notes it", async () => {
  const squatter = net.createServer();
  await new Promise<void>((r) => squatter.listen(0, "127.0.0.1", r));
  const busy = (squatter.address() as net.AddressInfo).port;
  const s = await startServer({ config: `${WRITE_CONFIG}ftp_data_port=${busy}\n` });
  const c = await TcpClient.open(s.port);
  try {
    await c.replies(0, 1, 2000);
    c.send(Buffer.from("USER anonymous\r\nPASS a@b\r\n"));
    await c.replies(1, 2, 2000);
    await c.prepareListener("v4");
    const port = c.listenPort;
    c.send(Buffer.from(`PORT 127,0,0,1,${port >> 8},${port & 255}\r\n`));
    expect((await c.replies(3, 1, 2000))[0]).toMatch(/^200 /);
    c.acceptData("recv");
    c.send(Buffer.from("NLST pub\r\n"));
    const r = await c.replies(4, 2, 5000);
    expect(r).toEqual(["150 Here comes the directory listing.\r\n", "226 Directory send OK.\r\n"]);
    expect((await c.dataDone(3000)).toString()).toContain("pub/blob.bin\r\n");
    const note = s.trace.find((l) => l.includes("server.port20Unavailable"));
    expect(note).toContain(`"port":${busy}`);
    expect(note).toContain('"code":"EADDRINUSE"');
  } finally {
    c.destroy();
    await s.close();
    squatter.close();
  }
});
