/**
 * Discord's hard limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits and
 * friends). The renderer keeps every reply inside them; Discord rejects a message that breaks any of them
 * with 400 "Invalid Form Body" (code 50035) and the user sees nothing.
 */
export const DISCORD_LIMITS = {
  content: 2_000,
  embedsPerMessage: 10,
  /** Characters across every embed of one message: titles, descriptions, field names and values, footers, authors. */
  embedTotal: 6_000,
  title: 256,
  description: 4_096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1_024,
  footer: 2_048,
  author: 256,
  customId: 100,
  buttonLabel: 80,
  /** Action rows on one message, and buttons in one row. */
  actionRows: 5,
  buttonsPerRow: 5,
  autocompleteChoices: 25,
  choiceName: 100,
  choiceValue: 100,
  commandDescription: 100,
  stringOptionMaxLength: 6_000,
  modalTitle: 45,
  /** Text inputs in one modal (one per action row). */
  modalInputs: 5,
  inputLabel: 45,
  inputPlaceholder: 100,
  inputValue: 4_000,
  /**
   * Bytes of files on one message. Discord's upload limit for a server without boosts (10 MiB today,
   * 8 MiB until 2024): the lower figure, so a reply fits wherever the bot is.
   */
  attachmentBytes: 8 * 1024 * 1024,
  attachmentsPerMessage: 10,
  /** An attachment's description (its alt text). */
  attachmentDescription: 1_024,
  /** The first response to an interaction must arrive within this many milliseconds. */
  interactionDeadlineMs: 3_000,
} as const;
