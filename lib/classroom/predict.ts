/**
 * Predict mode as data: the moments when a reply is about to arrive, the question asked there
 * (which code, or which class), the choices offered and the grading. Distractors are chosen by a
 * fixed rule (never at random) so a class sees the same question on every screen.
 */
import { replyClass } from "../ftp/reply-codes";
import type { Trace } from "../trace/types";

export interface Question {
  /** The entry the answer reveals: the reply leaving the server. */
  readonly seq: number;
  /** The last entry before it (where the cursor waits while the learner thinks). */
  readonly before: number;
  readonly code: number;
  readonly text: string;
  /** The command line this reply answers, as the client sent it (empty for the greeting). */
  readonly command: string;
}

export type Granularity = "code" | "class";

/** Every reply the server sends, with the command it answers. */
export function questions(trace: Trace): Question[] {
  const out: Question[] = [];
  let command = "";
  for (const e of trace) {
    if (e.kind === "CommandSent" && e.from.host === "client") command = (e.text ?? "").trim();
    if (e.kind === "ReplySent" && e.from.host === "server" && e.code !== undefined)
      out.push({ seq: e.seq, before: Math.max(0, e.seq - 1), code: e.code, text: e.text ?? "", command });
  }
  return out;
}

/** The next question at or after the cursor (the reply the cursor has not shown yet). */
export const nextQuestion = (trace: Trace, cursor: number): Question | undefined =>
  questions(trace).find((q) => q.seq > cursor);

/** Codes the simulator's vsftpd sends: the pool distractors come from. */
const POOL = [150, 200, 220, 221, 226, 227, 229, 230, 250, 257, 331, 350, 421, 425, 426, 500, 530, 550];

const cls = replyClass;

/** The right code, its two nearest neighbours of the same class and the nearest of the opposite outcome, sorted. */
export function codeChoices(code: number): number[] {
  const others = POOL.filter((c) => c !== code);
  const byDistance = (a: number, b: number) => Math.abs(a - code) - Math.abs(b - code) || a - b;
  const same = others
    .filter((c) => cls(c) === cls(code))
    .sort(byDistance)
    .slice(0, 2);
  const rest = others.filter((c) => !same.includes(c));
  // One choice from the other side: a failure (4xx/5xx) when the answer succeeds, a success when it fails.
  const failed = (c: number) => cls(c) >= 4;
  const failure = rest.filter((c) => failed(c) !== failed(code)).sort(byDistance)[0];
  const picked = [...same, ...(failure !== undefined ? [failure] : [])];
  const fill = rest.filter((c) => !picked.includes(c)).sort(byDistance);
  return [code, ...picked, ...fill].slice(0, 4).sort((a, b) => a - b);
}

export const CLASS_CHOICES: readonly number[] = [1, 2, 3, 4, 5];

export function choices(q: Question, g: Granularity): number[] {
  return g === "class" ? [...CLASS_CHOICES] : codeChoices(q.code);
}

export const isRight = (q: Question, g: Granularity, answer: number): boolean =>
  g === "class" ? cls(q.code) === answer : q.code === answer;

export interface Score {
  readonly right: number;
  readonly asked: number;
}

export const ZERO: Score = { right: 0, asked: 0 };
export const scored = (s: Score, right: boolean): Score => ({
  right: s.right + (right ? 1 : 0),
  asked: s.asked + 1,
});
