import { isArticlePage } from "../page/recognize";
import { setPageState } from "../page/state";

export default defineContentScript({
  matches: ["*://congthuong.vn/*", "*://*.congthuong.vn/*"],
  runAt: "document_idle",
  main() {
    setPageState(document, isArticlePage(document, location.href) ? "article" : "skipped");
  },
});
