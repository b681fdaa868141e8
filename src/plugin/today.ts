/** "Today" in the plugin: the device's local date. The core never reads the clock; the shells do, here. */
import { moment } from "obsidian";
import { ISO_DATE_FORMAT, type IsoDate } from "../core/calendar/dates";

export function today(): IsoDate {
  return moment().format(ISO_DATE_FORMAT);
}
