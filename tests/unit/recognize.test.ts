// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { detectLayout, isArticlePage, isArticleUrl } from "../../page/recognize";

describe("isArticleUrl", () => {
  it.each([
    "https://congthuong.vn/nganh-cong-thuong-khu-vuc-phia-bac-tap-trung-trien-khai-cac-nhiem-vu-trong-tam-320690.html",
    "http://congthuong.vn/gia-heo-hoi-hom-nay-85-2024-320001.html",
    "https://m.congthuong.vn/mot-bai-viet-123456.html",
    "https://congthuong.vn/mot-bai-viet-123456.html?utm_source=x#binh-luan",
  ])("accepts the article %s", (url) => {
    expect(isArticleUrl(url)).toBe(true);
  });

  it.each([
    "https://congthuong.vn/",
    "https://congthuong.vn/thoi-su",
    "https://congthuong.vn/kinh-te/",
    "https://congthuong.vn/chuyen-doi-so.tag4512.html",
    "https://congthuong.vn/hoi-nghi.topic12.html",
    "https://congthuong.vn/video-hoi-nghi.media123.html",
    "https://congthuong.vn/search?q=nghi-quyet",
    "https://congthuong.vn/tim-kiem?q=nghi-quyet-123.html",
    "https://example.com/mot-bai-viet-123456.html",
    "https://congthuong.vn.evil.com/mot-bai-viet-123456.html",
    "not a url",
  ])("rejects %s", (url) => {
    expect(isArticleUrl(url)).toBe(false);
  });
});

describe("detectLayout", () => {
  it("finds the current layout's body", () => {
    document.body.innerHTML = `<div id="articleBody" itemprop="articleBody"><p>x</p></div>`;
    expect(detectLayout(document)).toBe("2025");
  });
  it("finds the older MasterCMS body", () => {
    document.body.innerHTML = `<div class="__MASTERCMS_CONTENT"><div class="fw clearfix"><p>x</p></div></div>`;
    expect(detectLayout(document)).toBe("2022");
  });
  it("finds nothing on a listing page", () => {
    document.body.innerHTML = `<ul class="news-list"><li><a href="/a-1.html">Tin</a></li></ul>`;
    expect(detectLayout(document)).toBeNull();
    expect(isArticlePage(document, "https://congthuong.vn/a-bai-viet-123456.html")).toBe(false);
  });
});
