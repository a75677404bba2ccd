/** GitHub access for the workflows: one configured client and its error type. */
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
