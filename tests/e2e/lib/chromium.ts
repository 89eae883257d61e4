/**
 * Where Chromium lives and the flags it needs to load the extension and reach our local server
 * under the newspaper's host name.
 */
import { existsSync } from "node:fs";

/** Host names the browser sends to the local server instead of the network. */
export const SITE_HOSTS = ["congthuong.vn", "*.congthuong.vn"] as const;

/** The Chromium binary: $CHROMIUM_PATH, else Debian's /usr/bin/chromium. */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || "/usr/bin/chromium";
}

/** The Chromium binary, or an error that says how to install it. Browser tests never skip. */
export function requireChromium(): string {
  const path = chromiumPath();
  if (!existsSync(path)) {
    throw new Error(
      `Chromium not found at ${path}. Install it with ` +
        "`apt-get install -y --no-install-recommends chromium` (Debian/Ubuntu) " +
        "or point CHROMIUM_PATH at a Chromium binary.",
    );
  }
  return path;
}

/**
 * Command-line flags for a Chromium that loads `extensionDir` and sends the site's hosts to the
 * local server on `port` (null: to the real site, for demos of live pages).
 */
export function chromiumArgs(extensionDir: string, port: number | null): string[] {
  const flags = [
    `--load-extension=${extensionDir}`,
    `--disable-extensions-except=${extensionDir}`,
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
  ];
  if (port === null) return flags;
  // Every congthuong.vn request goes to the local server; nothing leaves the machine.
  const rules = SITE_HOSTS.map((host) => `MAP ${host} 127.0.0.1:${port}`).join(", ");
  return [...flags, `--host-resolver-rules=${rules}`];
}
