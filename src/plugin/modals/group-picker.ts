/** Pick a group: one people are in already, or a new one by its typed name ("inner circle" is one group). */
import { SuggestModal, type App } from "obsidian";
import { foldForMatch } from "../../core/text/person-match";

export class GroupPicker extends SuggestModal<string> {
  private picked = false;

  constructor(
    app: App,
    private readonly groups: readonly string[],
    private readonly onDone: (group: string | null) => void,
  ) {
    super(app);
    this.setPlaceholder("Group, or a new group's name");
  }

  getSuggestions(query: string): string[] {
    // A comma would split the name in two when it is read back; a leading # is not part of it.
    const typed = query.replace(/,/g, " ").trim().replace(/^#/, "").replace(/\s+/g, " ");
    const wanted = foldForMatch(typed);
    const found = this.groups.filter((g) => foldForMatch(g).includes(wanted));
    return typed === "" || this.groups.some((g) => foldForMatch(g) === wanted) ? found : [...found, typed];
  }

  renderSuggestion(group: string, el: HTMLElement): void {
    el.setText(this.groups.includes(group) ? group : `New group: ${group}`);
  }

  onChooseSuggestion(group: string): void {
    this.picked = true;
    this.onDone(group);
  }

  override onClose(): void {
    // Obsidian closes a suggester before it reports the choice: wait a turn to know whether there was one.
    window.setTimeout(() => this.picked || this.onDone(null), 0);
  }
}
