/** Obsidian's Events and Component: listeners that a component removes when it unloads. */
export interface EventRef {
  source: Events;
  name: string;
  callback: (...args: never[]) => unknown;
}

export class Events {
  private listeners = new Map<string, EventRef[]>();

  on(name: string, callback: (...args: never[]) => unknown): EventRef {
    const ref = { source: this, name, callback };
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), ref]);
    return ref;
  }

  offref(ref: EventRef): void {
    this.listeners.set(ref.name, (this.listeners.get(ref.name) ?? []).filter((r) => r !== ref));
  }

  trigger(name: string, ...args: unknown[]): void {
    for (const ref of this.listeners.get(name) ?? []) (ref.callback as (...a: unknown[]) => unknown)(...args);
  }

  listenerCount(name: string): number {
    return (this.listeners.get(name) ?? []).length;
  }
}

export class Component {
  private cleanups: Array<() => void> = [];
  private children: Component[] = [];
  loaded = false;

  /** Obsidian awaits an async onload; so can a test. */
  load(): Promise<void> {
    this.loaded = true;
    return Promise.resolve(this.onload());
  }

  unload(): void {
    for (const child of this.children) child.unload();
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    this.loaded = false;
    this.onunload();
  }

  onload(): void | Promise<void> {}
  onunload(): void {}

  register(cleanup: () => void): void {
    this.cleanups.push(cleanup);
  }

  registerEvent(ref: EventRef): void {
    this.register(() => ref.source.offref(ref));
  }

  registerDomEvent(el: EventTarget, type: string, callback: (event: Event) => void): void {
    el.addEventListener(type, callback);
    this.register(() => el.removeEventListener(type, callback));
  }

  registerInterval(id: number): number {
    this.register(() => window.clearInterval(id));
    return id;
  }

  addChild<T extends Component>(child: T): T {
    this.children.push(child);
    void child.load();
    return child;
  }
}
