import type { User } from '../auth/users.ts';

/**
 * The SQL form of shared/sync/scope.ts inReaderScope, for a query over `records`: staff read
 * their centre's records and the global ones but global conflicts. `param` is the placeholder
 * that carries the user's centre; the region gets no condition and no parameter.
 */
export function readerScopeSql(user: User, param: number): { sql: string; params: unknown[] } {
  if (user.role === 'regional') return { sql: 'true', params: [] };
  return {
    sql: `(centre_id = $${param}::uuid or (centre_id is null and collection <> 'conflicts'))`,
    params: [user.centreId],
  };
}
