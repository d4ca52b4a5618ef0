// An upload in words: its size, and why it failed (too large, not allowed, signed out, refused
// with the server's reason, or broken), for the import dialog's status line.
import { formatNumber, type Key, type Lang } from '../i18n.ts';
import { UploadError } from './imports-api.ts';
import { failureText } from './outcome.ts';

export function formatSize(lang: Lang, bytes: number): string {
  if (bytes < 1024 * 1024) return `${formatNumber(lang, Math.max(1, Math.round(bytes / 1024)))} KB`;
  return `${formatNumber(lang, Math.round(bytes / 1024 / 1024))} MB`;
}

/** A failed upload in words: too large, not allowed, signed out, refused (with the server's reason), or broken. */
export function uploadFailureText(t: (key: Key) => string, err: unknown): string {
  if (!(err instanceof UploadError)) return failureText(t, err);
  const detail = err.detail ? ` (${err.detail})` : '';
  switch (err.failure) {
    case 'tooLarge':
      return `${t('importTooLarge')}${detail}`;
    case 'forbidden':
      return `${t('forbidden')}${detail}`;
    case 'signedOut':
      return t('sessionEnded');
    case 'rejected':
      return `${t('importRejected')}${detail}`;
    case 'network':
      return t('importNetwork');
    case 'server':
      return t('importServer');
  }
}
