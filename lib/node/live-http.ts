/**
 * The live view's HTTP side (`npm run ftpd -- --live`): on loopback only, it serves the event stream
 * (/live/events), a status the page checks first (/live/status) and, when there is a build (out/), the
 * workbench itself, so one address is all a class needs.
 *
 * The stream carries passwords typed by real clients, so who may read it is narrow: the Host header must
 * name a loopback address (a DNS-rebinding page cannot pose as 127.0.0.1), and another page may read it
 * only if its origin is on loopback too or was allowed with --live-origin (CORS, with the private
 * network preflight Chromium sends).
 */
import { createReadStream, statSync } from "node:fs";
import http from "node:http";
import { extname, join, normalize, sep } from "node:path";
import { LIVE_EVENTS_PATH, LIVE_SERVER_NAME, LIVE_STATUS_PATH, LIVE_VERSION } from "../live/protocol";
import type { LiveHub } from "./live-hub";

export interface LiveHttpOptions {
  readonly host: string;
  readonly port: number;
  readonly hub: LiveHub;
  /** The built workbench (out/), served at /; absent: / says how to get it. */
  readonly appDir?: string;
  /** Origins besides loopback ones that may read the stream (e.g. where the class opens the app). */
  readonly origins?: readonly string[];
  readonly heartbeatMs?: number;
}

const LOOPBACK_HOST = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])(?::\d{1,5})?$/i;
const LOOPBACK_ORIGIN = /^https?:\/\/(localhost|127(?:\.\d{1,3}){3}|\[::1\])(?::\d{1,5})?$/i;

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".woff2": "font/woff2",
  ".webmanifest": "application/manifest+json",
};

export class LiveHttp {
  private server: http.Server | null = null;
  private beat: NodeJS.Timeout | null = null;

  constructor(private readonly o: LiveHttpOptions) {}

  listen(): Promise<{ host: string; port: number }> {
    return new Promise((resolve, reject) => {
      const server = http.createServer((req, res) => this.handle(req, res));
      server.once("error", reject);
      server.listen(this.o.port, this.o.host, () => {
        server.off("error", reject);
        server.on("error", () => undefined);
        this.server = server;
        this.beat = setInterval(() => this.o.hub.heartbeat(), this.o.heartbeatMs ?? 15_000);
        this.beat.unref();
        const a = server.address() as { address: string; port: number };
        resolve({ host: a.address, port: a.port });
      });
    });
  }

  close(): Promise<void> {
    if (this.beat) clearInterval(this.beat);
    this.o.hub.close();
    const server = this.server;
    this.server = null;
    return new Promise((resolve) => {
      if (!server) return resolve();
      server.close(() => resolve());
      server.closeAllConnections();
    });
  }

  private allowedOrigin(origin: string | undefined): boolean {
    return origin === undefined || LOOPBACK_ORIGIN.test(origin) || (this.o.origins ?? []).includes(origin);
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const origin = req.headers.origin;
    const plain = (status: number, text: string) => {
      res.writeHead(status, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" });
      res.end(text + "\n");
    };
    if (!LOOPBACK_HOST.test(req.headers.host ?? ""))
      return plain(403, "ftpd live view: only loopback names (127.0.0.1, localhost, [::1]) are served");
    if (!this.allowedOrigin(origin))
      return plain(
        403,
        `ftpd live view: origin ${origin} is not allowed; start ftpd with --live-origin ${origin}`,
      );
    if (origin !== undefined) {
      res.setHeader("access-control-allow-origin", origin);
      res.setHeader("vary", "origin");
    }
    if (req.method === "OPTIONS") {
      // Chromium asks before a public page reads a loopback address (Private Network Access).
      res.writeHead(204, {
        "access-control-allow-methods": "GET",
        "access-control-allow-private-network": "true",
        "access-control-max-age": "600",
      });
      return void res.end();
    }
    if (req.method !== "GET" && req.method !== "HEAD") return plain(405, "ftpd live view: GET only");
    const path = (req.url ?? "/").split("?")[0]!;
    if (path === LIVE_STATUS_PATH) {
      res.writeHead(200, { "content-type": "application/json", "cache-control": "no-store" });
      const { hub } = this.o;
      return void res.end(
        JSON.stringify({ server: LIVE_SERVER_NAME, version: LIVE_VERSION, sessions: hub.sessions }),
      );
    }
    if (path === LIVE_EVENTS_PATH) return this.events(res);
    this.file(path, res, plain);
  }

  private events(res: http.ServerResponse): void {
    res.writeHead(200, {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-store",
      connection: "keep-alive",
    });
    res.socket?.setNoDelay(true);
    if (!this.o.hub.watch(res)) res.end("retry: 10000\n\n");
  }

  private file(path: string, res: http.ServerResponse, plain: (s: number, t: string) => void): void {
    const dir = this.o.appDir;
    if (!dir)
      return plain(
        404,
        `ftpd live view: no workbench build here (run npm run build, then restart ftpd --live). Or open the workbench elsewhere and choose Live with this address.`,
      );
    let decoded: string;
    try {
      decoded = decodeURIComponent(path);
    } catch {
      return plain(400, "ftpd live view: bad path");
    }
    // Only files under the build directory: ".." and NUL never leave it.
    const rel = normalize(decoded).replace(/^([/\\])+/, "");
    if (decoded.includes("\0") || rel.split(/[/\\]/).includes(".."))
      return plain(400, "ftpd live view: bad path");
    let full = join(dir, rel);
    if (!full.startsWith(dir.endsWith(sep) ? dir : dir + sep) && full !== dir) return plain(400, "bad path");
    let st = statSync(full, { throwIfNoEntry: false });
    if (st?.isDirectory()) {
      full = join(full, "index.html");
      st = statSync(full, { throwIfNoEntry: false });
    }
    if (!st?.isFile()) return plain(404, "ftpd live view: not found");
    res.writeHead(200, {
      "content-type": TYPES[extname(full).toLowerCase()] ?? "application/octet-stream",
      "content-length": st.size,
    });
    const stream = createReadStream(full);
    stream.on("error", () => res.destroy());
    stream.pipe(res);
  }
}
