export default defineBackground(() => {
  // The background holds no state of its own yet; it exists so the extension has a service worker.
});
