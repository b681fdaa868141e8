/** Rapport for Obsidian: wires the index, the sidebar, the commands, @-tagging and the settings. */
import { Notice, Plugin, TFile, moment, type App, type WorkspaceLeaf } from "obsidian";
import type { DueReport } from "../core/report/due-report";
import { strictDateParser } from "../core/parse/note-date";
import { DEFAULT_DAILY_NOTES } from "../core/settings";
import type { Model } from "../core/index/model";
import { Actions } from "./actions";
import { today } from "./today";
import { registerCommands } from "./commands";
import { readObsidianSetup, type DailyNoteSettings, type ObsidianSetup } from "./daily-notes";
import { LiveIndex } from "./live-index";
import { personChoices } from "./people-search";
import { PersonSuggest } from "./person-suggest";
import { coreSettings, loadedSettings, type RapportSettings } from "../core/saved-settings";
import { RapportSettingTab } from "./settings-tab";
import { DueView, VIEW_TYPE_DUE } from "./view/due-view";
import { NoteWriter } from "./writes/note-writer";
import { NoteStore } from "./note-store";

export default class RapportPlugin extends Plugin {
  override settings!: RapportSettings;
  actions!: Actions;
  private live!: LiveIndex;
  private writer!: NoteWriter;
  private obsidian: ObsidianSetup = { dailyNotes: { ...DEFAULT_DAILY_NOTES, template: "" }, templateFolders: [] };

  override async onload(): Promise<void> {
    this.settings = loadedSettings(await this.loadData());
    this.live = new LiveIndex(
      {
        app: this.app,
        parseDate: strictDateParser(moment),
        store: typeof indexedDB === "undefined" ? null : new NoteStore(appIdOf(this.app)),
        cacheKey: { version: this.manifest.version, vault: appIdOf(this.app) },
        onChange: () => this.refreshViews(),
      },
      this.coreSettings(),
    );
    this.writer = new NoteWriter(this.app);
    this.actions = new Actions({
      app: this.app,
      settings: this.settings,
      writer: this.writer,
      model: () => this.live.model,
      report: () => this.report(),
      dailyNotes: () => this.dailyNotes(),
    });

    this.registerView(
      VIEW_TYPE_DUE,
      (leaf) =>
        new DueView(leaf, {
          report: () => this.report(),
          windows: () => ({ dueSoonDays: this.settings.dueSoonDays, birthdayDays: this.settings.birthdayDays }),
          logInteraction: (person) => this.actions.logInteraction(person.name),
          snooze: (person, event) => this.actions.snoozeMenu(person, event),
          markDone: (commitment) => this.actions.markCommitmentDone(commitment),
          openCommitment: (commitment, newTab) => this.actions.openCommitment(commitment, newTab),
          showProblems: () => this.actions.showProblems(),
        }),
    );
    // Lets the Page preview core plugin show previews for the sidebar's links (with ctrl/cmd by default, as for backlinks).
    this.registerHoverLinkSource(VIEW_TYPE_DUE, { display: "Due to reconnect", defaultMod: true });
    this.addRibbonIcon("heart-handshake", "Open due to reconnect", () => void this.activateView());
    registerCommands(this);
    this.registerEditorSuggest(new PersonSuggest(this.app, () => personChoices(this.report()), (name) => this.actions.createPersonNamed(name)));
    this.addSettingTab(new RapportSettingTab(this.app, this));
    // The first scan waits for the layout: the vault's files and metadata are ready then, and start-up is not slowed.
    this.app.workspace.onLayoutReady(() => void this.start());
  }

  private async start(): Promise<void> {
    this.obsidian = await readObsidianSetup(this.app);
    this.registerEvent(this.app.metadataCache.on("changed", (file) => this.live.changed(file)));
    this.registerEvent(this.app.vault.on("delete", (file) => file instanceof TFile && this.live.deleted(file.path)));
    this.registerEvent(this.app.vault.on("rename", (file, oldPath) => file instanceof TFile && this.live.renamed(file, oldPath)));
    await this.live.rebuild(this.coreSettings());
  }

  /** The model, for tests and for the actions. */
  get model(): Model {
    return this.live.model;
  }

  /** Waits until edits made so far are indexed (tests use it instead of sleeping). */
  settled(): Promise<void> {
    return this.live.flush();
  }

  /** Today's due report. Null while the first scan runs. */
  report(): DueReport | null {
    return this.live.ready ? this.live.model.report(today()) : null;
  }

  dailyNotes(): DailyNoteSettings {
    const s = this.settings;
    return s.dailyNotesFromObsidian
      ? { ...this.obsidian.dailyNotes, from: "Obsidian's daily note settings" }
      : { folder: s.dailyNotesFolder, format: s.dailyNotesFormat, template: this.obsidian.dailyNotes.template, from: "Rapport's settings" };
  }

  private coreSettings() {
    return coreSettings(this.settings, this.obsidian.dailyNotes, this.obsidian.templateFolders);
  }

  async activateView(): Promise<void> {
    const { workspace } = this.app;
    let leaf: WorkspaceLeaf | null = workspace.getLeavesOfType(VIEW_TYPE_DUE)[0] ?? null;
    if (!leaf) {
      leaf = workspace.getRightLeaf(false);
      if (!leaf) return;
      await leaf.setViewState({ type: VIEW_TYPE_DUE, active: true });
    }
    await workspace.revealLeaf(leaf);
  }

  private refreshViews(): void {
    for (const leaf of this.app.workspace.getLeavesOfType(VIEW_TYPE_DUE)) {
      if (leaf.view instanceof DueView) leaf.view.refresh();
    }
  }

  /** "Rebuild index": every note read again, the note cache emptied first. */
  async rebuildIndex(): Promise<void> {
    this.obsidian = await readObsidianSetup(this.app);
    await this.live.rebuild(this.coreSettings(), true);
    const people = this.live.model.allPeople().size;
    new Notice(`Rapport rebuilt its index: ${people === 1 ? "1 person" : `${people} people`}.`);
  }

  override onunload(): void {
    // Edits of the last seconds are kept for the next start.
    void this.live.save();
  }

  async saveSettings(): Promise<void> {
    await this.saveData(this.settings);
    await this.live.rebuild(this.coreSettings());
  }
}

/** The app's id: Obsidian keeps one per vault and device (not in its typings; Dataview keys its cache so too). */
function appIdOf(app: App): string {
  return (app as unknown as { appId?: string }).appId ?? app.vault.getName();
}
