import { describe, expect, it } from "vitest";
import { COMMANDS, lookupCommand } from "@/lib/ftp/commands";
import { verbHelpKey } from "@/lib/ftp/verb-help";
import { catalogs } from "@/lib/i18n";
import { meaning } from "@/lib/trace/describe";
import type { TraceEntry } from "@/lib/trace/types";

// The page explains verbs through verb-help.ts (light) instead of the server's table (heavy): both
// must name the same help text for every verb and alias the server accepts, and nothing for others.
describe("a verb's help text without the server's table", () => {
  it("names the table's help key for every verb and alias", () => {
    for (const spec of COMMANDS)
      for (const verb of [spec.verb, ...(spec.aliases ?? [])]) {
        expect(verbHelpKey(verb), verb).toBe(lookupCommand(verb)!.helpKey);
      }
  });

  it("has a catalogue text exactly for the table's verbs", () => {
    const keyed = Object.keys(catalogs.en).filter((k) => k.startsWith("server.help."));
    expect(keyed.sort()).toEqual(COMMANDS.map((c) => c.helpKey).sort());
  });

  it("explains a sent command by its verb, an alias by its row, an unknown verb not at all", () => {
    const sent = (text: string, verb: string) =>
      ({
        kind: "CommandSent",
        text,
        verb,
        seq: 0,
        t: 0,
        from: { host: "client" },
        to: { host: "server" },
      }) as unknown as TraceEntry;
    expect(meaning(sent("PASV\r\n", "PASV"), "en")).toBe(catalogs.en["server.help.pasv"]);
    expect(meaning(sent("P@SW\r\n", "P@SW"), "en")).toBe(catalogs.en["server.help.pasv"]);
    expect(meaning(sent("FOO\r\n", "FOO"), "en")).toBe("");
  });
});
