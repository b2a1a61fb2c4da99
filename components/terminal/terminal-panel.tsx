"use client";
/**
 * The FTP client's terminal: keystrokes become command lines (onLines), and the screen is rebuilt
 * from the trace up to the cursor, so stepping the diagram back steps the terminal back too. xterm is
 * loaded on mount (it needs the DOM and is large); callbacks reach its listeners through
 * useEffectEvent so they always see the latest props.
 */
import "@xterm/xterm/css/xterm.css";
import type { Terminal } from "@xterm/xterm";
import { useEffect, useEffectEvent, useId, useMemo, useRef, useState } from "react";
import { translate, type Lang } from "@/lib/i18n/core";
import { linesUpTo, pendingPrompt, remoteNames, transcript } from "@/lib/trace/transcript";
import type { TraceEntry } from "@/lib/trace/types";
import { END_OF_INPUT } from "@/lib/util/end-of-input";
import { bufferLines, bufferRows, fontSizeOf } from "./buffer-text";
import { columns, complete } from "./completion";
import { LineEditor } from "./line-editor";
import { Screen, type InputView } from "./screen";
import { TERMINAL_OPTIONS } from "./theme";
import { attachEscape } from "@/components/a11y/terminal-escape";
import { useA11y } from "@/components/a11y/a11y-settings";
import { useLang } from "@/components/i18n/lang-context";
import styles from "./terminal-panel.module.css";

export interface TerminalPanelProps {
  readonly trace: readonly TraceEntry[];
  /** Index of the last entry shown (the diagram's cursor). */
  readonly cursor: number;
  readonly lang: Lang;
  /** The client waits for a line (false while a command runs). */
  readonly ready: boolean;
  /** Typed lines still waiting their turn in the workbench (a paste, type-ahead). */
  readonly queued: number;
  /** An imported trace is on screen: typed lines cannot run, and the terminal says so. */
  readonly readOnly?: boolean;
  /** Lines submitted (Enter, a pasted block): the workbench runs them in turn, each once the client waits. */
  onLines(lines: readonly string[]): void;
  /** Ctrl+C: the lines still waiting are forgotten, and a command still `running` is interrupted. */
  onInterrupt(running: boolean): void;
  onSelect(seq: number): void;
  completions?: (prefix: string) => string[];
}

declare global {
  interface Window {
    /** Test hook for browser tests: the terminal's buffer, one string per row. */
    __ftpTerm?: {
      /** Logical lines (wrapped rows joined). */
      lines(): string[];
      /** Physical rows as drawn, and the first row in view: to click a given row. */
      rows(): string[];
      viewportY(): number;
    };
  }
}

const SCROLLBACK = 5000;

