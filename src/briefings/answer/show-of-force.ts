/**
 * "When did Russia last flex its military muscle around Shikotan?", "a show of force near the
 * islands": everyday idioms for a military display, which the records tell as drills or exercises.
 * Read as words to match ("flex", "muscle") they match nothing and sink the question; they are read
 * as "hold drills" / "drills". A display that no record calls drills is still not answered.
 */

const FLEX = /\b(?:flex|flexes|flexed|flexing)\s+(?:(?:its|their|his|her|some|the)\s+)?(?:(?:military|naval|armed)\s+)?muscles?\b/giu;
const SHOW_OF_FORCE = /\b(?:show|shows|display|displays|demonstration|demonstrations)\s+of\s+(?:military\s+)?(?:force|strength|might|power)\b/giu;
/** The verb before a show of force: "put on / staged / made a show of force" is holding drills. */
const STAGED = /\b(?:put|puts|putting|stage|stages|staged|staging|make|makes|made|making|mount|mounts|mounted|mounting)\s+(?:on\s+)?(?:a|an|another|its)\s+(?=drills\b)/giu;

export function showOfForce(question: string): string {
  return question.replace(FLEX, 'hold drills').replace(SHOW_OF_FORCE, 'drills').replace(STAGED, 'hold ');
}
