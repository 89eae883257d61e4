import { render } from "preact";
import { Popup } from "../../components/Popup";
import { resolveTab } from "../../components/page-client";
import "./style.css";

const root = document.getElementById("app");
if (root) {
  // popup.html?tab=<id> is bound to that tab; opened from the toolbar it is the active tab.
  void resolveTab(location.search)
    .catch(() => null)
    .then((tab) => render(<Popup tab={tab} />, root));
}
