export { blockActions } from './block-actions.js';
export { BLOCK_KIT_LIMITS, checkBlocks, checkMessage, type MessageCheck } from './block-kit.js';
export { checkView } from './views.js';
export { ID_PATTERNS, messageTs, slackId } from './ids.js';
export { FakeSlack, type Ack, type OpenedView, type FakeChannel, type FakeOrg, type FakeSlackOptions, type FakeWorkspace, type FakeUser, type PostedMessage, type RecordedRequest, type Upload } from './server.js';
export {
  eventCallback,
  postSigned,
  sendEvent,
  sendInteraction,
  sendSlashCommand,
  slackSignature,
  slashCommand,
  viewSubmission,
  type MessageEventInput,
  type SentRequest,
  type SignOptions,
  type SlashCommandFields,
} from './signed-requests.js';
