import { httpStatus, type Octokit } from './octokit.js';

/** The author GitHub lists on a comment or an issue. */
export interface Author {
  login: string;
  type: string;
}

const logins = new WeakMap<Octokit, Promise<string | undefined>>();

/** The login behind the token, or undefined when GitHub will not say (installation tokens). Asked once per client. */
export function authenticatedLogin(octokit: Octokit): Promise<string | undefined> {
  let login = logins.get(octokit);
  if (!login) {
    login = octokit.rest.users.getAuthenticated().then(
      ({ data }) => data.login,
      (error: unknown) => {
        const status = httpStatus(error);
        if (status === 401 || status === 403 || status === 404) return undefined;
        throw error;
      },
    );
    logins.set(octokit, login);
  }
  return login;
}

/**
 * Whether something carrying our hidden marker was written by us: by the token's identity when
 * GitHub names it, else by a bot (GITHUB_TOKEN writes as `github-actions[bot]`). Anyone can paste
 * the marker into a comment or an issue; no person's text is ever taken for ours.
 */
export function writtenByUs(author: Author | null | undefined, login: string | undefined): boolean {
  if (!author) return false;
  return login ? author.login === login : author.type === 'Bot';
}
