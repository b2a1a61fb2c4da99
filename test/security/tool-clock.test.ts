/** The footprinting tools print the wall clock of the scenario (its epoch), as the server's listings do. */
import { describe, expect, it } from "vitest";
import { simulate } from "@/lib/sim/session";
import { screen } from "./helpers";

const scan = (epoch?: number) =>
  screen(
    simulate({
      topology: "lan",
      ...(epoch !== undefined ? { epoch } : {}),
      server: { config: "listen=YES\nanonymous_enable=YES\n" },
      commands: ["nmap -p21 server"],
    }).trace,
  );

describe("the tools' clock", () => {
  it("nmap's start stamp is the scenario's epoch, not a fixed date", () => {
    // 2001-09-09 01:46:40 UTC
    expect(scan(1_000_000_000)).toMatch(
      /^Starting Nmap 7\.93 \( https:\/\/nmap\.org \) at 2001-09-09 01:46 UTC$/m,
    );
  });
  it("without an epoch the classroom epoch is used", () => {
    expect(scan()).toMatch(/ at 2024-01-15 12:34 UTC$/m);
  });
});
