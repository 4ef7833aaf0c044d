import { h } from '../ui/dom';
import { timeOfDay } from './format';
import { playbackInstant } from './stale';

/** What the time-travel bar asks the page to do. */
export interface TimeTravelHandler {
  /** Show the figures at this instant (epoch ms); resolves once they are on screen. */
  showAt(atMs: number): Promise<void>;
  /** Back to the live push. */
  live(): void;
}

/**
 * Pick an instant, play it back at x speed (the page asks for successive instants, one at a time, so a slow
 * server only lowers the frame rate), or return to live. Playback that catches up with now returns to live.
 */
export class TimeTravelBar {
  readonly el: HTMLElement;
  private readonly at = h('input', { type: 'datetime-local', id: 'tt-at', step: 1 });
  private readonly speed = h('select', { id: 'tt-speed' }, [1, 10, 60, 300].map((s) => h('option', { value: s }, `${s}×`)));
  private readonly shown = h('span', { id: 'tt-shown' }, 'Live');
  private playing: { startAt: number; startedWall: number } | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly handler: TimeTravelHandler) {
    this.el = h('div', { class: 'time-travel', id: 'time-travel' },
      h('label', {}, 'Time travel ', this.at),
      h('button', { type: 'button', id: 'tt-show', onclick: () => void this.jump() }, 'Show'),
      this.speed,
      h('button', { type: 'button', id: 'tt-play', onclick: () => this.play() }, 'Play'),
      h('button', { type: 'button', id: 'tt-pause', onclick: () => this.pause() }, 'Pause'),
      h('button', { type: 'button', id: 'tt-live', onclick: () => this.backToLive() }, 'Back to live'),
      this.shown);
  }

  private picked(): number | null {
    const v = this.at.value;
    return v ? new Date(v).getTime() : null;
  }

  private async jump(): Promise<void> {
    this.pause();
    const at = this.picked();
    if (at !== null) {
      try {
        await this.handler.showAt(at);
        this.shown.textContent = `At ${timeOfDay(at)}`;
      } catch (e) {
        this.shown.textContent = (e as Error).message;
      }
    }
  }

  private play(): void {
    const at = this.picked() ?? Date.now() - 3600_000;
    this.playing = { startAt: at, startedWall: Date.now() };
    void this.frame();
  }

  private async frame(): Promise<void> {
    if (!this.playing) {
      return;
    }
    const at = playbackInstant(this.playing.startAt, this.playing.startedWall, Date.now(), Number(this.speed.value));
    if (at >= Date.now()) {
      this.backToLive();
      return;
    }
    try {
      await this.handler.showAt(at);
      this.shown.textContent = `Playing ${this.speed.value}× at ${timeOfDay(at)}`;
    } catch (e) {
      this.pause();
      this.shown.textContent = (e as Error).message;
      return;
    }
    this.timer = setTimeout(() => void this.frame(), 1000);
  }

  private pause(): void {
    this.playing = null;
    if (this.timer) clearTimeout(this.timer);
  }

  private backToLive(): void {
    this.pause();
    this.shown.textContent = 'Live';
    this.handler.live();
  }
}
