/**
 * The one owner of derived state. Each shell (the plugin, the CLI) makes one Model and feeds it notes;
 * everything Rapport knows lives here, with the model's lifetime: the index of facts, each note's
 * contribution with its links resolved, every person's interactions, promises and asks, the cadence
 * memo, and the last due report. Queries are plain functions of this state and "today".
 *
 * A note's contribution is worked out again when the note changes, or when a name its entries link to
 * may mean something else (the index says which names and which notes). Until a query asks, changed
 * notes only wait in `stale`: a start-up that adds every note of a vault resolves each link once.
 */
import { Cadences } from "../calendar/cadences";
import type { IsoDate } from "../calendar/dates";
import { parseNote, type NoteFacts, type ParseContext, type SourceNote } from "../parse/note";
import type { StrictDateParser } from "../parse/note-date";
import type { Problem } from "../problem";
import { dueReportInSteps, type DueReport } from "../report/due-report";
import { byPlace } from "../report/problem-order";
import type { CoreSettings } from "../settings";
import { compareText } from "../text/compare";
import { contributionContext, contributionOf, NOTHING, type Ask, type Commitment, type Contribution, type ContributionContext, type Interaction, type Person, type UnresolvedName } from "./contributions";
import { VaultIndex } from "./vault-index";
import { PersonShares } from "../report/person-shares";

/** How many notes are resolved between two pauses of `resolveInSteps`. */
const PER_STEP = 100;

export class Model {
  readonly index = new VaultIndex();
  readonly cadences = new Cadences();
  readonly context: ParseContext;
  private readonly people = new Map<string, Person>();
  /** Resolved contributions of the notes that contribute something. */
  private readonly contributions = new Map<string, Contribution>();
  /** Notes whose contribution must be worked out again before the next query. */
  private readonly stale = new Set<string>();
  /**
   * Names whose meaning changed since the last query: the notes linking them are found then, once
   * (while nothing was ever resolved, every note is stale anyway and there is nothing to find).
   */
  private readonly namesChanged = new Set<string>();
  private resolvedOnce = false;
  /** By person path; interactions oldest first once sorted (see `unsorted`). */
  private readonly interactions = new Map<string, Interaction[]>();
  /** People whose interactions changed since they were last sorted: sorted when asked for, once. */
  private readonly unsorted = new Set<string>();
  private readonly commitments = new Map<string, Commitment[]>();
  private readonly asks = new Map<string, Ask[]>();
  private readonly links: ContributionContext;
  private revision = 0;
  /** Per person: changes with their facts and anything in their lists (see `versionOf`). */
  private readonly personVersions = new Map<string, number>();
  private nextPersonVersion = 0;
  /** People's shares of the due list, kept between due lists (report/person-shares.ts). */
  shares = new PersonShares();
  private lastReport: { version: number; report: DueReport } | null = null;

  constructor(settings: CoreSettings, parseDate: StrictDateParser) {
    this.context = { settings, parseDate, cadences: this.cadences };
    this.links = contributionContext(this.index, settings.waitingTag, (path) => this.people.has(path));
  }

  get settings(): CoreSettings {
    return this.context.settings;
  }

  /**
   * New settings that differ only in what shapes the due list (windows, loops, group cadences, ignored
   * names; see `parsingKey`): no note is read again, the next report uses them.
   */
  useReportSettings(settings: CoreSettings): void {
    this.context.settings = settings;
    this.shares = new PersonShares();
    this.revision++;
  }

  /** Changes with every note added, changed or removed. */
  get version(): number {
    return this.revision;
  }

  /** Reads a note (new or changed) and returns its facts. */
  upsert(source: SourceNote): NoteFacts {
    const facts = parseNote(source, this.context);
    this.put(facts);
    return facts;
  }

  /** Takes a note's facts as they are (from the persistent cache, say). */
  put(facts: NoteFacts): void {
    if (facts.person || this.people.has(facts.path)) this.touched(facts.path);
    this.changed(facts.path, this.index.put(facts));
    if (facts.person) this.people.set(facts.path, facts.person);
    else this.people.delete(facts.path);
  }

  remove(path: string): void {
    if (!this.index.get(path)) return;
    if (this.people.has(path)) this.touched(path);
    this.changed(path, this.index.remove(path));
    this.people.delete(path);
  }

  rename(oldPath: string, source: SourceNote): NoteFacts {
    this.remove(oldPath);
    return this.upsert(source);
  }

  private changed(path: string, names: Set<string>): void {
    this.revision++;
    this.stale.add(path);
    if (this.resolvedOnce) for (const name of names) this.namesChanged.add(name);
  }

  get(path: string): NoteFacts | undefined {
    return this.index.get(path);
  }

