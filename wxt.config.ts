import preact from "@preact/preset-vite";
import { defineConfig } from "wxt";

// Host access is limited to the newspaper's own domain: the extension reads nothing anywhere else.
const HOSTS = ["*://congthuong.vn/*", "*://*.congthuong.vn/*"];

export default defineConfig({
  modules: ["@wxt-dev/webextension-polyfill"],
  // Preact has no official WXT module; its Vite preset handles JSX and the React aliases.
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: "Policy Lens",
    description:
      "Read congthuong.vn policy news in English: glossed terms, legal citations spelled out, and a checklist of who was asked to do what.",
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
          },
        }
      : {}),
  }),
});
