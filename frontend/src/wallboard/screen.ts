import { h } from '../ui/dom';
import { BoardScreen } from './board';
import { timeOfDay } from './format';
import { pushUrl, WallboardPush, type PushState } from './push';
import type { Board, Figures, PushFrame } from './types';

/**
 * One wallboard on screen: header (name, status, instant shown, alarm banner), the board, and the push feeding it.
 * While time travel shows a past instant, pushed figures are kept aside and shown again on "back to live".
 */
export class WallboardScreen {
  readonly el: HTMLElement;
  readonly tools = h('div', { class: 'wb-tools' });
  private readonly title = h('h1', { id: 'wb-title' });
  private readonly status = h('span', { id: 'wb-status', class: 'status connecting' }, 'Connecting…');
  private readonly shownAt = h('span', { id: 'wb-at' });
  private readonly alarm = h('div', { id: 'wb-alarm', class: 'alarm-banner', hidden: true });
  private readonly screen: BoardScreen;
  private readonly push: WallboardPush;
  private lastLive: Figures | null = null;
  private travelling = false;

  constructor(board: Board, kioskToken: string | null, onLayout: (b: Board) => void = () => undefined) {
    const body = h('main', { id: 'wb-board', class: 'board' });
    this.screen = new BoardScreen(body, this.alarm, new Map());
    this.el = h('div', { class: 'wallboard' },
      h('header', { class: 'wb-header' }, this.title, this.status, this.shownAt, this.tools), this.alarm, body);
    this.layout(board);
    this.push = new WallboardPush({
      url: pushUrl(board.id, kioskToken),
      onFrame: (f) => this.frame(f, onLayout),
      onState: (s) => this.showState(s),
    });
    this.push.start();
  }

  private layout(board: Board): void {
    this.title.textContent = board.name;
    this.screen.setLayout(board);
  }

  private frame(f: PushFrame, onLayout: (b: Board) => void): void {
    if (f.type === 'hello') {
      this.screen.setMetrics(f.metrics);
      this.layout(f.wallboard);
    } else if (f.type === 'layout') {
      this.layout(f.wallboard);
      onLayout(f.wallboard);
    } else if (f.type === 'figures') {
      this.lastLive = f;
      if (!this.travelling) this.show(f);
    }
  }

  /** Figures of a past instant (time travel); live figures wait until {@link live}. */
  showPast(f: Figures): void {
    this.travelling = true;
    this.show(f);
  }

  live(): void {
    this.travelling = false;
    if (this.lastLive) this.show(this.lastLive);
  }

  private show(f: Figures): void {
    this.screen.setFigures(f);
    this.shownAt.textContent = f.live ? '' : `as at ${timeOfDay(f.atMs)}`;
    this.el.classList.toggle('past', !f.live);
  }

  private showState(s: PushState): void {
    const text = { connecting: 'Connecting…', live: 'Live', stale: 'Stale', refused: '' }[s.kind];
    this.status.textContent = s.kind === 'refused' ? s.reason : text;
    this.status.className = `status ${s.kind}`;
    this.el.classList.toggle('stale', s.kind === 'stale' || s.kind === 'refused');
  }

  stop(): void {
    this.push.stop();
  }
}
