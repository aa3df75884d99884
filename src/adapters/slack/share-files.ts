import type { webApi } from '@slack/bolt';
import { noticeReply, type Reply, type ReplyFile, type ReplySection } from '../../briefings/reply.js';
import type { Logger } from '../../logger.js';
import { fitFiles } from '../files.js';
import { fitText } from '../fit-text.js';
import { SLACK_LIMITS } from './render.js';

/**
 * Files go to Slack with the upload API (files.getUploadURLExternal, the bytes to the URL it gives,
 * then files.completeUploadExternal to share them in the channel; the client's filesUploadV2 makes
 * the three calls, and the app needs the `files:write` scope). A shared file is seen by everyone in
 * the channel, so only public replies share files; a private reply says where to ask instead.
 */

export interface FileDestination {
  readonly channel: string;
  readonly threadTs?: string;
}

/**
 * The reply to render (with a note for any file left out) and the files to share after it. A private
 * reply keeps what can be said in text: each file's one-line `preview` (a chart's sparkline; its alt
 * text is already the reply's lead) and, when given, `lineToShare`, the command that posts it for everyone.
 */
export function filesToShare(reply: Reply, lineToShare?: string): { readonly reply: Reply; readonly files: readonly ReplyFile[] } {
  if (!reply.files?.length) return { reply, files: [] };
  if (reply.visibility === 'ephemeral') {
    const previews = reply.files.flatMap((file) => (file.preview ? [file.preview] : []));
    const glance: ReplySection[] = previews.length ? [{ heading: 'At a glance', text: previews.join('\n'), items: [] }] : [];
    const names = reply.files.map((file) => file.name).join(', ');
    const share = lineToShare ? ` To post it in this conversation for everyone, type ${lineToShare}.` : '';
    const text = `Slack shares a file with everyone in the conversation, so this reply, shown only to you, leaves out ${names}.${share} To get it privately, ask in a direct message with the bot.`;
    return { reply: { ...reply, sections: [...reply.sections, ...glance, { heading: 'Not attached', text, items: [] }], files: [] }, files: [] };
  }
  return fitFiles(reply, { platform: 'Slack', maxBytes: SLACK_LIMITS.fileBytes, maxFiles: SLACK_LIMITS.filesPerShare });
}

/** Shares the files in the conversation; resolves with a private notice for the user when Slack refuses, else undefined. */
export async function shareFiles(client: webApi.WebClient, log: Logger, to: FileDestination, files: readonly ReplyFile[]): Promise<Reply | undefined> {
  if (files.length === 0) return undefined;
  try {
    await client.filesUploadV2({
      channel_id: to.channel,
      ...(to.threadTs ? { thread_ts: to.threadTs } : {}),
      file_uploads: files.map((file) => ({ file: Buffer.from(file.data), filename: file.name, title: file.name, alt_text: fitText(file.description, SLACK_LIMITS.altText) })),
    });
    return undefined;
  } catch (error) {
    const code = slackErrorCode(error);
    log.warn({ err: error, platform: 'slack', files: files.map((f) => f.name) }, 'slack file upload failed');
    const names = files.map((f) => f.name).join(', ');
    const hint = code === 'not_in_channel' || code === 'channel_not_found'
      ? 'The bot can share files only in conversations it is a member of: invite it to this channel, or ask in a direct message with it.'
      : 'Try again in a moment.';
    return noticeReply('File not shared', `Slack did not accept ${names}${code ? ` (${code})` : ''}. ${hint}`);
  }
}

function slackErrorCode(error: unknown): string | undefined {
  const data = (error as { data?: { error?: unknown } } | undefined)?.data;
  return typeof data?.error === 'string' ? data.error : undefined;
}
