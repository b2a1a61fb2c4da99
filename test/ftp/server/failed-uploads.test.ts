/**
 * What a failed upload leaves, as vsftpd 3.0.3's handle_upload_common does: it writes in place, so by
 * default the part received stays under the file's name; with delete_failed_uploads=YES the file is
 * unlinked after a 426 (reset), a 451 (write failed) or a 425 (no data connection), even a file that
 * existed before the upload. An async ABOR is not a failure there (the shut-down socket reads as the end
 * of the stream), so the file stays even with the tunable.
 */
import { describe, expect, it } from "vitest";
import { DEMO_CONFIG_TEXT, DEMO_USERS, demoVfs } from "./demo";
import { parseConfig, type VsftpdConfig } from "@/lib/ftp/server/config";
import { createServerSession } from "@/lib/ftp/server/session";
import type { ServerAction } from "@/lib/ftp/io";
import { bytesLatin1, latin1Bytes } from "@/lib/util/bytes";
import { fileBytes } from "@/lib/vfs/node";

const config = (extra: string): VsftpdConfig => {
  const r = parseConfig(DEMO_CONFIG_TEXT + extra);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.config;
};

function session(extra = "") {
  const fs = demoVfs();
  const s = createServerSession({ config: config(extra), fs, users: DEMO_USERS, now: 0 });
  const notes: string[] = [];
  const feed = (input: Parameters<typeof s.handle>[0]) => {
    const acts: readonly ServerAction[] = s.handle(input, 0);
    for (const a of acts) if (a.type === "note") notes.push(a.note.key);
    return acts.map((a) => (a.type === "sendControl" ? bytesLatin1(a.bytes) : "")).join("");
  };
  feed({
    type: "controlOpened",
    local: { addr: "10.0.0.1", port: 21 },
    remote: { addr: "10.0.0.2", port: 5000 },
  });
  const send = (line: string) => feed({ type: "controlBytes", bytes: latin1Bytes(line + "\r\n") });
  send("USER alumno");
  send("PASS alumno123");
  send("CWD pub");
  send("PASV");
  feed({ type: "listening", port: 40000 });
  const file = (name: string) => {
    const r = fs.view("/srv/ftp", { uid: 0, gid: 0 })!.stat([], `pub/${name}`);
    return r.ok && r.value.kind === "file" ? bytesLatin1(fileBytes(r.value)) : null;
  };
  return { feed, send, notes, file };
}

/** STOR `name` over an accepted data connection; `part` arrives, then the connection is reset. */
function resetUpload(extra: string, name: string) {
  const d = session(extra);
  d.feed({ type: "dataAccepted", remote: { addr: "10.0.0.2", port: 6000 } });
  expect(d.send(`STOR ${name}`)).toMatch(/^150 /);
  d.feed({ type: "dataBytes", bytes: latin1Bytes("half of it") });
  const reply = d.feed({ type: "dataClosed", reset: true });
  return { ...d, reply };
}

describe("a failed upload, as vsftpd leaves it", () => {
  it("keeps the part received under the file's name by default (vsftpd writes in place)", () => {
    const d = resetUpload("", "new.txt");
    expect(d.reply).toBe("426 Failure reading network stream.\r\n");
    expect(d.file("new.txt")).toBe("half of it");
    expect(d.notes).not.toContain("server.failedUploadDeleted");
  });

  it("deletes it with delete_failed_uploads=YES, after the 426", () => {
    const d = resetUpload("delete_failed_uploads=YES\n", "new.txt");
    expect(d.reply).toBe("426 Failure reading network stream.\r\n");
    expect(d.file("new.txt")).toBeNull();
    expect(d.notes).toContain("server.failedUploadDeleted");
  });

  it("deletes even a file that existed before the upload (vsftpd unlinks whatever it opened)", () => {
    const d = resetUpload("delete_failed_uploads=YES\n", "notes.txt");
    expect(d.file("notes.txt")).toBeNull();
  });

  it("deletes it when the data connection never comes (425), and not after a complete upload", () => {
    const d = session("delete_failed_uploads=YES\npasv_promiscuous=NO\n");
    // A data connection from another address than the control's: vsftpd refuses it and cleans up.
    d.feed({ type: "dataAccepted", remote: { addr: "10.9.9.9", port: 6000 } });
    expect(d.send("STOR notes.txt")).toMatch(/425 Security: Bad IP connecting/);
    expect(d.file("notes.txt")).toBeNull();
    d.send("PASV");
    d.feed({ type: "listening", port: 40001 });
    d.feed({ type: "dataAccepted", remote: { addr: "10.0.0.2", port: 6001 } });
    d.send("STOR whole.txt");
    d.feed({ type: "dataBytes", bytes: latin1Bytes("all of it") });
    expect(d.feed({ type: "dataClosed" })).toBe("226 Transfer complete.\r\n");
    expect(d.file("whole.txt")).toBe("all of it");
  });

  it("keeps the file after an async ABOR even with the tunable (the transfer read an end of stream)", () => {
    const d = session("delete_failed_uploads=YES\nasync_abor_enable=YES\n");
    d.feed({ type: "dataAccepted", remote: { addr: "10.0.0.2", port: 6000 } });
    d.send("STOR new.txt");
    d.feed({ type: "dataBytes", bytes: latin1Bytes("half") });
    expect(d.send("\xff\xf4\xff\xf2ABOR")).toContain("426 Failure reading network stream.\r\n");
    expect(d.file("new.txt")).toBe("half");
  });
});
