import { render } from "preact";

function App() {
  return <main>Policy Lens</main>;
}

const root = document.getElementById("app");
if (root) render(<App />, root);
