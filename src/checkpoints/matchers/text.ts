// Content tests shared by the file matchers (image files and workspace files).

/** What a file's text must satisfy; every given condition must hold. */
export interface TextExpectation {
  equals?: string;
  includes?: string;
  matches?: string;
}

/** Undefined when the text satisfies every condition, else the unmet one in words ("does not contain …"). */
export function textMatches(text: string, { equals, includes, matches }: TextExpectation): string | undefined {
  if (equals !== undefined && text !== equals) return `does not have the expected content yet`;
  if (includes !== undefined && !text.includes(includes)) return `does not contain ${JSON.stringify(includes)} yet`;
  if (matches !== undefined && !new RegExp(matches, 'm').test(text)) return `does not match ${matches} yet`;
  return undefined;
}
