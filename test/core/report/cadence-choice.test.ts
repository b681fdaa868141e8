import { describe, expect, it } from "vitest";
import { buildModel, person } from "../../helpers/model-builder";

const groupCadences = { "inner circle": "every 2 weeks", Clients: "every month", quiet: "none" };
// Known since long ago: not new acquaintances.
const seen = "2026-11-01.md";
const row = (fm: string[], today = "2026-11-23", settings = {}) =>
  buildModel({ "Ann.md": person(...fm), "2025-01-01.md": "- [[Ann]]", [seen]: "- [[Ann]]" }, { groupCadences, ...settings })
    .report(today)
    .people.find((p) => p.name === "Ann");

describe("groups with their own cadence", () => {
  it("a member with no cadence of their own takes the group's", () => {
    expect(row(["groups: [clients]"])).toMatchObject({ cadence: "every month", cadenceGroup: "clients", due: "2026-12-01", reason: "group", status: "ok" });
  });

  it("with several groups, the earliest next check-in wins; a tie goes to the group listed first", () => {
    expect(row(["groups: [clients, inner circle]"])).toMatchObject({ cadenceGroup: "inner circle", due: "2026-11-15", status: "overdue" });
    const tie = { groupCadences: { a: "every 2 weeks", b: "fortnightly" } };
    expect(row(["groups: [b, a]"], "2026-11-23", tie)).toMatchObject({ cadenceGroup: "b", cadence: "fortnightly" });
    expect(row(["groups: [a, b]"], "2026-11-23", tie)).toMatchObject({ cadenceGroup: "a", cadence: "every 2 weeks" });
  });

  it("their own cadence, or cadence: none, wins; a group of none keeps them untracked", () => {
    expect(row(["cadence: weekly", "groups: [inner circle]"])).toMatchObject({ cadence: "weekly", cadenceGroup: null, reason: "cadence" });
    expect(row(["cadence: none", "groups: [inner circle]"])).toMatchObject({ cadenceText: "not tracked", due: null, cadenceGroup: null, reason: null });
    expect(row(["groups: [quiet]"], "2026-11-23", { defaultCadence: "weekly" })).toMatchObject({ status: "untracked", due: null });
    expect(row(["groups: [quiet, clients]"])).toMatchObject({ cadenceGroup: "clients" });
  });

  it("the default cadence applies after the groups", () => {
    expect(row(["groups: [friends]"], "2026-11-23", { defaultCadence: "weekly" })).toMatchObject({ reason: "default", cadence: "weekly", cadenceGroup: null });
  });

  it("a group cadence that does not read is a problem of the settings", () => {
    const report = buildModel({ "Ann.md": person("groups: [x]") }, { groupCadences: { x: "now and then" } }).report("2026-11-23");
    expect(report.problems).toEqual([{ path: "(settings)", line: null, message: 'group "x": cadence "now and then" is not a rule Rapport understands (try "every 2 weeks")' }]);
    expect(report.people[0]).toMatchObject({ status: "untracked", cadenceGroup: null });
  });
});
