/**
 * Message catalogues for Spanish and English. Every module that explains something keeps its own
 * catalogue in lib/i18n/messages/<area>.ts; core.ts holds the lookup ({param} placeholders) and this
 * file adds every catalogue to it. The page loads this file right after its first screen, whose words
 * come with its HTML (app/first-visit.ts). A test checks that every key exists in both languages.
 */
import { addCatalogs, type CatalogModule } from "./core";
import { messages as clientProfiles } from "./messages/client-profiles";
import { messages as net } from "./messages/net";
import { messages as ui } from "./messages/ui";
import { messages as lessonsUi } from "./messages/lessons-ui";
import { messages as limits } from "./messages/limits";
import { messages as workbench } from "./messages/workbench";
import { messages as a11y } from "./messages/a11y";
import { messages as live } from "./messages/live";
import { messages as security } from "./messages/security";
import { messages as tftp } from "./messages/tftp";
import { messages as lessons } from "./messages/lessons";
import { messages as pcap } from "./messages/pcap";
import { messages as lab } from "./messages/lab";
import { messages as traceImport } from "./messages/trace-import";
import { messages as handout } from "./messages/handout";
import { messages as client } from "./messages/client";
import { messages as server } from "./messages/server";
import { messages as sim } from "./messages/sim";
import { messages as codes } from "./messages/codes";
import { messages as terminal } from "./messages/terminal";
import { messages as page } from "./messages/page";

export * from "./core";

/**
 * The catalogues of the workbench's own words (its controls, the network, the program names, the
 * lessons' bar, limits, accessibility, the live view): the page's HTML brings these in its language
 * (app/first-visit.ts, `pageWords`), so the first screen can be read and used before this file loads.
 */
export const FIRST_SCREEN: readonly CatalogModule[] = [
  clientProfiles,
  net,
  ui,
  lessonsUi,
  limits,
  workbench,
  a11y,
  live,
];

addCatalogs(
  ...FIRST_SCREEN,
  client,
  server,
  sim,
  codes,
  terminal,
  tftp,
  security,
  lessons,
  pcap,
  lab,
  traceImport,
  handout,
  page,
);
