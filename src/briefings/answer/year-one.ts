/**
 * "The latest protest of drills before the 2025 Shikotan one": "the <year> … one" points back to a
 * thing of that year the question names; the words between ("Shikotan") only say which, and read as
 * words to match they pull the answer to that very thing (which is after the bound, not before it).
 * The phrase is read as its year: "before 2025". That bound is a year, not the thing's day: a match
 * earlier in the same year is left out, which is the safer side (the answer is still before the thing).
 */

const YEAR_ONE = /\b(before|after|since|until|till|prior\s+to|preceding|following)\s+the\s+((?:1[89]|20)\d\d)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:one|ones|event|episode|incident|time|occasion)\b/giu;

export function yearOfTheOne(question: string): string {
  return question.replace(YEAR_ONE, (_, prep: string, year: string) => `${prep} ${year}`);
}
