/**
 * A synthetic vault for the benchmark, the same for a given seed and sizes: people with aliases and a mix
 * of cadences, ten years of daily notes in Journal/YYYY/MM/YYYY-MM-DD.md with about twelve items each (a
 * third link people, some are promises, done and open), and unrelated notes with frontmatter and links.
 *
 * A share of each follow-through loop rides on top, drawn from a second generator so that the notes,
 * people and links are those of the vault without them: asks (#asked), help and thanks (#helped,
 * #thanks), things to ask about (ask::), promises owed to me kept (#waiting), promises dated in plain
 * words ("by Friday"), groups with their own cadence (in Rapport's saved settings), and a few
 * newcomers met in the last days (new acquaintances). Drift needs nothing: random contact makes it.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { addDays } from "../src/core/calendar/dates";

export interface VaultSize {
  people: number;
  days: number;
  other: number;
}

/** mulberry32: a small, fast, seeded generator; the vault must be identical from run to run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ["Alice", "Bob", "Carol", "Dan", "Eve", "Frank", "Grace", "Hiro", "Ines", "Jon", "Kemi", "Lars", "Mia", "Nadia", "Omar", "Priya", "Quinn", "Rosa", "Sam", "Tara"];
const LAST = ["Chen", "Martinez", "Davis", "Okafor", "Park", "Müller", "Lee", "Tanaka", "Silva", "Berg", "Adeyemi", "Nilsen", "Rossi", "Haddad", "Farouk", "Raman", "Byrne", "Costa", "Wilson", "Iyer"];
const CADENCES = ["every week", "every 2 weeks", "monthly", "quarterly", "every 6 weeks", "fortnightly", "30", "every year", "FREQ=MONTHLY;INTERVAL=2", "every month on the 1st"];
/** Plain-word due dates, each read against its note's date. */
const PLAIN_DATES = ["by Friday", "by tomorrow", "in 3 days", "before Monday", "by end of the month", "on Dec 5", "by next week"];
const WORDS = ["coffee", "call", "lunch", "walk", "notes", "plan", "review", "draft", "idea", "book", "garden", "budget", "trip", "sprint", "design"];

export function personName(i: number): string {
  return `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]} ${Math.floor(i / (FIRST.length * LAST.length)) + 1}`;
}

export function generateVault(root: string, size: VaultSize, seed = 20261123): { files: number; bytes: number } {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  // The loops' own draws: the main sequence, and so the vault under them, stays as it was.
  const loop = random(seed ^ 0x5eed);
  const pickLoop = <T>(list: readonly T[]): T => list[Math.floor(loop() * list.length)] as T;
  const newcomers = Math.max(1, Math.floor(size.people / 100));
  let files = 0;
  let bytes = 0;
  const write = (path: string, text: string) => {
    const full = join(root, ...path.split("/"));
    mkdirSync(join(full, ".."), { recursive: true });
    writeFileSync(full, text);
    files++;
    bytes += Buffer.byteLength(text);
  };

  mkdirSync(join(root, ".obsidian"), { recursive: true });
  writeFileSync(join(root, ".obsidian", "daily-notes.json"), JSON.stringify({ folder: "Journal", format: "YYYY/MM/YYYY-MM-DD" }));
  mkdirSync(join(root, ".obsidian", "plugins", "rapport"), { recursive: true });
  writeFileSync(join(root, ".obsidian", "plugins", "rapport", "data.json"), JSON.stringify({ groupCadences: { family: "every month", friends: "every 6 weeks" } }));

  for (let i = 0; i < size.people; i++) {
    const name = personName(i);
    const cadence = next() < 0.2 ? "" : `cadence: ${pick(CADENCES)}\n`;
    const birthday = next() < 0.5 ? `birthday: ${1950 + Math.floor(next() * 50)}-${String(1 + Math.floor(next() * 12)).padStart(2, "0")}-${String(1 + Math.floor(next() * 28)).padStart(2, "0")}\n` : "";
    write(`People/${name}.md`, `---\ntype: person\naliases: [${name.split(" ")[0]} ${i}]\n${cadence}${birthday}groups: [${pick(["work", "family", "friends"])}]\n---\n# ${name}\n\nNotes about ${name}.\n- 2020-01-0${1 + (i % 9)} Met at the ${pick(WORDS)} meetup\n`);
  }

  for (let i = 0; i < newcomers; i++) write(`People/Newcomer ${i}.md`, `---\ntype: person\ngroups: [${pickLoop(["work", "family", "friends"])}]\n---\n# Newcomer ${i}\n`);

  const start = addDays("2026-11-23", -size.days);
  for (let d = 0; d < size.days; d++) {
    const day = addDays(start, d);
    const lines = [`# ${day}`, ""];
    for (let item = 0; item < 12; item++) {
      const who = `[[${personName(Math.floor(next() * size.people))}]]`;
      const roll = next();
      if (roll < 0.22) {
        const share = loop();
        const tag = share < 0.03 ? " #asked" : share < 0.05 ? " #helped" : share < 0.07 ? " #thanks" : "";
        lines.push(`- ${pick(WORDS)} with ${who} #${pick(WORDS)}${tag}`);
        if (loop() < 0.02) lines.push(`  - ask:: ${addDays(day, 1 + Math.floor(loop() * 20))} the ${pickLoop(WORDS)}`);
      } else if (roll < 0.28) {
        const word = pick(WORDS);
        lines.push(loop() < 0.25 ? `- [ ] Send ${who} the ${word} ${pickLoop(PLAIN_DATES)}` : `- [ ] Send ${who} the ${word} 📅 ${addDays(day, 7)}`);
      } else if (roll < 0.33) {
        const word = pick(WORDS);
        const done = addDays(day, Math.floor(next() * 6));
        lines.push(loop() < 0.1 ? `- [x] ${who} to send the ${word} #waiting 📅 ${addDays(day, 3)} ✅ ${done}` : `- [x] Send ${who} the ${word} 📅 ${addDays(day, 3)} ✅ ${done}`);
      } else lines.push(`- ${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)}: [[Note ${Math.floor(next() * Math.max(1, size.other))}]]`);
    }
    // Each newcomer is first met in one of the last ten days: a new acquaintance.
    if (d >= size.days - 10) for (let i = d - (size.days - 10); i < newcomers; i += 10) lines.push(`- Met [[Newcomer ${i}]] at the ${pickLoop(WORDS)} meetup`);
    write(`Journal/${day.slice(0, 4)}/${day.slice(5, 7)}/${day}.md`, `${lines.join("\n")}\n`);
  }

  for (let i = 0; i < size.other; i++) {
    const body = Array.from({ length: 20 }, () => `${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)} [[Note ${Math.floor(next() * size.other)}]].`).join("\n");
    const frontmatter = next() < 0.7 ? `---\ntags: [${pick(WORDS)}]\nstatus: ${pick(["draft", "done"])}\n---\n` : "";
    write(`Notes/${Math.floor(i / 1000)}/Note ${i}.md`, `${frontmatter}# Note ${i}\n\n${body}\n- ${pick(WORDS)}\n- ${pick(WORDS)}\n`);
  }
  return { files, bytes };
}
