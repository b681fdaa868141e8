/** Puts a happy-dom window's globals (document, HTMLElement, events...) on globalThis, for the render script. */
import { Window } from "happy-dom";

const window = new Window({ url: "https://rapport.invalid/" });
const target = globalThis as unknown as Record<string, unknown>;
const source = window as unknown as Record<string, unknown>;
for (const key of Object.getOwnPropertyNames(window)) {
  if (!(key in target)) target[key] = source[key];
}
target.window = window;
target.document = window.document;
