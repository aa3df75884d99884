export { FakeDiscord, MEMBER_PERMISSIONS, MODERATOR_PERMISSIONS, snowflake } from './server.js';
export type { FakeInteraction, FakeUser, RecordedRequest, RequestFault, RequestHook, RouteFailure, StoredMessage } from './server.js';
export { checkChoices, checkCommand, checkMessage, embedCharacters, invalidFormBody } from './limits.js';
