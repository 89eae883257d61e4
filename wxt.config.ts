import preact from "@preact/preset-vite";
import { defineConfig } from "wxt";

// Host access is limited to the newspaper's own domain: the extension reads nothing anywhere else.
const HOSTS = ["*://congthuong.vn/*", "*://*.congthuong.vn/*"];

// Drawn by scripts/make-icons.ts; WXT lists public/icon/<size>.png as the extension's icons itself.
const TOOLBAR_ICONS = { 16: "icon/16.png", 32: "icon/32.png" };

export default defineConfig({
  modules: ["@wxt-dev/webextension-polyfill"],
  hooks: {
    // The highlight styles (entrypoints/highlights.content.css) as content-script CSS: the browser
    // applies them before the page's first layout, where adding ::highlight() rules later would
    // restyle the whole page.
    "build:manifestGenerated": (_wxt, manifest) => {
      manifest.content_scripts ??= [];
      manifest.content_scripts.push({ matches: HOSTS, css: ["content-scripts/highlights.css"] });
    },
  },
  // Preact has no official WXT module; its Vite preset handles JSX and the React aliases.
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser, manifestVersion }) => ({
    name: "Policy Lens",
    description:
      "Read congthuong.vn policy news in English: glossed terms, legal citations spelled out, and a checklist of who was asked to do what.",
    // The toolbar button shows the extension's own lens (public/icon) rather than a generic
    // puzzle piece. WXT adds the popup to this key (MV2 names it browser_action).
    [manifestVersion === 2 ? "browser_action" : "action"]: { default_icon: TOOLBAR_ICONS },
    permissions: ["storage"],
    host_permissions: HOSTS,
    commands: {
      "toggle-highlights": {
        suggested_key: { default: "Alt+Shift+L" },
        description: "Turn Policy Lens highlights on or off",
      },
      "next-directive": {
        suggested_key: { default: "Alt+Shift+N" },
        description: "Go to the next directive on the page",
      },
    },
    ...(browser === "firefox"
      ? {
          browser_specific_settings: {
            gecko: {
              id: "policy-lens@congthuong-reader",
              strict_min_version: "140.0",
              data_collection_permissions: { required: ["none"] },
            },
            // Firefox for Android reads data_collection_permissions from version 142 on.
            gecko_android: { strict_min_version: "142.0" },
          },
        }
      : {}),
  }),
});
