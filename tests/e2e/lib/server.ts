/**
 * A local web server standing in for congthuong.vn. Pages are registered by path; anything else is
 * looked up under an optional static folder. It listens on 127.0.0.1 only and never proxies, so
 * the tests work offline.
 */
import { readFile, stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, resolve, sep } from "node:path";

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".svg": "image/svg+xml",
  ".webp": "image/webp",
};

/** A running page server. */
export interface PageServer {
  /** The port on 127.0.0.1. */
  readonly port: number;
  /** Serves `html` at `path` (e.g. "/some-article-123.html"); a later call replaces it. */
  route(path: string, html: string): void;
  /** Serves files under `dir` for paths that have no route. */
  serveStatic(dir: string): void;
  /** Paths requested so far, in order (for specs that check what the page loaded). */
  readonly requests: readonly string[];
  close(): Promise<void>;
}

/** Starts a server on 127.0.0.1 with an OS-chosen port. */
export async function startServer(): Promise<PageServer> {
  const routes = new Map<string, string>();
  const requests: string[] = [];
  let staticRoot: string | null = null;

  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    requests.push(path);
    const html = routes.get(path);
    if (html !== undefined) {
      res.writeHead(200, { "content-type": CONTENT_TYPES[".html"], "cache-control": "no-store" });
      res.end(html);
      return;
    }
    serveFile(staticRoot, path).then(
      (file) => {
        if (!file) {
          res.writeHead(404, { "content-type": CONTENT_TYPES[".txt"] });
          res.end(`not found: ${path}`);
          return;
        }
        res.writeHead(200, { "content-type": file.type, "cache-control": "no-store" });
        res.end(file.body);
      },
      () => {
        res.writeHead(500);
        res.end();
      },
    );
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;

  return {
    port,
    requests,
    route(path, html) {
      routes.set(path, html);
    },
    serveStatic(dir) {
      staticRoot = resolve(dir);
    },
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** Reads a file under `root` for a URL path; null when absent or outside `root`. */
async function serveFile(
  root: string | null,
  urlPath: string,
): Promise<{ body: Buffer; type: string } | null> {
  if (!root) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const file = resolve(root, `.${decoded}`);
  // Refuse "../" escapes: only files inside the static folder are served.
  if (file !== root && !file.startsWith(root + sep)) return null;
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) return null;
  const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? "application/octet-stream";
  return { body: await readFile(file), type };
}
