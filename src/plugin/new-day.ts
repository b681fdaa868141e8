/**
 * Notices a new day with no edit to prompt it: a minute's timer, and a check whenever Obsidian's window
 * comes back to the front (a laptop woken in the morning fires focus before the timer's next minute).
 */
import type { Plugin } from "obsidian";
import type { IsoDate } from "../core/calendar/dates";
import { today } from "./today";

const CHECK_EVERY_MS = 60_000;

export function onNewDay(plugin: Plugin, newDay: (day: IsoDate) => void): void {
  let day = today();
  const check = () => {
    const now = today();
    if (now === day) return;
    day = now;
    newDay(now);
  };
  plugin.registerInterval(window.setInterval(check, CHECK_EVERY_MS));
  plugin.registerDomEvent(window, "focus", check);
  plugin.registerDomEvent(document, "visibilitychange", check);
}
