/**
 * What a box did to a packet, for the trace. Each event carries the note (i18n key + params) written
 * by the code that decided, so the UI never re-derives why.
 */
import type { KeySuffix } from "../i18n/core";
import type { NoteRef } from "../util/note";
import type { Packet } from "./packet";
import type { Expectation } from "./state";

export type NetEvent =
  /** Addresses/ports rewritten (NAT), or the payload rewritten by the ALG (then `payload` is set). */
  | {
      readonly type: "NatTranslated";
      readonly at: string;
      /**
       * "new": the first packet of a connection got its mapping (the moment worth narrating);
       * "mapped": a later packet followed an existing mapping; "alg": the FTP helper rewrote the payload.
       */
      readonly stage: NatStage;
      readonly before: Packet;
      readonly after: Packet;
      readonly rule: string;
      readonly note: NoteRef;
      readonly payload?: { readonly before: string; readonly after: string };
    }
  /** TCP seq/ack shifted because an earlier ALG rewrite changed the length of the stream. */
  | {
      readonly type: "SeqAdjusted";
      readonly at: string;
      readonly before: { readonly seq?: number; readonly ack?: number };
      readonly after: { readonly seq?: number; readonly ack?: number };
      readonly note: NoteRef;
    }
  /** The FTP helper now expects a data connection. */
  | {
      readonly type: "ExpectationCreated";
      readonly at: string;
      readonly expectation: Expectation;
      readonly note: NoteRef;
    }
  /** The FTP helper saw an announcement but left it alone (the note says why). */
  | { readonly type: "AlgSkipped"; readonly at: string; readonly note: NoteRef }
  | { readonly type: "FirewallAccepted"; readonly at: string; readonly rule: string; readonly note: NoteRef };

export type NatStage = "new" | "mapped" | "alg";

export type NoteParams = Readonly<Record<string, string | number>>;

/** A note of the network: the part of its key after "net." (a name the catalogue lacks does not compile). */
export type NetNoteKey = KeySuffix<"net.">;

export const note = (key: NetNoteKey, params: NoteParams): NoteRef => ({ key: `net.${key}`, params });
