import { ApiError, type Api } from '../live';
import { h, replace } from '../ui/dom';
import type { CreatedKioskLink, KioskLink } from './types';

/** A wallboard's kiosk links: make one (its URL is shown once), list them, revoke at once. */
export class KioskLinksPanel {
  readonly el: HTMLElement;
  private readonly rows = h('tbody', { id: 'kiosk-links' });
  private readonly label = h('input', { id: 'kiosk-label', placeholder: 'Where the screen hangs', maxLength: 100 });
  private readonly created = h('p', { id: 'kiosk-created', class: 'result' });

  constructor(private readonly api: Api, private readonly wallboardId: number) {
    this.el = h('section', { id: 'wb-kiosk', class: 'editor' },
      h('h2', {}, 'Kiosk links'),
      h('p', { class: 'hint' }, 'A kiosk link opens this wallboard read-only, without login (TV mode). Revoking it disconnects its screens at once.'),
      h('label', {}, 'Label ', this.label),
      h('button', { type: 'button', id: 'kiosk-create', onclick: () => void this.create() }, 'Make kiosk link'),
      this.created,
      h('table', {}, h('thead', {}, h('tr', {}, ['Label', 'Made by', 'Made', 'Status', ''].map((c) => h('th', {}, c)))), this.rows));
    void this.refresh();
  }

  private async refresh(): Promise<void> {
    const links = await this.api.get<KioskLink[]>(`/api/wallboards/${this.wallboardId}/kiosk-links`);
    replace(this.rows, links.map((l) => h('tr', { 'data-link': l.id },
      h('td', {}, l.label), h('td', {}, l.createdBy), h('td', {}, new Date(l.createdAt).toLocaleString()),
      h('td', { class: 'status' }, l.active ? 'active' : `revoked by ${l.revokedBy}`),
      h('td', {}, l.active ? h('button', { type: 'button', class: 'danger', 'data-revoke': l.id,
        onclick: () => void this.revoke(l.id) }, 'Revoke') : null))));
  }

  private async create(): Promise<void> {
    try {
      const made = await this.api.post<CreatedKioskLink>(`/api/wallboards/${this.wallboardId}/kiosk-links`,
        { label: this.label.value });
      const url = `${window.location.origin}${made.path}`;
      replace(this.created, 'New link (shown only now): ', h('a', { id: 'kiosk-url', href: url, target: '_blank' }, url));
      this.created.className = 'result ok';
      await this.refresh();
    } catch (e) {
      this.created.textContent = e instanceof ApiError ? e.message : String(e);
      this.created.className = 'result err';
    }
  }

  private async revoke(id: number): Promise<void> {
    await this.api.delete(`/api/wallboards/${this.wallboardId}/kiosk-links/${id}`);
    await this.refresh();
  }
}
