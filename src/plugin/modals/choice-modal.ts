/** Pick one of a few labelled options (the snooze lengths, say). */
import { SuggestModal, type App } from "obsidian";

export class ChoiceModal<T> extends SuggestModal<[string, T]> {
  constructor(
    app: App,
    private readonly options: Array<[string, T]>,
    private readonly onPick: (value: T) => void,
  ) {
    super(app);
  }

  getSuggestions(query: string): Array<[string, T]> {
    return this.options.filter(([label]) => label.toLowerCase().includes(query.toLowerCase()));
  }

  renderSuggestion([label]: [string, T], el: HTMLElement): void {
    el.setText(label);
  }

  onChooseSuggestion([, value]: [string, T]): void {
    this.onPick(value);
  }
}
