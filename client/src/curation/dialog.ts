// A modal dialog (the native <dialog>: focus stays inside, Escape cancels) for signing in and
// the forms that are not part of the detail panel. The caller decides what closing means.
import { h } from '../dom.ts';

export interface Dialog {
  /** The dialog's body, for the caller's content. */
  body: HTMLElement;
  destroy(): void;
}

export function openDialog(id: string, title: string, onCancel: () => void, closeLabel: string): Dialog {
  const heading = h('h2', { id: `${id}-title` }, title);
  const body = h('div', { className: 'dialog-body' });
  const dialog = h(
    'dialog',
    { id, className: 'dialog', 'aria-labelledby': `${id}-title` },
    h(
      'div',
      { className: 'dialog-head' },
      heading,
      h('button', { type: 'button', className: 'close', 'aria-label': closeLabel, onclick: onCancel }, '✕'),
    ),
    body,
  );
  // Escape: the browser would close the dialog itself; the store decides instead.
  const onCancelEvent = (e: Event) => {
    e.preventDefault();
    onCancel();
  };
  dialog.addEventListener('cancel', onCancelEvent);
  document.body.append(dialog);
  dialog.showModal();
  return {
    body,
    destroy() {
      dialog.removeEventListener('cancel', onCancelEvent);
      if (dialog.open) dialog.close();
      dialog.remove();
    },
  };
}

/** Moves the focus to the first field of a form once it is on the page. */
export function focusFirst(root: HTMLElement): void {
  root.querySelector<HTMLElement>('input, select, textarea, button[type=submit]')?.focus();
}
