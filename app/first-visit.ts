/**
 * The first visit's session, simulated at build time (this module runs only while the static page is
 * rendered): the page arrives with its diagram, strip and transcript as HTML, and the browser needs
 * no simulation engine before the learner types. Never imported by client components.
 */
import { openSession } from "@/lib/sim/session";
import { DEFAULT_COMMANDS, DEFAULT_SETTINGS, toScenario } from "@/components/workbench/settings";
import type { FirstRun } from "@/components/workbench/workspace";

export function firstVisit(): FirstRun {
  const session = openSession(toScenario(DEFAULT_SETTINGS));
  session.typeAll(DEFAULT_COMMANDS.map((line) => ({ line })));
  return { trace: session.trace, ready: session.ready, problems: session.problems };
}