export function TerminalPanel(props: TerminalPanelProps) {
  const { trace, cursor, lang, ready } = props;
  const [verbose, setVerbose] = useState(true);
  const [explain, setExplain] = useState(true);
  const [loaded, setLoaded] = useState(false);
  // xterm built at another font size than its host's CSS now asks (presenter mode's A+/A−): a new one.
  const [mounts, setMounts] = useState(0);
  const [fontPx, setFontPx] = useState(0);
  /** Esc was pressed: the next Tab leaves the terminal (shown, and said through the hint). */
  const [released, setReleased] = useState(false);
  const { screenReader } = useA11y();
  const hintId = useId();
  const hostRef = useRef<HTMLDivElement>(null);
  const termRef = useRef<Terminal | null>(null);
  const emRef = useRef<HTMLSpanElement>(null);
  const screenRef = useRef<Screen | null>(null);
  const editorRef = useRef<LineEditor | null>(null);
  /** The client engine's command table (Tab completion), loaded with xterm: it pulls the client engine. */
  const tableRef = useRef<((prefix: string) => string[]) | null>(null);

  // The whole session's transcript once per trace; each step takes a prefix of it.
  // Built again once the catalogues after the first screen's arrive (a TFTP session's words are there).
  const { complete: wordsComplete } = useLang();
  const all = useMemo(
    () => transcript(trace, trace.length - 1, { verbose, explain, lang }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the catalogues translate() reads grew
    [trace, verbose, explain, lang, wordsComplete],
  );
  const lines = useMemo(() => linesUpTo(all, cursor), [all, cursor]);
  const pending = useMemo(() => pendingPrompt(trace, cursor), [trace, cursor]);
  // At the live end the simulation knows whether the client waits; stepped back, the trace says.
  const atEnd = cursor >= trace.length - 1;
  const showPrompt = atEnd ? ready : !pending.running;

  const editor = (): LineEditor => (editorRef.current ??= new LineEditor());
  const inputView = (): InputView => ({
    prompt: showPrompt ? pending.text : null,
    text: editor().buf,
    pos: editor().pos,
    secret: showPrompt && pending.secret,
  });

  const tab = (screen: Screen, cols: number) => {
    const ed = editor();
    // The client engine's own table is the default: the same names its parser accepts.
    const commands = props.completions ?? tableRef.current ?? (() => []);
    const r = complete(ed.buf, ed.pos, commands, remoteNames(trace, cursor));
    ed.set(r.text, r.pos);
    if (r.list.length) screen.note(columns(r.list, cols), inputView());
  };

  const onData = useEffectEvent((data: string) => {
    const screen = screenRef.current;
    const term = termRef.current;
    if (!screen || !term) return;
    const ed = editor();
    ed.secret = showPrompt && pending.secret;
    // The lines of one chunk (a paste) go to the workbench at once, before anything that follows them.
    const submitted: string[] = [];
    const flush = () => submitted.length && props.onLines(submitted.splice(0));
    // A line that does not run stays visible (with why, or ^C), and a fresh input line follows.
    const abandon = (rows: (view: InputView) => string[]) => {
      const view = inputView();
      screen.note(rows(view), { ...view, text: "", pos: 0 });
      ed.set("");
    };
    for (const ev of ed.feed(data)) {
      if (ev.type !== "submit") flush();
      if (ev.type === "submit") {
        // Never swallowed silently: the line stays visible with the reason it did not run.
        if (props.readOnly && ev.line.trim() !== "")
          abandon((v) => [(v.prompt ?? "") + ev.line, translate(lang, "term.ui.readOnly")]);
        else if (ev.line.trim() !== "" || ed.secret) submitted.push(ev.line);
      } else if (ev.type === "interrupt") {
        // At the end the session knows; inside a command still playing (or stepped back), the trace says.
        // nc waits for lines between them too: Ctrl+C there ends nc, as in a real terminal.
        const running = pending.raw || (atEnd ? !ready : pending.running);
        props.onInterrupt(running);
        // Like a shell: the abandoned line stays visible with ^C, and a fresh prompt follows.
        if (!running) abandon((v) => [(v.prompt ?? "") + (v.secret ? "" : ed.buf) + "^C"]);
      } else if (ev.type === "endOfInput") {
        // nc does not end here (the note says what it does); ftp>, tftp> and their questions decide.
        const view = inputView();
        const why = pending.raw ? "term.ui.ncEndOfInput" : props.readOnly ? "term.ui.readOnly" : null;
        if (why) screen.note([(view.prompt ?? "") + "^D", translate(lang, why)], view);
        else submitted.push(END_OF_INPUT);
      } else if (ev.type === "clear") screen.clear(inputView());
      else if (ev.type === "complete") tab(screen, term.cols);
    }
    flush();
    screen.drawInput(inputView());
  });

  const labelOf = useEffectEvent(() => translate(lang, "term.ui.label"));
  const screenReaderNow = useEffectEvent(() => screenReader);
  const onResized = useEffectEvent(() => screenRef.current?.refresh());
  const seqAt = useEffectEvent((y: number) => screenRef.current?.seqAt(y) ?? null);
  const select = useEffectEvent((seq: number) => props.onSelect(seq));

  // Mount xterm once; StrictMode mounts twice, so every await checks `disposed`.
  useEffect(() => {
    let disposed = false;
    let teardown = () => {};
    void (async () => {
      const [{ Terminal }, { FitAddon }, table] = await Promise.all([
        import("@xterm/xterm"),
        import("@xterm/addon-fit"),
        import("@/lib/ftp/client/table"),
      ]);
      tableRef.current = table.completions;
      const host = hostRef.current;
      if (disposed || !host) return;
      const term = new Terminal({
        ...TERMINAL_OPTIONS,
        fontSize: fontSizeOf(host) || TERMINAL_OPTIONS.fontSize,
        scrollback: SCROLLBACK,
        screenReaderMode: screenReaderNow(),
      });
      attachEscape(term, setReleased);
      const fit = new FitAddon();
      term.loadAddon(fit);
      term.open(host);
      term.textarea?.setAttribute("aria-label", labelOf());
      term.textarea?.setAttribute("aria-describedby", hintId);
      fit.fit();
      const subs = [
        term.onData((d) => onData(d)),
        term.onResize(() => onResized()),
        term.registerLinkProvider({
          provideLinks(y, callback) {
            const seq = seqAt(y - 1);
            const text = term.buffer.active.getLine(y - 1)?.translateToString(true) ?? "";
            if (seq === null || text === "") return callback(undefined);
            callback([
              {
                range: { start: { x: 1, y }, end: { x: text.length, y } },
                text,
                decorations: { pointerCursor: true, underline: false },
                activate: () => select(seq),
              },
            ]);
          },
        }),
      ];
      // Host and font size (a 1em probe). xterm keeps a changed font's old glyph widths (letters spread
      // apart), so a new font size (presenter mode's A+/A−) builds the terminal again once settled.
      let fontTimer = 0;
      const resize = new ResizeObserver(() => {
        if (host.clientWidth === 0) return;
        fit.fit();
        window.clearTimeout(fontTimer);
        fontTimer = window.setTimeout(() => {
          const px = fontSizeOf(host);
          if (px > 0 && px !== term.options.fontSize) setFontPx(px);
        }, 150);
      });
      if (emRef.current) resize.observe(emRef.current);
      resize.observe(host);
      termRef.current = term;
      screenRef.current = new Screen(term, SCROLLBACK);
      window.__ftpTerm = {
        lines: () => bufferLines(term),
        rows: () => bufferRows(term),
        viewportY: () => term.buffer.active.viewportY,
      };
      setLoaded(true);
      setMounts((n) => n + 1);
      teardown = () => {
        resize.disconnect();
        window.clearTimeout(fontTimer);
        subs.forEach((s) => s.dispose());
        if (window.__ftpTerm) delete window.__ftpTerm;
        screenRef.current = null;
        termRef.current = null;
        term.dispose();
      };
    })();
    return () => {
      disposed = true;
      teardown();
    };
  }, [hintId, fontPx]);

  // The setting applies at once: xterm builds or drops its accessible mirror of the rows.
  useEffect(() => {
    if (termRef.current) termRef.current.options.screenReaderMode = screenReader;
  }, [loaded, screenReader]);

  // The screen follows the transcript (and the prompt); typed input survives the redraw.
  useEffect(() => {
    screenRef.current?.render(lines, {
      prompt: showPrompt ? pending.text : null,
      text: editorRef.current?.buf ?? "",
      pos: editorRef.current?.pos ?? 0,
      secret: showPrompt && pending.secret,
    });
  }, [loaded, mounts, lines, showPrompt, pending]);

  const label = translate(lang, "term.ui.label");
  return (
    <section className={styles.panel} aria-label={label}>
      <div className={styles.toolbar} role="toolbar" aria-label={translate(lang, "term.ui.settings")}>
        <button
          type="button"
          className={styles.toggle}
          aria-pressed={verbose}
          onClick={() => setVerbose((v) => !v)}
        >
          <span aria-hidden="true">{verbose ? "☑" : "☐"}</span> {translate(lang, "term.ui.showSent")}
        </button>
        <button
          type="button"
          className={styles.toggle}
          aria-pressed={explain}
          onClick={() => setExplain((v) => !v)}
        >
          <span aria-hidden="true">{explain ? "☑" : "☐"}</span> {translate(lang, "term.ui.showExplain")}
        </button>
        <span className={styles.escape} data-released={released || undefined}>
          {translate(lang, released ? "term.ui.released" : "term.ui.escape")}
        </span>
        <span className={styles.status} role="status">
          {props.queued > 1 ? translate(lang, "term.ui.queued", { count: props.queued }) : ""}
        </span>
      </div>
      <div ref={hostRef} className={styles.host} title={translate(lang, "term.ui.hint")}>
        <span ref={emRef} className={styles.em} aria-hidden="true" />
        {/* Until xterm is here (and in the page's HTML, before any script), the transcript as text. */}
        {!loaded && (
          <pre className={styles.static} data-testid="terminal-static">
            {lines.map((l) => l.text).join("\n")}
            {showPrompt ? `${lines.length ? "\n" : ""}${pending.text}` : ""}
          </pre>
        )}
      </div>
      {!loaded && <p className={styles.loading}>{translate(lang, "term.ui.loading")}</p>}
      <p className={styles.hint}>{translate(lang, "term.ui.hint")}</p>
    </section>
  );
}
