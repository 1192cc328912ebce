/**
 * Words that mark a technology role. "IT" is matched only in capitals (so the word "it" in a
 * sentence is not mistaken for it); everything else ignores case. Each pattern is matched as
 * whole words, so "Credit" or "Digital" do not count.
 */
const IT_ROLE_PATTERNS: readonly RegExp[] = [
  /(^|[^A-Za-z])(IT|I\.T\.?)(?![A-Za-z])/,
  /\b(CIO|CTO|CISO|CDIO)\b/i,
  /\binformation officer\b/i,
  /\bengineer(s|ing)?\b/i,
  /\bdevelopers?\b/i,
  /\bprogrammers?\b/i,
  /\barchitect(s|ure)?\b/i,
  /\bdata scien(tists?|ce)\b/i,
  /\btechnolog(y|ies|ist)\b/i,
  /\btech\b/i,
  /\binfrastructure\b/i,
  /\bsoftware\b/i,
  /\b(dev|ml|data|it)\s*ops\b/i,
  /\bmachine learning\b/i,
  /\bsys(tems?)?\s*admin(istrator)?s?\b/i,
];

/**
 * True when a job title sounds like an IT or technology role (for example "Head of IT",
 * "CTO", "Lead data scientist", "Solutions architect"). The AI Product Owner should come
 * from the business, so the ownership stage warns about such roles. It only warns: the
 * facilitator and the room decide.
 */
export function looksLikeItRole(role: string): boolean {
  return IT_ROLE_PATTERNS.some((pattern) => pattern.test(role));
}
