/** Rapport for Obsidian: wires the index, the views, the commands, @-tagging, the menus and the settings. */
import { Keymap, Notice, Platform, Plugin, TFile, moment, type App, type Menu, type TAbstractFile, type WorkspaceLeaf } from "obsidian";
import type { DueReport } from "../core/report/due-report";
import { strictDateParser } from "../core/parse/note-date";
import { personNote } from "../core/edit/note-edit";
import { personSummary } from "../core/report/person-summary";
import { triageQueue } from "../core/report/triage-queue";
import { DEFAULT_DAILY_NOTES, DEFAULT_PERSON_RULES, type PersonRule } from "../core/settings";
import type { Model } from "../core/index/model";
import { Actions } from "./actions";
import { DailyLog } from "./daily-log";
import { today } from "./today";
import { registerCommands } from "./commands";
import { readObsidianSetup, type DailyNoteSettings, type ObsidianSetup } from "./daily-notes";
import { LiveIndex } from "./live-index";
import { fillCommitmentMenu, fillPersonMenu, type MenuActions } from "./menus";
import { TriageModal } from "./modals/triage-modal";
import { onNewDay } from "./new-day";
import { personChoices } from "./people-search";
import { PersonNotes } from "./person-notes";
import { PersonSuggest } from "./person-suggest";
import { coreSettings, loadedSettings, type RapportSettings } from "../core/saved-settings";
import { safely } from "./safely";
import { RapportSettingTab } from "./settings-tab";
import { showDueToday } from "./status-bar";
import { TaskActions } from "./task-actions";
import { DueView, VIEW_TYPE_DUE } from "./view/due-view";
import { PersonView, VIEW_TYPE_PERSON } from "./view/person-view";
import { NoteWriter } from "./writes/note-writer";
import { NoteStore } from "./note-store";

export default class RapportPlugin extends Plugin {
  override settings!: RapportSettings;
  actions!: Actions;
  log!: DailyLog;
  people!: PersonNotes;
  tasks!: TaskActions;
  private live!: LiveIndex;
  private writer!: NoteWriter;
  private statusBar: HTMLElement | null = null;
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
    this.tasks = new TaskActions(this.app, this.writer);
    const host = { app: this.app, settings: this.settings, writer: this.writer, model: () => this.live.model };
    this.actions = new Actions({ ...host, report: () => this.report(), saveSettings: () => this.saveSettings() });
    this.log = new DailyLog({ ...host, tasks: this.tasks, dailyNotes: () => this.dailyNotes() });
    this.people = new PersonNotes(host);

