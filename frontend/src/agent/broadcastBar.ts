import type { Broadcast } from '../live';
import { h, replace } from '../ui/dom';
import { visibleBroadcasts, type DismissedBroadcasts } from './broadcasts';

/** Supervisor broadcasts as banners above the desktop, each with its own "Dismiss" button. */
export class BroadcastBar {
  readonly el = h('div', { id: 'broadcasts', class: 'broadcasts', 'aria-live': 'assertive' });
  private shown = '';

  constructor(private readonly dismissed: DismissedBroadcasts) {
  }

  update(all: readonly Broadcast[], myQueues: readonly string[]): void {
    const visible = visibleBroadcasts(all, this.dismissed.ids, myQueues);
    const key = visible.map((b) => b.id).join(',');
    if (key === this.shown) {
      return; // unchanged: keep the elements (and a focused Dismiss button)
    }
    this.shown = key;
    replace(this.el, visible.map((b) => h('div', { class: 'broadcast', role: 'alert', 'data-id': b.id },
      h('strong', {}, `Message from ${b.from}`), b.queues?.length ? h('span', { class: 'muted' }, ` to ${b.queues.join(', ')}`) : null,
      h('time', { class: 'muted', datetime: b.at }, ` ${clock(b.at)}`), h('p', { class: 'broadcast-text' }, b.text),
      h('button', {
        type: 'button', class: 'dismiss', 'aria-label': `Dismiss the message from ${b.from}`,
        onclick: () => {
          this.dismissed.dismiss(b.id);
          this.update(all, myQueues);
        },
      }, 'Dismiss'))));
  }
}

function clock(iso: string): string {
  const t = new Date(iso);
  return Number.isNaN(t.getTime()) ? '' : t.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
}
