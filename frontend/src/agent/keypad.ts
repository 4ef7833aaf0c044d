import { h } from '../ui/dom';
import { validDtmf } from './callLogic';

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '0', '#'];

/** The DTMF keypad: a key sends its digit at once; the field sends a string (e.g. an extension) in one go. */
export function keypad(send: (digits: string) => Promise<unknown>): HTMLElement {
  const input = h('input', { id: 'dtmf-input', type: 'text', inputmode: 'tel', autocomplete: 'off', placeholder: 'Digits, e.g. 123#', 'aria-label': 'Digits to send', size: 12 });
  const form = h('form', { class: 'desk-row', id: 'dtmf-form' }, input, h('button', { type: 'submit', id: 'btn-dtmf' }, 'Send digits'));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const digits = input.value.trim().toUpperCase();
    if (!validDtmf(digits)) {
      input.setCustomValidity('1 to 32 of 0-9 * # A-D');
      input.reportValidity();
      return;
    }
    input.setCustomValidity('');
    void send(digits).then(() => { input.value = ''; });
  });
  input.addEventListener('input', () => input.setCustomValidity(''));
  const pad = h('div', { class: 'keypad', role: 'group', 'aria-label': 'Keypad' },
    KEYS.map((k) => h('button', { type: 'button', 'data-digit': k, 'aria-label': `Send ${k}`, onclick: () => void send(k) }, k)));
  return h('div', { id: 'keypad', class: 'keypad-box' }, h('h3', {}, 'Keypad (DTMF)'), pad, form);
}
