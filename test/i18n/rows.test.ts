/**
 * Catalogues written as [key, English, Spanish] rows: a missing language or an unknown key is a type
 * error (checked by `npm run typecheck`, which compiles this file), and the rows become the same maps
 * the rest of the catalogue merges into.
 */
import { describe, expect, it } from "vitest";
import { catalogs, isMessageKey, translate, type KeySuffix, type MessageKey } from "@/lib/i18n";
import { narration } from "@/lib/lessons/types";
import type { NoteRef } from "@/lib/util/note";
import { fromRows, type KeyOf, type Row } from "@/lib/i18n/rows";
import { COMMANDS } from "@/lib/ftp/commands";
import type { Session } from "@/lib/ftp/server/types";

describe("catalogue rows", () => {
  it("make a catalogue whose keys are a type", () => {
    const rows = [["demo.hello", "Hello", "Hola"]] as const satisfies readonly Row[];
    const c = fromRows(rows);
    const key: KeyOf<typeof rows> = "demo.hello";
    expect([c.en[key], c.es[key]]).toEqual(["Hello", "Hola"]);
    // @ts-expect-error a row needs both languages
    const half: Row = ["demo.half", "Half"];
    // @ts-expect-error a key the rows do not have
    const wrong: KeyOf<typeof rows> = "demo.helo";
    expect([half.length, wrong]).toEqual([2, "demo.helo"]);
  });

  it("type every catalogue's keys, those loaded after the first screen too", () => {
    const keys: MessageKey[] = [
      "ui.seq.title",
      "client.connected",
      "lesson.ui.bar",
      "tftp.print.sent",
      "sec.audit.title",
    ];
    for (const k of keys) expect(catalogs.en[k], k).toBeTruthy();
    // @ts-expect-error a key no catalogue has
    const unknown: MessageKey = "ui.seq.titel";
    expect(catalogs.en[unknown]).toBeUndefined();
  });

  it("type every lookup and every note: translate, a note's key, a key built from a prefix", () => {
    expect(translate("en", "ui.seq.title")).toBe("Sequence diagram");
    // @ts-expect-error translate takes only catalogue keys
    expect(translate("en", "ui.seq.titel")).toBe("ui.seq.titel");
    const note: NoteRef = { key: "net.noRoute" };
    // @ts-expect-error a note's key is a catalogue key
    const typo: NoteRef = { key: "net.noRoutes" };
    expect([note, typo].map((n) => isMessageKey(n.key))).toEqual([true, false]);
    // Keys built from a prefix and a literal are literal types too.
    const step = narration("active", 1);
    const stepKey: MessageKey = step;
    // @ts-expect-error lesson "active" has no step 99
    const missing: MessageKey = narration("active", 99);
    const net: KeySuffix<"net."> = "natMapped";
    // @ts-expect-error no network note is called so
    const netTypo: KeySuffix<"net."> = "natMaped";
    expect([stepKey, missing, net, netTypo].map((k) => isMessageKey(`${k}`))).toEqual([
      true,
      false,
      false,
      false,
    ]);
    // A key known only at run time goes through the one guard.
    const typed = "ui.seq.title" as string;
    expect(isMessageKey(typed) ? translate("es", typed) : typed).toBe("Diagrama de secuencia");
  });

  it("type the server's keys: its notes and the verb table's help texts", () => {
    const ok: MessageKey = "server.pasvBadIp";
    // @ts-expect-error misspelled
    const typo: MessageKey = "server.pasvBadIP";
    expect(translate("en", ok)).toContain("pasv_promiscuous");
    expect(catalogs.en[typo]).toBeUndefined();
    for (const row of COMMANDS) expect(translate("es", row.helpKey)).not.toBe(row.helpKey);
    type ReplyNote = NonNullable<Parameters<Session["reply"]>[2]>;
    const note: ReplyNote = { key: "server.lseekFailed", params: { offset: 1, max: 0 } };
    // @ts-expect-error a note the server attaches must be a key of its catalogue
    const unknown: ReplyNote = { key: "server.lseekFailled" };
    expect([note.key, unknown.key].map((k) => k in catalogs.en)).toEqual([true, false]);
  });
});
