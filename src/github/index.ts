/**
 * GitHub access: one configured client and its error type. The operations on it live beside
 * this file, one per thing they touch (pulls.ts, teams.ts, branches.ts...), and nothing
 * outside src/github/ calls the API itself (test/github/api-door.test.ts holds to that).
 */
export {
  apiUrlFrom,
  createGitHubClient,
  DEFAULT_API_URL,
  type GitHubClient,
  type GitHubClientOptions,
} from './client.js';
export { GitHubError } from './errors.js';
export { ownIdentity, writtenBy, type OwnIdentity } from './identity.js';
export { redact, silentLogger, type Logger } from './log.js';
export { actionLogger, logText } from './action-log.js';
