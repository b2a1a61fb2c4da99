/**
 * Message catalogues for Spanish and English. Every module that explains something keeps its own
 * catalogue in lib/i18n/messages/<area>.ts; core.ts holds the lookup ({param} placeholders) and the
 * catalogues of the first screen, and this file adds all the others. A test checks that every key
 * exists in both languages.
 */
import { addCatalogs } from "./core";
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

export * from "./core";

addCatalogs(client, server, sim, codes, terminal, tftp, security, lessons, pcap, lab, traceImport, handout);
