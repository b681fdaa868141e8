/** Vault over a real folder on disk: files are read and written there, and events fire as in Obsidian. */
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { Events } from "./events";

export abstract class TAbstractFile {
  parent: TFolder | null = null;
  constructor(
    public vault: Vault,
    public path: string,
  ) {}
  // Obsidian keeps these as fields; derived here by slicing, as cheap as reading one, since the bench
  // reads them for every file of a large vault.
  get name(): string {
    return this.path.slice(this.path.lastIndexOf("/") + 1);
  }
}

export class TFile extends TAbstractFile {
  stat = { ctime: 0, mtime: 0, size: 0 };
  get basename(): string {
    const name = this.name;
    const dot = name.lastIndexOf(".");
    return dot < 0 ? name : name.slice(0, dot);
  }
  get extension(): string {
    const name = this.name;
    const dot = name.lastIndexOf(".");
    return dot < 0 ? "" : name.slice(dot + 1);
  }
}

export class TFolder extends TAbstractFile {
  get children(): TAbstractFile[] {
    return [...this.vault.allFiles()].filter((f) => f.parent === this);
  }
  isRoot(): boolean {
    return this.path === "/";
  }
}

export class Vault extends Events {
  readonly configDir = ".obsidian";
  private files = new Map<string, TAbstractFile>();
  readonly adapter = {
    exists: async (path: string) => existsSync(this.full(path)),
    read: async (path: string) => readFileSync(this.full(path), "utf8"),
    write: async (path: string, data: string) => writeFileSync(this.full(path), data),
    mkdir: async (path: string) => void mkdirSync(this.full(path), { recursive: true }),
  };

  constructor(readonly root: string) {
    super();
    this.files.set("/", new TFolder(this, "/"));
    this.scan("");
  }

  private full(path: string): string {
    return join(this.root, ...path.split("/"));
  }

  private scan(dir: string): void {
    for (const entry of readdirSync(this.full(dir), { withFileTypes: true })) {
      if (entry.name.startsWith(".")) continue;
      const path = dir === "" ? entry.name : `${dir}/${entry.name}`;
      if (entry.isDirectory()) {
        this.add(new TFolder(this, path));
        this.scan(path);
      } else this.add(new TFile(this, path));
    }
  }

  private add(file: TAbstractFile): void {
    const parentPath = file.path.includes("/") ? file.path.slice(0, file.path.lastIndexOf("/")) : "/";
    const parent = this.files.get(parentPath);
    file.parent = parent instanceof TFolder ? parent : null;
    if (file instanceof TFile) {
      const stat = statSync(this.full(file.path));
      file.stat = { ctime: stat.ctimeMs, mtime: stat.mtimeMs, size: stat.size };
    }
    this.files.set(file.path, file);
  }

  getName(): string {
    return this.root.slice(this.root.lastIndexOf("/") + 1);
  }

  allFiles(): IterableIterator<TAbstractFile> {
    return this.files.values();
  }

  getFiles(): TFile[] {
    return [...this.files.values()].filter((f): f is TFile => f instanceof TFile);
  }

  getMarkdownFiles(): TFile[] {
    return this.getFiles().filter((f) => f.extension === "md");
  }

  getAbstractFileByPath(path: string): TAbstractFile | null {
    return this.files.get(path) ?? null;
  }

  getFileByPath(path: string): TFile | null {
    const file = this.files.get(path);
    return file instanceof TFile ? file : null;
  }

  getFolderByPath(path: string): TFolder | null {
    const folder = this.files.get(path);
    return folder instanceof TFolder ? folder : null;
  }

  async read(file: TFile): Promise<string> {
    return readFileSync(this.full(file.path), "utf8");
  }

  async cachedRead(file: TFile): Promise<string> {
    return this.read(file);
  }

  async create(path: string, data: string): Promise<TFile> {
    if (this.files.has(path)) throw new Error("File already exists.");
    if (!existsSync(dirname(this.full(path)))) throw new Error(`Folder does not exist: ${path}`);
    writeFileSync(this.full(path), data);
    const file = new TFile(this, path);
    this.add(file);
    this.trigger("create", file);
    return file;
  }

  async createFolder(path: string): Promise<TFolder> {
    mkdirSync(this.full(path), { recursive: true });
    const parts = path.split("/");
    for (let i = 1; i <= parts.length; i++) {
      const sub = parts.slice(0, i).join("/");
      if (!this.files.has(sub)) this.add(new TFolder(this, sub));
    }
    const folder = this.files.get(path);
    if (!(folder instanceof TFolder)) throw new Error(`${path} is a file`);
    return folder;
  }

  async modify(file: TFile, data: string): Promise<void> {
    this.write(file, data);
  }

  /** Atomic read-modify-write, as Obsidian's: `fn` gets the current text. */
  async process(file: TFile, fn: (data: string) => string): Promise<string> {
    const text = fn(readFileSync(this.full(file.path), "utf8"));
    this.write(file, text);
    return text;
  }

  private write(file: TFile, data: string): void {
    if (!this.files.has(file.path)) throw new Error(`File does not exist: ${file.path}`);
    writeFileSync(this.full(file.path), data);
    this.add(file);
    this.trigger("modify", file);
  }

  async rename(file: TAbstractFile, newPath: string): Promise<void> {
    const oldPath = file.path;
    mkdirSync(dirname(this.full(newPath)), { recursive: true });
    renameSync(this.full(oldPath), this.full(newPath));
    this.files.delete(oldPath);
    file.path = newPath;
    this.add(file);
    this.trigger("rename", file, oldPath);
  }

  async delete(file: TAbstractFile): Promise<void> {
    rmSync(this.full(file.path), { recursive: true });
    this.files.delete(file.path);
    this.trigger("delete", file);
  }
}

export function vaultPath(root: string, full: string): string {
  return relative(root, full).split(sep).join("/");
}
