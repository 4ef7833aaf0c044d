import { enc } from '../actions/spec';
import { resultLine, runReported } from '../ui/actionForm';
import type { AppContext } from '../ui/app';
import { h } from '../ui/dom';
import { loader, table } from '../ui/cards';

interface StoredRecording { name: string; format: string }

/** Stored recordings: play in the page, download, delete (after a confirm). */
export function recordingsSection(app: AppContext, sys: (p: string) => string): HTMLElement {
  const section = loader('recordings', 'Stored recordings', () => app.api.get<StoredRecording[]>(sys('recordings')),
    (recs) => table(['Recording', 'Format', 'Play', ''], recs.map((r) => {
      const file = sys(`recordings/${enc(r.name)}/file`);
      const line = resultLine();
      const del = h('button', {
        type: 'button', class: 'danger', 'data-delete': r.name,
        onclick: async () => {
          if (window.confirm(`Delete recording ${r.name}?`)) {
            const ok = await runReported(line, () => app.api.delete<unknown>(sys(`recordings/${enc(r.name)}`)), () => `Deleted ${r.name}`);
            if (ok !== undefined || line.el.classList.contains('ok')) {
              del.disabled = true;
            }
          }
        },
      }, 'Delete');
      return [r.name, r.format, h('audio', { controls: true, preload: 'none', src: file }),
        [h('a', { href: file, download: `${r.name}.${r.format}` }, 'Download'), ' ', del, line.el]];
    })));
  return section;
}
