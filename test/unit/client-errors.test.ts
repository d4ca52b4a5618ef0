import { describe, expect, it } from 'vitest';
import { ApiError } from '../../client/src/api.ts';
import { translate, type Key } from '../../client/src/i18n.ts';
import { errorText } from '../../client/src/ui/chrome.ts';

describe('what the explorer says when a request fails', () => {
  const de = (key: Key) => translate('de', key);
  const en = (key: Key) => translate('en', key);

  it('has a sentence of its own, in German and English, for each limit and outage the API answers with', () => {
    for (const code of ['DATABASE_UNAVAILABLE', 'RATE_LIMITED', 'QUERY_TIMEOUT', 'QUERY_TOO_COMPLEX']) {
      const err = new ApiError('server words', code);
      expect(errorText(de, err)).not.toMatch(/server words|Server antwortet nicht wie erwartet/);
      expect(errorText(en, err)).not.toBe(errorText(de, err));
    }
    expect(errorText(de, new ApiError('x', 'RATE_LIMITED'))).toMatch(/Zu viele Anfragen/);
  });

  it("shows the server's words for anything else", () => {
    expect(errorText(de, new ApiError('No organization with id "x".', 'NOT_FOUND'))).toBe(
      'Der Server antwortet nicht wie erwartet. (No organization with id "x".)',
    );
  });
});
