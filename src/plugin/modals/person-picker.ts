/** Pick a person by name or alias: the best matches first (see people-search.ts), most recently contacted first among equals. */
import { SuggestModal, type App } from "obsidian";
import { choiceLabel, searchPeople, type PersonChoice } from "../people-search";

export class PersonPicker extends SuggestModal<PersonChoice> {
  constructor(
    app: App,
    private readonly choices: PersonChoice[],
    placeholder: string,
    private readonly onPick: (choice: PersonChoice) => void,
  ) {
    super(app);
    this.setPlaceholder(placeholder);
    this.emptyStateText = "No person by that name.";
  }

  getSuggestions(query: string): PersonChoice[] {
    return searchPeople(this.choices, query);
  }

  renderSuggestion(choice: PersonChoice, el: HTMLElement): void {
    el.createDiv({ text: choiceLabel(choice) });
    el.createEl("small", { cls: "rapport-muted", text: choice.lastContact ? `last contact ${choice.lastContact}` : "no contact yet" });
  }

  onChooseSuggestion(choice: PersonChoice): void {
    this.onPick(choice);
  }
}
