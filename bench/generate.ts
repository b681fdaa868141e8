/**
 * A synthetic vault for the benchmark, the same for a given seed and sizes: people with aliases and a mix
 * of cadences, ten years of daily notes in Journal/YYYY/MM/YYYY-MM-DD.md with about twelve items each (a
 * third link people, some are promises, done and open), and unrelated notes with frontmatter and links.
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
const WORDS = ["coffee", "call", "lunch", "walk", "notes", "plan", "review", "draft", "idea", "book", "garden", "budget", "trip", "sprint", "design"];

export function personName(i: number): string {
  return `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]} ${Math.floor(i / (FIRST.length * LAST.length)) + 1}`;
}

export function generateVault(root: string, size: VaultSize, seed = 20261123): { files: number; bytes: number } {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
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

  for (let i = 0; i < size.people; i++) {
    const name = personName(i);
    const cadence = next() < 0.2 ? "" : `cadence: ${pick(CADENCES)}\n`;
    const birthday = next() < 0.5 ? `birthday: ${1950 + Math.floor(next() * 50)}-${String(1 + Math.floor(next() * 12)).padStart(2, "0")}-${String(1 + Math.floor(next() * 28)).padStart(2, "0")}\n` : "";
    write(`People/${name}.md`, `---\ntype: person\naliases: [${name.split(" ")[0]} ${i}]\n${cadence}${birthday}groups: [${pick(["work", "family", "friends"])}]\n---\n# ${name}\n\nNotes about ${name}.\n- 2020-01-0${1 + (i % 9)} Met at the ${pick(WORDS)} meetup\n`);
  }

  const start = addDays("2026-11-23", -size.days);
  for (let d = 0; d < size.days; d++) {
    const day = addDays(start, d);
    const lines = [`# ${day}`, ""];
    for (let item = 0; item < 12; item++) {
      const who = `[[${personName(Math.floor(next() * size.people))}]]`;
      const roll = next();
      if (roll < 0.22) lines.push(`- ${pick(WORDS)} with ${who} #${pick(WORDS)}`);
      else if (roll < 0.28) lines.push(`- [ ] Send ${who} the ${pick(WORDS)} 📅 ${addDays(day, 7)}`);
      else if (roll < 0.33) lines.push(`- [x] Send ${who} the ${pick(WORDS)} 📅 ${addDays(day, 3)} ✅ ${addDays(day, Math.floor(next() * 6))}`);
      else lines.push(`- ${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)}: [[Note ${Math.floor(next() * Math.max(1, size.other))}]]`);
    }
    write(`Journal/${day.slice(0, 4)}/${day.slice(5, 7)}/${day}.md`, `${lines.join("\n")}\n`);
  }

  for (let i = 0; i < size.other; i++) {
    const body = Array.from({ length: 20 }, () => `${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)} [[Note ${Math.floor(next() * size.other)}]].`).join("\n");
    const frontmatter = next() < 0.7 ? `---\ntags: [${pick(WORDS)}]\nstatus: ${pick(["draft", "done"])}\n---\n` : "";
    write(`Notes/${Math.floor(i / 1000)}/Note ${i}.md`, `${frontmatter}# Note ${i}\n\n${body}\n- ${pick(WORDS)}\n- ${pick(WORDS)}\n`);
  }
  return { files, bytes };
}
