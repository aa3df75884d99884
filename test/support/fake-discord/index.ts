export { FakeDiscord, MEMBER_PERMISSIONS, MODERATOR_PERMISSIONS, shardOf, snowflake } from './server.js';
export type { FakeGuild, FakeInteraction, FakeUser, RecordedRequest, RequestFault, RequestHook, RouteFailure, StoredMessage } from './server.js';
export { checkChoices, checkCommand, checkMessage, embedCharacters, invalidFormBody } from './limits.js';
