/** The harness's page server: routes, static files, and nothing outside its folder. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { chromiumArgs, type PageServer, startServer } from "./harness";

let server: PageServer;
let root: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "policy-lens-static-"));
  mkdirSync(join(root, "site", "images"), { recursive: true });
  writeFileSync(join(root, "site", "images", "a.svg"), "<svg/>");
  writeFileSync(join(root, "secret.txt"), "outside");
  server = await startServer();
  server.serveStatic(join(root, "site"));
});
afterAll(async () => {
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

const get = (path: string) => fetch(`http://127.0.0.1:${server.port}${path}`);

it("serves a registered page as UTF-8 HTML, and the latest registration wins", async () => {
  server.route("/bai-viet-900001.html", "<p>cũ</p>");
  server.route("/bai-viet-900001.html", "<p>Bộ Công Thương</p>");
  const response = await get("/bai-viet-900001.html?utm=x");
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
  expect(await response.text()).toBe("<p>Bộ Công Thương</p>");
});

it("falls back to static files with their content type", async () => {
  const response = await get("/images/a.svg");
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("image/svg+xml");
  expect(await response.text()).toBe("<svg/>");
});

it("answers 404 for unknown paths and for escapes from the static folder", async () => {
  expect((await get("/khong-co.html")).status).toBe(404);
  // Encoded slashes survive URL normalization and only become "../" once decoded.
  expect((await get("/images%2F..%2F..%2Fsecret.txt")).status).toBe(404);
  expect((await get("/images%2F..%2Fimages%2Fa.svg")).status).toBe(200);
  expect(server.requests).toContain("/khong-co.html");
});

it("maps the newspaper's hosts to the server, or to nothing for live pages", () => {
  const mapped = chromiumArgs("/ext", server.port).find((arg) =>
    arg.startsWith("--host-resolver-rules="),
  );
  expect(mapped).toBe(
    `--host-resolver-rules=MAP congthuong.vn 127.0.0.1:${server.port}, MAP *.congthuong.vn 127.0.0.1:${server.port}`,
  );
  expect(chromiumArgs("/ext", null).some((arg) => arg.startsWith("--host-resolver-rules"))).toBe(
    false,
  );
  expect(chromiumArgs("/ext", 1)).toContain("--load-extension=/ext");
});
