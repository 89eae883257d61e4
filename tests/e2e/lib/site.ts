/**
 * The newspaper's addresses as the browser tests use them, and the site pages we write ourselves
 * (a home page and a tag page) to check that non-article pages are left alone.
 */

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT } from "./paths";
import type { PageServer } from "./server";

/** The origin the browser tests visit; the browser maps it to the local server. */
export const SITE_ORIGIN = "http://congthuong.vn";

/** The seed article's path on the site. */
export const SEED_ARTICLE_PATH =
  "/nganh-cong-thuong-khu-vuc-phia-bac-tap-trung-trien-khai-cac-nhiem-vu-trong-tam-320690.html";

/** A tag listing path: ".html" like an article, but a tag page. */
export const TAG_PAGE_PATH = "/chuyen-doi-so.tag123.html";

/** The full site URL of a path. */
export function siteUrl(path: string): string {
  return new URL(path, SITE_ORIGIN).href;
}

const CHROME_TOP = `<header class="header fw"><div class="logo"><a href="/">Báo Công Thương</a></div>
<nav class="menu-main"><ul><li><a href="/thoi-su">Thời sự</a></li><li><a href="/kinh-te">Kinh tế</a></li>
<li><a href="/nang-luong">Năng lượng</a></li><li><a href="/phap-luat">Pháp luật</a></li></ul></nav></header>`;
const CHROME_BOTTOM = `<footer class="footer fw"><p>Báo Công Thương</p></footer>`;

/** Headline teasers of our own for listing pages; several read like directives on purpose. */
const TEASERS = [
  ["/so-cong-thuong-kiem-tra-cho-dau-moi-900101.html", "Sở Công Thương kiểm tra chợ đầu mối"],
  [
    "/de-nghi-doanh-nghiep-ung-dung-ban-hang-truc-tuyen-900102.html",
    "Đề nghị doanh nghiệp ứng dụng bán hàng trực tuyến",
  ],
  [
    "/yeu-cau-bao-dam-cung-ung-xang-dau-900103.html",
    "Yêu cầu bảo đảm cung ứng xăng dầu dịp cuối năm",
  ],
] as const;

function teaserList(): string {
  return TEASERS.map(
    ([href, title]) =>
      `<article class="story"><h3 class="story__heading"><a href="${href}">${title}</a></h3>` +
      `<div class="story__summary">Tóm tắt bài viết.</div></article>`,
  ).join("\n");
}

/** A home page in the site's current markup: headlines, no article body. */
export function homePageHtml(): string {
  return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Báo Công Thương</title></head>
<body>${CHROME_TOP}<main class="main fw"><section class="box-focus">${teaserList()}</section>
<aside class="sidebar"><div class="box-title">Tin mới</div></aside></main>${CHROME_BOTTOM}</body></html>`;
}

/** A tag page: a list of stories tagged "chuyển đổi số". */
export function tagPageHtml(): string {
  return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Chuyển đổi số - Báo Công Thương</title></head>
<body>${CHROME_TOP}<main class="main fw"><h1 class="tag-title">Chuyển đổi số</h1>
<div class="list-tag">${teaserList()}</div></main>${CHROME_BOTTOM}</body></html>`;
}

/** Our own sample article (demo/sample-article.html) and the folder holding its images. */
export const SAMPLE_DIR = join(REPO_ROOT, "demo");

/** Where the sample article is served: an article URL of the site's shape. */
export const SAMPLE_ARTICLE_PATH =
  "/tay-nguyen-day-manh-chuyen-doi-so-va-xuc-tien-thuong-mai-trong-nganh-cong-thuong-900001.html";

/** The sample article's HTML. */
export function sampleArticleHtml(): string {
  return readFileSync(join(SAMPLE_DIR, "sample-article.html"), "utf8");
}

/** Serves the sample article at SAMPLE_ARTICLE_PATH and its images beside it; returns the path. */
export function serveSampleArticle(server: PageServer): string {
  server.route(SAMPLE_ARTICLE_PATH, sampleArticleHtml());
  server.serveStatic(SAMPLE_DIR);
  return SAMPLE_ARTICLE_PATH;
}
