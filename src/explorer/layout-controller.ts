// Main-thread lifecycle of the ForceAtlas2 layout (start, stop, kill, isRunning) over the worker's layout methods:
// one step in flight at a time, a frame per step, and a turn of the event loop between steps.

import type {
  LayoutApi,
  LayoutFrame,
  LayoutInput,
  LayoutSettings,
  ResolvedLayoutSettings,
} from "../../workers/protocol.ts";

export interface LayoutControllerState {
  running: boolean;
  /** Iterations since the last `init`, as of the latest frame. */
  iterations: number;
  converged: boolean;
}

export interface LayoutControllerListeners {
  /** Each step's frame, in order; never called after `stop()` or `kill()` returns, nor for a replaced layout. */
  onFrame(frame: LayoutFrame): void;
  /** When `running` or `converged` changes, or `init` resets the count. */
  onStateChange?(state: LayoutControllerState): void;
  /** A step the worker rejected (or `onFrame` threw); the layout has stopped. Without it: an unhandled rejection. */
  onError?(error: unknown): void;
}

export class LayoutController {
  private api: LayoutApi;
  private listeners: LayoutControllerListeners;
  private ready: Promise<boolean> | null = null;
  /** Bumped by `init` so a frame from the replaced layout is dropped. */
  private generation = 0;
  private running = false;
  private looping = false;
  private killed = false;
  private iterations = 0;
  private converged = false;
  private pause: ReturnType<typeof setTimeout> | null = null;
  private resume: (() => void) | null = null;

  constructor(api: LayoutApi, listeners: LayoutControllerListeners) {
    this.api = api;
    this.listeners = listeners;
  }

  /** Sends a graph to the worker, replacing any previous one; stops a running layout. Rejects `layout.init: …`. */
  async init(input: LayoutInput, settings?: Partial<LayoutSettings>): Promise<ResolvedLayoutSettings> {
    this.assertAlive("init");
    this.generation++;
    this.running = false;
    this.iterations = 0;
    this.converged = false;
    this.emitState();
    const initialized = this.api.layoutInit(input, settings);
    // The caller gets the rejection; the loop only needs to know whether there is a layout to step.
    this.ready = initialized.then(
      () => true,
      () => false,
    );
    return initialized;
  }

  /** Runs steps until `stop`, `kill`, or convergence; a no-op while running. Needs `init` first (it may be pending). */
  start(): void {
    this.assertAlive("start");
    if (this.ready === null) throw new Error("layout.start: call init() first");
    if (this.running) return;
    this.running = true;
    this.emitState();
    if (!this.looping) void this.loop();
  }

  /** Stops after the step in flight, whose frame is dropped; `start` resumes where it stopped. */
  stop(): void {
    if (!this.running) return;
    this.running = false;
    this.wakeLoop();
    this.emitState();
  }

  /** Stops for good, disposes the worker's layout and drops the listeners; idempotent. The worker stays up. */
  kill(): void {
    if (this.killed) return;
    this.stop();
    this.killed = true;
    this.listeners = { onFrame: () => {} };
    this.ready = null;
    const api = this.api;
    Promise.resolve()
      .then(() => api.layoutDispose())
      .catch(() => {
        // Only a terminated worker refuses to dispose, and its layout went with it.
      });
  }

  isRunning(): boolean {
    return this.running;
  }

  /** Fixes a node where the user drags it; a converged layout wakes on the next `start`. */
  async pin(index: number, x: number, y: number): Promise<void> {
    this.assertAlive("pin");
    await this.api.layoutPin(index, x, y);
    this.wakeState();
  }

  async unpin(index: number): Promise<void> {
    this.assertAlive("unpin");
    await this.api.layoutUnpin(index);
    this.wakeState();
  }

  private async loop(): Promise<void> {
    this.looping = true;
    try {
      while (this.running) {
        const generation = this.generation;
        const ready = await this.ready;
        if (!ready) {
          if (generation === this.generation) this.halt();
          continue;
        }
        if (!this.running || generation !== this.generation) continue;
        const frame = await this.api.layoutStep();
        if (!this.running || generation !== this.generation) continue;
        this.iterations = frame.iterations;
        this.listeners.onFrame(frame);
        if (frame.converged) {
          this.converged = true;
          this.halt();
        } else {
          await this.yieldToEventLoop();
        }
      }
    } catch (error) {
      if (!this.killed) {
        this.halt();
        const onError = this.listeners.onError;
        if (onError) onError(error);
        else throw error;
      }
    } finally {
      this.looping = false;
    }
  }

  /** A macrotask between steps, so input and rendering run even when the api answers synchronously. */
  private yieldToEventLoop(): Promise<void> {
    return new Promise((resolve) => {
      this.resume = resolve;
      this.pause = setTimeout(() => this.wakeLoop(), 0);
    });
  }

  private wakeLoop(): void {
    if (this.pause !== null) clearTimeout(this.pause);
    this.pause = null;
    const resume = this.resume;
    this.resume = null;
    resume?.();
  }

  private halt(): void {
    this.running = false;
    this.emitState();
  }

  private wakeState(): void {
    if (!this.converged) return;
    this.converged = false;
    this.emitState();
  }

  private emitState(): void {
    this.listeners.onStateChange?.({ running: this.running, iterations: this.iterations, converged: this.converged });
  }

  private assertAlive(verb: string): void {
    if (this.killed) throw new Error(`layout.${verb}: the layout controller was killed`);
  }
}
