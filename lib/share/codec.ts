/**
 * The JSON layer of a share link: a session is its scenario, the lines the learner typed (and Ctrl+C
 * moments) and the cursor. Decoding treats the text as hostile: every problem comes back as an i18n
 * key naming what is wrong, never an exception. Compression and base64url are the caller's layer.
 */
import type { KeysUnder } from "../i18n/core";
import { DEFAULT_CONFIG } from "../sim/defaults";
// The scenario check alone (not the engine): links are decoded on the page, simulated in the worker.
import { checkScenario, type Scenario } from "../sim/scenario";
import { PRESET_NAMES } from "../net/presets";
import type { TypedItem } from "../sim/kernel/keyboard";

export const SHARE_VERSION = 1;

export interface SharedSession {
  readonly scenario: Scenario;
  readonly inputs: readonly TypedItem[];
  readonly cursor: number;
}

export interface ShareProblem {
  readonly key: KeysUnder<"lesson.ui.share.">;
  readonly params?: Readonly<Record<string, string | number>>;
}

export type Decoded = { ok: true; session: SharedSession } | { ok: false; problem: ShareProblem };

/** Limits that keep a tampered link from asking for a huge replay. */
const MAX_INPUTS = 500;
const MAX_LINE = 1000;

/** Compact JSON: a typed line stays a string, a Ctrl+C becomes its delay in ms; the default vsftpd.conf is left out. */
export function encodeSession(s: SharedSession): string {
  const server = s.scenario.server;
  const slim =
    server?.config === DEFAULT_CONFIG
      ? { ...s.scenario, server: { ...server, config: undefined } }
      : s.scenario;
  const inputs = s.inputs.map((i) => ("line" in i ? i.line : i.interruptAfterMs));
  return JSON.stringify({ v: SHARE_VERSION, s: slim, i: inputs, c: s.cursor });
}

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

export function decodeSession(text: string): Decoded {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problem: { key: "lesson.ui.share.badJson" } };
  }
  if (!isObj(value)) return { ok: false, problem: { key: "lesson.ui.share.badJson" } };
  if (value.v !== SHARE_VERSION)
    return { ok: false, problem: { key: "lesson.ui.share.badVersion", params: { v: versionText(value.v) } } };
  const raw = value.s;
  const withConfig =
    isObj(raw) && (!isObj(raw.server) || raw.server.config === undefined)
      ? { ...raw, server: { ...(isObj(raw.server) ? raw.server : {}), config: DEFAULT_CONFIG } }
      : raw;
  const scenario = checkScenario(withConfig, PRESET_NAMES);
  if (!scenario.ok) {
    const problems = scenario.problems.map((p) => `${p.path}: ${p.message}`).join("; ");
    return { ok: false, problem: { key: "lesson.ui.share.badScenario", params: { problems } } };
  }
  const inputs = decodeInputs(value.i);
  if (typeof inputs === "number")
    return { ok: false, problem: { key: "lesson.ui.share.badInputs", params: { n: inputs + 1 } } };
  const c = value.c;
  if (!Number.isInteger(c) || (c as number) < 0)
    return { ok: false, problem: { key: "lesson.ui.share.badCursor" } };
  return { ok: true, session: { scenario: scenario.scenario, inputs, cursor: c as number } };
}

/** A version as the message shows it; any other JSON value (an object, too) only by its type. */
const versionText = (v: unknown): string =>
  typeof v === "number" || typeof v === "string" ? String(v).slice(0, 20) : typeof v;

/** The typed items, or the index of the first bad one. */
function decodeInputs(value: unknown): TypedItem[] | number {
  if (!Array.isArray(value) || value.length > MAX_INPUTS) return 0;
  const out: TypedItem[] = [];
  for (const [n, x] of value.entries()) {
    if (typeof x === "string" && x.length <= MAX_LINE && !/[\r\n]/.test(x)) out.push({ line: x });
    else if (typeof x === "number" && Number.isFinite(x) && x >= 0 && x <= 86_400_000)
      out.push({ interruptAfterMs: x });
    else return n;
  }
  return out;
}
