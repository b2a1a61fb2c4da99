"use client";
/**
 * The Export menu of the teaching bar: the whole session or a chosen range of messages as SVG or PNG
 * (drawn by components/sequence/export-diagram.ts, never just the scroll window), the transcript with
 * explanations, the trace as JSON lines, a pcapng capture, and a printable handout of the same range
 * (handout.tsx). It never stays open over the diagram. Each writer loads when first used: none is on the
 * first screen.
 */
import { Suspense, useEffect, useRef, useState } from "react";
import { useLang } from "@/components/i18n/lang-context";
import type { MessageKey } from "@/lib/i18n/core";
import { Loading, onNeed } from "@/components/workbench/loading";
import { download, svgToPng } from "./export";
import type { Status, TeachingHost } from "./host";
import styles from "./teaching.module.css";

const Handout = onNeed(
  () => import("./handout"),
  (m) => m.Handout,
);

type Format = "svg" | "png" | "txt" | "jsonl" | "pcapng";
const LABEL: Readonly<Record<Format, MessageKey>> = {
  svg: "lesson.ui.exportSvg",
  png: "lesson.ui.exportPng",
  txt: "lesson.ui.exportText",
  jsonl: "lesson.ui.exportJsonl",
  pcapng: "lesson.ui.exportPcapng",
};

export interface ExportMenuProps {
  readonly host: TeachingHost;
  readonly onStatus: (s: Status | null) => void;
  /** The open lesson's title, for the handout. */
  readonly lessonTitle: string | null;
}

export function ExportMenu({ host, onStatus, lessonTitle }: ExportMenuProps) {
  const { t, lang } = useLang();
  const menu = useRef<HTMLDetailsElement>(null);
  const [range, setRange] = useState<{ from: number; to: number | null }>({ from: 0, to: null });
  const [handout, setHandout] = useState(false);

  // The Export menu never stays open over the diagram: Esc or a click elsewhere closes it.
  useEffect(() => {
    const close = (ev: Event) => {
      const m = menu.current;
      if (!m?.open) return;
      if (ev instanceof KeyboardEvent) {
        if (ev.key !== "Escape") return;
        m.open = false;
        m.querySelector("summary")?.focus();
        return;
      }
      if (ev.target instanceof Node && !m.contains(ev.target)) m.open = false;
    };
    window.addEventListener("keydown", close);
    window.addEventListener("pointerdown", close);
    return () => {
      window.removeEventListener("keydown", close);
      window.removeEventListener("pointerdown", close);
    };
  }, []);

  // The whole session, or the range of messages chosen here, never just the scroll window.
  const lastSeq = Math.max(0, host.trace.length - 1);
  const from = Math.min(Math.max(0, range.from), lastSeq);
  const to = Math.min(Math.max(from, range.to ?? lastSeq), lastSeq);
  const exportAs = async (what: Format) => {
    if (menu.current) menu.current.open = false; // the menu never stays over the diagram
    if (what === "pcapng") {
      // The learner's session runs again with the wire tap (exact bytes); an imported trace has only its own.
      const out = host.viewing
        ? (await import("@/lib/pcap/export")).exportPcapng(host.trace)
        : (await import("@/lib/pcap/session-export")).scenarioPcapng(host.scenario, host.inputs);
      download(
        "ftp-session.pcapng",
        new Blob([out.bytes.slice().buffer], { type: "application/vnd.tcpdump.pcap" }),
      );
      onStatus(
        out.problems.length
          ? { key: "lesson.ui.exportPcapngPartial", params: { n: out.problems.length } }
          : null,
      );
      return;
    }
    if (what === "txt") {
      const { transcript, transcriptText } = await import("@/lib/trace/transcript");
      const lines = transcript(host.trace, host.cursor, { verbose: true, explain: true, lang });
      return download("ftp-session.txt", transcriptText(lines));
    }
    if (what === "jsonl") {
      const { traceToJsonl } = await import("@/lib/trace/serialize");
      return download("ftp-trace.jsonl", traceToJsonl(host.trace), "application/x-ndjson");
    }
    const { sessionSvg } = await import("@/components/sequence/export-diagram");
    const svg = sessionSvg({ trace: host.trace, hosts: host.hosts, lang, from, to });
    if (what === "svg") return download("ftp-diagram.svg", svg, "image/svg+xml");
    download("ftp-diagram.png", await svgToPng(svg));
  };

  return (
    <details className={styles.menu} ref={menu}>
      <summary>{t("lesson.ui.export")}</summary>
      <div className={styles.menuItems}>
        <fieldset className={styles.range}>
          <legend>{t("ui.wb.exportRange")}</legend>
          <label>
            {t("ui.wb.exportFrom")}{" "}
            <input
              type="number"
              min={0}
              max={lastSeq}
              value={from}
              onChange={(ev) => {
                const n = Number(ev.currentTarget.value) || 0;
                setRange((r) => ({ ...r, from: n }));
              }}
            />
          </label>
          <label>
            {t("ui.wb.exportTo")}{" "}
            <input
              type="number"
              min={0}
              max={lastSeq}
              value={to}
              onChange={(ev) => {
                const n = Number(ev.currentTarget.value);
                setRange((r) => ({ ...r, to: n }));
              }}
            />
          </label>
          <button type="button" onClick={() => setRange({ from: 0, to: null })}>
            {t("ui.wb.exportAll")}
          </button>
          {/* A range chosen on the slider: the cursor's message starts or ends it. */}
          <button
            type="button"
            title={t("ui.wb.exportHere")}
            onClick={() =>
              setRange((r) => ({ from: host.cursor, to: Math.max(host.cursor, r.to ?? lastSeq) }))
            }
          >
            {t("ui.wb.exportFromHere", { n: host.cursor })}
          </button>
          <button
            type="button"
            title={t("ui.wb.exportHere")}
            onClick={() => setRange((r) => ({ from: Math.min(r.from, host.cursor), to: host.cursor }))}
          >
            {t("ui.wb.exportToHere", { n: host.cursor })}
          </button>
        </fieldset>
        {(Object.keys(LABEL) as Format[]).map((w) => (
          <button key={w} type="button" onClick={() => void exportAs(w)}>
            {t(LABEL[w])}
          </button>
        ))}
        <button
          type="button"
          onClick={() => {
            if (menu.current) menu.current.open = false;
            setHandout(true);
          }}
        >
          {t("lesson.ui.exportHandout")}
        </button>
      </div>
      {handout && (
        <Suspense fallback={<Loading />}>
          <Handout
            host={host}
            from={from}
            to={to}
            lessonTitle={lessonTitle}
            onClose={() => {
              setHandout(false);
              menu.current?.querySelector("summary")?.focus();
            }}
          />
        </Suspense>
      )}
    </details>
  );
}