  /**
   * Resolves what changed since the last query, pausing (yielding) every hundred notes so that a host
   * can spread a whole vault's work over several frames. Queries drain it at once.
   */
  *resolveInSteps(): Generator<void, void> {
    if (this.namesChanged.size > 0) {
      for (const path of this.index.notesLinking(this.namesChanged)) this.stale.add(path);
      this.namesChanged.clear();
    }
    this.resolvedOnce = true;
    let sinceStep = 0;
    for (const path of this.stale) {
      this.stale.delete(path);
      this.resolve(path);
      if (++sinceStep === PER_STEP) {
        sinceStep = 0;
        yield;
      }
    }
  }

  private resolveAll(): void {
    const steps = this.resolveInSteps();
    while (!steps.next().done);
  }

  /** Swaps a note's contribution for its current one, in the lists of everyone either names. */
  private resolve(path: string): void {
    const facts = this.index.saying(path);
    const old = this.contributions.get(path) ?? NOTHING;
    const next = facts ? contributionOf(facts, this.links) : NOTHING;
    if (next === NOTHING) this.contributions.delete(path);
    else this.contributions.set(path, next);
    if (old === NOTHING && next === NOTHING) return;
    for (const personPath of replaceInLists(this.interactions, path, old.interactions, next.interactions)) {
      this.unsorted.add(personPath);
      this.touched(personPath);
    }
    for (const personPath of replaceInLists(this.commitments, path, old.commitments, next.commitments)) this.touched(personPath);
    for (const personPath of replaceInLists(this.asks, path, old.asks, next.asks)) this.touched(personPath);
  }

  /** A person's version: it changes whenever their note or any of their lists does. */
  versionOf(personPath: string): number {
    return this.personVersions.get(personPath) ?? -1;
  }

  private touched(personPath: string): void {
    this.personVersions.set(personPath, ++this.nextPersonVersion);
  }

  /** Everyone, by path. */
  allPeople(): ReadonlyMap<string, Person> {
    this.resolveAll();
    return this.people;
  }

  /** A person's interactions, oldest first, including any dated after today (plans). */
  interactionsOf(personPath: string): readonly Interaction[] {
    this.resolveAll();
    const list = this.interactions.get(personPath) ?? [];
    if (this.unsorted.delete(personPath)) list.sort(byDate);
    return list;
  }

  commitmentsOf(personPath: string): readonly Commitment[] {
    this.resolveAll();
    return this.commitments.get(personPath) ?? [];
  }

  /** What to ask a person about (`ask::` fields), in no particular order. */
  asksOf(personPath: string): readonly Ask[] {
    this.resolveAll();
    return this.asks.get(personPath) ?? [];
  }

  /** What is wrong in the notes, whatever the day: unreadable values, broken links, shared names. */
  problems(): Problem[] {
    this.resolveAll();
    const problems: Problem[] = [];
    for (const contribution of this.contributions.values()) problems.push(...contribution.problems);
    for (const { name, paths } of this.index.sharedNames()) {
      for (const path of paths) {
        const others = paths.filter((p) => p !== path).join(", ");
        problems.push({ path, line: null, message: `the name or alias "${name}" is shared with ${others}; links by it are ambiguous` });
      }
    }
    return problems.sort(byPlace);
  }

  /** Links to no note, in every note's entries, by name, note and line. */
  unresolved(): UnresolvedName[] {
    this.resolveAll();
    const names: UnresolvedName[] = [];
    for (const contribution of this.contributions.values()) names.push(...contribution.unresolved);
    return names.sort((a, b) => compareText(a.name, b.name) || compareText(a.path, b.path) || a.line - b.line);
  }

  /** The due list as of `today`; asked again for the same day with nothing changed, the same report. */
  report(today: IsoDate): DueReport {
    const steps = this.reportInSteps(today);
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
    }
  }

  /** `report`, pausing (yielding) every hundred people: see `dueReportInSteps`. */
  *reportInSteps(today: IsoDate): Generator<void, DueReport> {
    const last = this.lastReport;
    if (last && last.version === this.revision && last.report.today === today) return last.report;
    yield* this.resolveInSteps();
    const report = yield* dueReportInSteps(this, today);
    this.lastReport = { version: this.revision, report };
    return report;
  }
}

/**
 * In each person's list that `path` touched before or after, swaps that note's items for its new ones.
 * Returns those people. A person's first items are appended in place (a start-up adds thousands).
 */
function replaceInLists<T extends { path: string; personPath: string }>(lists: Map<string, T[]>, path: string, old: readonly T[], next: readonly T[]): Set<string> {
  const touched = new Set<string>();
  for (const item of old) touched.add(item.personPath);
  for (const item of next) touched.add(item.personPath);
  for (const personPath of touched) {
    const list = lists.get(personPath);
    const kept = list === undefined ? [] : old.length === 0 ? list : list.filter((item) => item.path !== path);
    for (const item of next) if (item.personPath === personPath) kept.push(item);
    if (kept.length === 0) lists.delete(personPath);
    else lists.set(personPath, kept);
  }
  return touched;
}

function byDate(a: Interaction, b: Interaction): number {
  return compareText(a.date, b.date) || compareText(a.path, b.path) || a.line - b.line;
}
