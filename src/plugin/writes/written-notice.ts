/** A notice that says what Rapport wrote, with buttons to act on it (Undo, Open). */
import { Notice } from "obsidian";
import { safely } from "../safely";
import type { NoteWriter, Written } from "./note-writer";

export type NoticeAction = [label: string, run: () => void];

/** How long a notice with buttons stays: long enough to reach for Undo. */
const WITH_BUTTONS_MS = 8000;

export function noticeWithActions(message: string, actions: readonly NoticeAction[]): Notice {
  const fragment = createFragment((f) => {
    f.createSpan({ text: message });
    for (const [label, run] of actions) {
      const button = f.createEl("button", { cls: "rapport-notice-action", text: label });
      button.addEventListener("click", (event) => {
        event.stopPropagation();
        notice.hide();
        run();
      });
    }
  });
  const notice = new Notice(fragment, actions.length > 0 ? WITH_BUTTONS_MS : undefined);
  return notice;
}

/** What was written, with Undo (and any other buttons first, such as Open). */
export function writtenNotice(writer: NoteWriter, message: string, written: Written, more: readonly NoticeAction[] = []): Notice {
  return noticeWithActions(message, [...more, ["Undo", () => safely("undo", () => writer.undo(written.write))]]);
}
