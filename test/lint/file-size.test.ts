/**
 * Small files: no file in lib/ or components/ is over 300 lines unless the first line of its top
 * comment says why ("Over 300 lines: <reason>"). The reason line is the only exemption; no file is
 * exempt by name, and a file back under 300 lines drops its reason.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(__dirname, "../..");
const MAX_LINES = 300;
/** The first comment line, after an optional "use client" directive: "Over 300 lines: why, in words." */
const REASON = /^\s*(?:\/\*\*?|\/\/)?\s*\*?\s*Over 300 lines: \S.{9,}/;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = join(dir, d.name);
    return d.isDirectory() ? files(p) : [p];
  });
}

const lineCount = (text: string): number => text.split("\n").length - (text.endsWith("\n") ? 1 : 0);

/** The file's first comment line: a block comment's first text line, or a line comment. */
function firstCommentLine(text: string): string {
  const lines = text.split("\n");
  let i = /^\s*["']use (client|server)["'];?\s*$/.test(lines[0] ?? "") ? 1 : 0;
  if (/^\s*\/\*\*?\s*$/.test(lines[i] ?? "")) i++;
  return lines[i] ?? "";
}

function tooLong(text: string): boolean {
  return lineCount(text) > MAX_LINES && !REASON.test(firstCommentLine(text));
}

/** A reason for a length the file no longer has: it would excuse the next 300 lines unseen. */
function staleReason(text: string): boolean {
  return lineCount(text) <= MAX_LINES && REASON.test(firstCommentLine(text));
}

describe("small files", () => {
  it("tells a long file without a reason from one with it", () => {
    const body = "export const x = 1;\n".repeat(MAX_LINES);
    expect(tooLong(body)).toBe(false);
    expect(tooLong(`${body}export const y = 2;\n`)).toBe(true);
    expect(tooLong(`/**\n * Over 300 lines: catalogue data, one row per message.\n */\n${body}`)).toBe(false);
    expect(tooLong(`"use client";\n/**\n * Over 300 lines: one form, one reducer.\n */\n${body}`)).toBe(
      false,
    );
    // The reason must be the top comment's first line, and say something.
    expect(tooLong(`/**\n * A file.\n * Over 300 lines: catalogue data.\n */\n${body}`)).toBe(true);
    expect(tooLong(`/**\n * Over 300 lines: \n */\n${body}`)).toBe(true);
    expect(
      staleReason(`/**\n * Over 300 lines: catalogue data, one row per message.\n */\nexport {};\n`),
    ).toBe(true);
    expect(staleReason(`/**\n * Over 300 lines: catalogue data, one row per message.\n */\n${body}`)).toBe(
      false,
    );
  });

  it("no file in lib/ or components/ is over 300 lines without a reason at its top", () => {
    const all = ["lib", "components"].flatMap((d) => files(join(ROOT, d)));
    expect(all.length).toBeGreaterThan(100);
    const long = all
      .filter((f) => tooLong(readFileSync(f, "utf8")))
      .map((f) => `${relative(ROOT, f)}: ${lineCount(readFileSync(f, "utf8"))} lines`);
    expect(long).toEqual([]);
  });

  it("no file keeps a reason for a length it no longer has", () => {
    const stale = ["lib", "components"]
      .flatMap((d) => files(join(ROOT, d)))
      .filter((f) => staleReason(readFileSync(f, "utf8")))
      .map((f) => relative(ROOT, f));
    expect(stale).toEqual([]);
  });
});
