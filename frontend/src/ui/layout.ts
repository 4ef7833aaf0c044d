import type { LinkState, SessionInfo } from '../live';
import { h, replace } from './dom';
import { duration, since } from './format';

export interface NavItem { hash: string; label: string }

/**
 * The frame shared by every page: brand, navigation, who is logged in, the live-link banner and the main area.
 * Elements with data-since tick every second (call durations).
 */
export class Layout {
  readonly main = h('main', { id: 'main' });
  private readonly banner = h('div', { id: 'link-banner', class: 'banner', role: 'alert', hidden: true });
  private readonly status = h('span', { id: 'link-status', class: 'link-status' });
  private readonly nav: HTMLElement;

  constructor(root: HTMLElement, items: NavItem[], session: SessionInfo, private readonly reconnect: () => void) {
    this.nav = h('nav', { 'aria-label': 'Pages' }, items.map((i) => h('a', { href: i.hash, 'data-nav': i.hash.slice(2) }, i.label)));
    const who = h('span', { class: 'who' }, session.displayName ?? session.username, ` (${session.roles.join(', ')})`);
    const header = h('header', { class: 'top' },
      h('a', { href: '/', class: 'brand', title: 'Home' }, 'Callcenter'), this.nav, h('div', { class: 'right' }, this.status, who,
        h('a', { href: '/app/wallboard.html', class: 'home', id: 'nav-wallboard' }, 'Wallboards'), ' ', h('a', { href: '/', class: 'home' }, 'Home')));
    replace(root, header, this.banner, this.main);
    setInterval(() => this.tick(), 1000);
  }

  setActive(hash: string): void {
    this.nav.querySelectorAll('a').forEach((a) => a.classList.toggle('active', a.getAttribute('href') === hash));
  }

  /** Banner and status dot follow the live link. */
  showLink(state: LinkState): void {
    if (state.kind === 'ended') {
      this.status.className = 'link-status stopped';
      this.status.textContent = 'Logged out';
      this.showFatal(`${state.reason}.`, { href: '/login', label: 'Log in again' });
      return;
    }
    this.status.className = `link-status ${state.kind}`;
    this.status.textContent = state.kind === 'live' ? 'Live' : state.kind === 'connecting' ? 'Connecting…' : state.kind === 'stopped' ? 'Stopped' : 'Disconnected';
    if (state.kind === 'live') {
      this.banner.hidden = true;
      document.body.classList.remove('offline');
      return;
    }
    document.body.classList.add('offline');
    this.banner.hidden = false;
    if (state.kind === 'reconnecting') {
      replace(this.banner,
        h('strong', {}, 'Disconnected — '), `${state.reason}. Reconnecting in `,
        h('span', { 'data-until': String(state.retryAt) }, duration((state.retryAt - Date.now()) / 1000)),
        ` (attempt ${state.attempt}). What you see may be out of date. `,
        h('button', { type: 'button', id: 'reconnect-now', onclick: this.reconnect }, 'Reconnect now'));
    } else if (state.kind === 'connecting') {
      replace(this.banner, h('strong', {}, 'Reconnecting…'), state.attempt > 1 ? ` attempt ${state.attempt}` : ' connecting to the live feed');
    } else {
      replace(this.banner, h('strong', {}, 'Live updates stopped.'));
    }
  }

  /** A banner that stays: the session is gone or the user may not see the feed. */
  showFatal(text: string, link?: { href: string; label: string }): void {
    this.banner.hidden = false;
    document.body.classList.add('offline');
    replace(this.banner, h('strong', {}, text), link ? [' ', h('a', { href: link.href }, link.label)] : null);
  }

  private tick(): void {
    const now = Date.now();
    document.querySelectorAll<HTMLElement>('[data-since]').forEach((el) => { el.textContent = since(el.dataset.since, now); });
    document.querySelectorAll<HTMLElement>('[data-until]').forEach((el) => {
      el.textContent = duration(Math.max(0, (Number(el.dataset.until) - now) / 1000));
    });
  }
}
