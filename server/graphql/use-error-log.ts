// Internal errors are logged once, in one line with the request id (stack at debug level), and
// every error in the answer carries the same id, so a user's report leads to the log line.
import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from '../log.ts';
import { isInternal, originalOf } from './format-error.ts';

export interface RequestIdContext {
  requestId: string;
}

export function useErrorLog<C extends RequestIdContext>(log: Logger): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue, operationName }) {
          for (const error of errors) {
            if (!isInternal(error)) continue;
            log.error(
              'internal error',
              { requestId: contextValue.requestId, operation: operationName ?? undefined, path: error.path?.join('.') },
              originalOf(error),
            );
          }
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
          const requestId = contextValue.requestId;
          response.body.singleResult.errors = response.body.singleResult.errors.map((e) => ({
            ...e,
            extensions: { ...e.extensions, requestId },
          }));
        },
      };
    },
  };
}