    this.registerViews();
    this.addRibbonIcon("heart-handshake", "Open due to reconnect", () => void this.activateView());
    registerCommands(this);
    this.registerEditorSuggest(new PersonSuggest(this.app, () => personChoices(this.report()), (name) => this.people.createPersonNamed(name)));
    this.addSettingTab(new RapportSettingTab(this.app, this));
    this.registerEvent(this.app.workspace.on("file-menu", (menu, file) => this.fileMenu(menu, file)));
    if (!Platform.isMobile) {
      // Phones have no status bar.
      this.statusBar = this.addStatusBarItem();
      this.statusBar.addClass("mod-clickable", "rapport-status-bar");
      this.registerDomEvent(this.statusBar, "click", () => void this.activateView());
    }
    onNewDay(this, () => this.refreshViews());
    // The first scan waits for the layout: the vault's files and metadata are ready then, and start-up is not slowed.
    this.app.workspace.onLayoutReady(() => void this.start());
  }

  private registerViews(): void {
    const menus = this.menuActions();
    this.registerView(
      VIEW_TYPE_DUE,
      (leaf) =>
        new DueView(leaf, {
          report: () => this.report(),
          settings: () => ({ ...this.settings, personRule: describeRules(this.settings.personRules), examplePerson: personNote("Alice Chen", this.firstRule(), [[this.settings.fields.cadence, "every 2 weeks"]]) }),
          setGroup: (group) => void this.setGroup(group),
          rows: {
            logInteraction: (p, about) => this.log.logInteraction(p, about),
            snoozeMenu: (p, event) => this.actions.snoozeMenu(p, event),
            markDone: (c) => menus.markDone(c),
            openCommitment: (c, event) => safely("open the promise", () => this.tasks.openCommitment(c, Keymap.isModEvent(event) !== false)),
            personMenu: (menu, p) => fillPersonMenu(menu, p, menus),
            commitmentMenu: (menu, c) => fillCommitmentMenu(menu, c, menus),
          },
          addPerson: () => this.people.addPerson(),
          triage: () => this.triage(),
          showProblems: () => this.actions.showProblems(),
        }),
    );
    this.registerView(
      VIEW_TYPE_PERSON,
      (leaf) =>
        new PersonView(leaf, {
          today: () => (this.live.ready ? today() : null),
          summary: (path) => {
            const report = this.report();
            return report && personSummary(this.live.model, report, path, moment.localeData().firstDayOfWeek());
          },
          isPerson: (path) => this.live.model.get(path)?.person != null,
          logInteraction: (p) => this.log.logInteraction(p),
          personMenu: (menu, p) => fillPersonMenu(menu, p, menus),
          setCadence: (path) => this.actions.setCadence({ name: this.live.model.get(path)?.person?.name ?? path, path }),
          openCommitment: (c, event) => safely("open the promise", () => this.tasks.openCommitment(c, Keymap.isModEvent(event) !== false)),
          markDone: (c) => menus.markDone(c),
          monthName: (date) => moment(date).format("MMM"),
        }),
    );
    // Lets the Page preview core plugin show previews for the sidebar's links (with ctrl/cmd by default, as for backlinks).
    this.registerHoverLinkSource(VIEW_TYPE_DUE, { display: "Due to reconnect", defaultMod: true });
  }

  /** One set of person and promise actions for every menu: rows, the person panel, the file menu. */
  private menuActions(): MenuActions {
    return {
      logInteraction: (p) => this.log.logInteraction(p),
      addPromise: (p) => this.log.addPromise(p),
      addWaitingOn: (p) => this.log.addWaitingOn(p),
      snoozeItems: (menu, p) => this.actions.snoozeItems(menu, p),
      setCadence: (p) => this.actions.setCadence(p),
      showPerson: (path) => safely("show the person", () => this.showPerson(path)),
      openNote: (path) => void this.app.workspace.openLinkText(path, "", false),
      openCommitment: (c) => safely("open the promise", () => this.tasks.openCommitment(c, false)),
      markDone: (c) => safely("mark the promise done", () => this.tasks.markCommitmentDone(c)),
    };
  }

  /** A person's note gets the person's actions in its file menu; any other note, "Make this note a person". */
  private fileMenu(menu: Menu, file: TAbstractFile): void {
    if (!(file instanceof TFile) || file.extension !== "md" || !this.live.ready) return;
    const person = this.live.model.get(file.path)?.person;
    if (person) fillPersonMenu(menu, { name: person.name, path: file.path }, this.menuActions(), false);
    else menu.addItem((item) => item.setTitle("Make this note a person").setIcon("user-plus").setSection("action").onClick(() => safely("make the note a person", () => this.people.makePerson(file))));
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

  obsidianDailyNotes(): DailyNoteSettings {
    return { ...this.obsidian.dailyNotes, from: "Obsidian's daily note settings" };
  }

  private coreSettings() {
    return coreSettings(this.settings, this.obsidian.dailyNotes, this.obsidian.templateFolders);
  }

  private firstRule(): PersonRule {
    return this.settings.personRules[0] ?? (DEFAULT_PERSON_RULES[0] as PersonRule);
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

  /** Opens the person panel on `path`, in the right sidebar, reusing an open one. */
  async showPerson(path: string): Promise<void> {
    const { workspace } = this.app;
    const leaf = workspace.getLeavesOfType(VIEW_TYPE_PERSON)[0] ?? workspace.getRightLeaf(false);
    if (!leaf) return;
    await leaf.setViewState({ type: VIEW_TYPE_PERSON, state: { path }, active: true });
    await workspace.revealLeaf(leaf);
  }

  triage(): void {
    const report = this.report();
    if (!report) {
      new Notice("Rapport is still reading your notes; try again in a moment.");
      return;
    }
    new TriageModal(this.app, triageQueue(this.live.model, report), {
      presets: this.settings.cadencePresets,
      today: report.today,
      setCadence: async (path, cadence) => {
        if (this.stillToTriage(path)) await this.actions.setCadenceTo(path, cadence, true);
      },
      addToGroup: (path, name) => (this.stillToTriage(path) ? this.actions.addToGroup({ name, path }) : Promise.resolve(true)),
      createPerson: (name) => this.people.createPersonNamed(name),
      ignoreName: (name) => this.actions.ignoreName(name),
    }).open();
  }

  /**
   * Whether a person triage asks about still has no cadence: the queue is made when triage opens, and the
   * note may have changed since (a cadence written by hand, the note deleted). If not, says so.
   */
  private stillToTriage(path: string): boolean {
    const person = this.live.model.get(path)?.person;
    if (!person) new Notice(`${path} is no person's note now; Rapport left it alone.`);
    else if (person.cadenceWritten !== null) new Notice(`${person.name} has a cadence now (${person.cadenceWritten}); Rapport left it as it is.`);
    return person != null && person.cadenceWritten === null;
  }

  /** The sidebar's group filter: kept in the settings, so it lasts across restarts; the index is untouched. */
  private async setGroup(group: string): Promise<void> {
    this.settings.groupFilter = group;
    this.refreshViews();
    await this.saveData(this.settings);
  }

  private refreshViews(): void {
    for (const leaf of this.app.workspace.getLeavesOfType(VIEW_TYPE_DUE)) if (leaf.view instanceof DueView) leaf.view.refresh();
    for (const leaf of this.app.workspace.getLeavesOfType(VIEW_TYPE_PERSON)) if (leaf.view instanceof PersonView) leaf.view.refresh();
    if (this.statusBar) showDueToday(this.statusBar, this.report());
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
    await this.live.applySettings(this.coreSettings());
  }
}

/** The person rules in words: "type: person, or categories holding [[People]]". */
function describeRules(rules: readonly PersonRule[]): string {
  return rules.map((r) => (r.value.startsWith("[[") ? `${r.property} holding ${r.value}` : `${r.property}: ${r.value}`)).join(", or ");
}

/** The app's id: Obsidian keeps one per vault and device (not in its typings; Dataview keys its cache so too). */
function appIdOf(app: App): string {
  return (app as unknown as { appId?: string }).appId ?? app.vault.getName();
}
