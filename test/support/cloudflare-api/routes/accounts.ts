import type { TokenVerifyResponse } from 'cloudflare/resources/user/tokens/tokens';
import { ApiError, paginate } from '../envelope.js';
import type { ApiRequest, RouteModule } from '../server.js';
import type { ApiToken } from '../tokens.js';

function verify(token: ApiToken, kind: ApiToken['kind']): TokenVerifyResponse {
  // A user token is not known to the account endpoint and vice versa, as on the real API.
  if (token.kind !== kind) throw new ApiError(401, 1000, 'Invalid API Token');
  return { id: token.id, status: token.status };
}

function visibleAccounts(request: ApiRequest, state: Parameters<RouteModule[number]['handle']>[1]) {
  return [...state.accounts.values()]
    .filter((a) => request.token.accountIds.includes(a.account.id))
    .map((a) => a.account);
}

export const accountRoutes: RouteModule = [
  {
    id: 'accounts.list',
    method: 'GET',
    path: '/accounts',
    handle: (request, state) => paginate(visibleAccounts(request, state), request.query),
  },
  {
    id: 'accounts.get',
    method: 'GET',
    path: '/accounts/:account_id',
    handle: (request) => ({ result: request.account?.account }),
  },
  {
    // wrangler looks accounts up through memberships when no account id is given.
    id: 'memberships.list',
    method: 'GET',
    path: '/memberships',
    handle: (request, state) =>
      paginate(
        visibleAccounts(request, state).map((account) => ({
          id: account.id,
          account,
          status: 'accepted',
        })),
        request.query,
      ),
  },
  {
    id: 'user.tokens.verify',
    method: 'GET',
    path: '/user/tokens/verify',
    handle: (request) => ({ result: verify(request.token, 'user') }),
  },
  {
    id: 'accounts.tokens.verify',
    method: 'GET',
    path: '/accounts/:account_id/tokens/verify',
    handle: (request) => ({ result: verify(request.token, 'account') }),
  },
];
