/**
 * "When did Russia last change its own laws?", "amend its legislation", "rewrite its laws": a state
 * changes its laws by passing one, which the records tell as a law signed ("Putin signs law making …")
 * or amendments approved. "Change" and "own" match nothing and sank the question; the phrase is read
 * as "sign a law" (verbs.ts reads "pass a law" so). A named law or the constitution ("amend its
 * constitution") is left as typed: that names the thing.
 */

const CHANGE_LAWS = /\b(?:change|changes|changed|changing|amend|amends|amended|amending|rewrite|rewrites|rewrote|rewriting|alter|alters|altered|altering|update|updates|updated|updating)\s+(?:(?:its|their|the|his|her|russia['’]s|japan['’]s)\s+)?(?:own\s+)?(?:domestic\s+)?(?:laws|legislation|legal\s+code)\b/giu;

export function lawChange(question: string): string {
  return question.replace(CHANGE_LAWS, 'sign a law');
}
