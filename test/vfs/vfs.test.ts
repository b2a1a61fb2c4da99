import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildVfs } from "@/lib/vfs/build";
import { dirLine, lsDate } from "@/lib/vfs/ls";
import { passesFilter } from "@/lib/vfs/glob";
import { latin1Bytes } from "@/lib/util/bytes";
import type { FsNode } from "@/lib/vfs/node";

const tree = () =>
  buildVfs(
    [
      { path: "a", type: "dir" },
      { path: "a/b", type: "dir" },
      { path: "a/f.txt", bytes: latin1Bytes("x") },
      { path: "out", type: "symlink", target: "/../../etc" },
      { path: "up", type: "symlink", target: "../../../.." },
      { path: "loop", type: "symlink", target: "loop" },
    ],
    { mountPath: "/srv/ftp", root: { mode: 0o755 } },
  );

describe("vfs", () => {
  it("never lets a path leave the view's root", () => {
    const vfs = tree();
    const view = vfs.view("/srv/ftp", { uid: 0, gid: 0 })!;
    const inside = new Set<FsNode>();
    const collect = (n: FsNode): void => {
      inside.add(n);
      if (n.kind === "dir") for (const c of n.children.values()) collect(c);
    };
    collect(view.root);
    const comp = fc.constantFrom("..", ".", "", "a", "b", "out", "up", "loop", "etc", "srv", "f.txt");
    fc.assert(
      fc.property(fc.array(comp, { maxLength: 12 }), fc.boolean(), (parts, abs) => {
        const w = view.walk([], (abs ? "/" : "") + parts.join("/"));
        if (!w.ok || w.value.node === null) return;
        // Whatever was reached is a node of the view's own tree, never the system's /srv or /.
        expect(inside.has(w.value.node)).toBe(true);
      }),
    );
  });

  it("reports symlink loops instead of hanging", () => {
    const view = tree().view("/srv/ftp", { uid: 0, gid: 0 })!;
    expect(view.stat([], "loop")).toEqual({ ok: false, err: "ELOOP" });
  });

  it("enforces search and write permission", () => {
    const vfs = buildVfs(
      [
        { path: "p", type: "dir", mode: 0o700, uid: 0 },
        { path: "p/s", bytes: latin1Bytes("s"), uid: 0 },
      ],
      { root: { mode: 0o755, uid: 0 } },
    );
    const view = vfs.view("/srv/ftp", { uid: 1000, gid: 1000 })!;
    expect(view.stat([], "p/s")).toEqual({ ok: false, err: "EACCES" });
    expect(view.mkdir([], "new", 0o755, 0)).toEqual({ ok: false, err: "EACCES" });
  });

  it("formats ls lines like vsftpd", () => {
    const vfs = tree();
    const view = vfs.view("/srv/ftp", { uid: 0, gid: 0 })!;
    const f = view.stat([], "a/f.txt");
    if (!f.ok) throw new Error("missing");
    f.value.mtime = 1705322096;
    expect(dirLine("f.txt", f.value, 1705322096 + 400 * 86400, (_k, id) => String(id))).toBe(
      "-rw-r--r--    1 0        0               1 Jan 15  2024 f.txt\r\n",
    );
    expect(lsDate(1705322096, 1705322096 + 86400)).toBe("Jan 15 12:34");
  });

  it("matches vsftpd's filter patterns", () => {
    expect(passesFilter("hello.txt", "*.txt")).toBe(true);
    expect(passesFilter("hello.txt", "h?llo.*")).toBe(true);
    expect(passesFilter("hello.txt", "{a,hello}.txt")).toBe(true);
    expect(passesFilter("hello.txt", "ello.txt")).toBe(false);
  });
});
