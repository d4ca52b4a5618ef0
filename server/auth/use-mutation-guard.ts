// Mutations over GraphQL, checked before any resolver runs: a cookie-authenticated request needs
// the session's CSRF token (csrf.ts), and a user who must change the password may do only that.
// Queries pass untouched: reading changes nothing, and the public reads without signing in.
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind } from 'graphql';
import { ErrorCode } from '../errors.ts';
import { csrfError, csrfHeader, csrfProblem } from './csrf.ts';
import { signInOf } from './sign-in.ts';
import type { Viewer } from './viewer.ts';

/** The one mutation allowed while mustChangePassword is set. */
const passwordChange = 'changePassword';

export function useMutationGuard<C extends { viewer: Viewer }>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request, contextValue }) {
          if (operation?.operation !== 'mutation') return;
          const viewer = contextValue.viewer;
          const problem = csrfProblem(viewer, request.http?.headers.get(csrfHeader));
          if (problem) throw csrfError(problem);
          if (signInOf(viewer)?.mustChangePassword !== true) return;
          const fields = operation.selectionSet.selections.map((s) => (s.kind === Kind.FIELD ? s.name.value : '…'));
          const others = fields.filter((f) => f !== passwordChange && f !== '__typename');
          if (others.length > 0) {
            throw new GraphQLError(
              `You must change your one-time password first (mutation ${passwordChange}); ${others.join(', ')} is not allowed until then.`,
              { extensions: { code: ErrorCode.Forbidden, http: { status: 403 } } },
            );
          }
        },
      };
    },
  };
}
