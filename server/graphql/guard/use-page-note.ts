// A list of the generated entity API that comes back exactly as long as its page may be was cut
// short, as far as the client can tell: the answer says so in extensions.pageLimit, with the path
// of each such list and how to get the rest, so a script does not mistake a first page for all.
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { getNamedType, getNullableType, isListType, isObjectType, responsePathAsArray, type GraphQLResolveInfo } from 'graphql';
import { pageSize } from './page-size.ts';

/** One list of an answer that filled its page. */
export interface PageNote {
  /** Where in data, list indices included: ['competences', 0, 'organizations']. */
  path: (string | number)[];
  pageSize: number;
  hint: string;
}

type Paged = { kind: 'list' | 'connection'; size: number };

/** The page a field of the generated API is given: its limit (first), else the default. */
function pageOf(info: GraphQLResolveInfo, args: Record<string, unknown>, entityTypes: ReadonlySet<string>): Paged | null {
  const named = getNamedType(info.returnType);
  const requested = (name: string) => (typeof args[name] === 'number' ? (args[name] as number) : pageSize.default);
  if (isListType(getNullableType(info.returnType)) && entityTypes.has(named.name)) return { kind: 'list', size: requested('limit') };
  if (isObjectType(named) && named.getFields().pageInfo) return { kind: 'connection', size: requested('first') };
  return null;
}

function itemsOf(result: unknown, kind: Paged['kind']): number | null {
  if (kind === 'list') return Array.isArray(result) ? result.length : null;
  const edges = result !== null && typeof result === 'object' ? (result as { edges?: unknown }).edges : undefined;
  return Array.isArray(edges) ? edges.length : null;
}

function hint(info: GraphQLResolveInfo, page: Paged): string {
  const shown = `Showing the first ${page.size}, a full page: there may be more.`;
  if (page.kind === 'connection') {
    return `${shown} Page on with after: pageInfo.endCursor (first: up to ${pageSize.max} per page).`;
  }
  const connection = `${info.fieldName}Connection`;
  const paging = info.parentType.getFields()[connection] ? ` or page with ${connection}(first, after)` : '';
  return `${shown} Ask for more with limit and offset (up to ${pageSize.max} per page)${paging}.`;
}

/** Notes every list of the entity API (`entityTypes` are its node types) that filled its page. */
export function usePageNote<C extends BaseContext>(entityTypes: ReadonlySet<string>): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      const notes: PageNote[] = [];
      return {
        async executionDidStart() {
          return {
            willResolveField({ info, args }) {
              const page = pageOf(info, args, entityTypes);
              if (!page || page.size === 0) return;
              return (error, result) => {
                if (!error && itemsOf(result, page.kind) === page.size) {
                  notes.push({ path: responsePathAsArray(info.path), pageSize: page.size, hint: hint(info, page) });
                }
              };
            },
          };
        },
        async willSendResponse({ response }) {
          if (notes.length > 0 && response.body.kind === 'single') {
            response.body.singleResult.extensions = { ...response.body.singleResult.extensions, pageLimit: notes };
          }
        },
      };
    },
  };
}
