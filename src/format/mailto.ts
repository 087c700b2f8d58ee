// E-mail addresses as printed in page footers (电子邮箱：sprbxjyw@163.com).
// Deliberately strict: a link is only made when the print text is plainly an
// address, so a misread footer shows as text rather than as a broken link.

// Longest address SMTP allows; also keeps the pattern's work bounded.
const MAX_LENGTH = 254;
const ATOM = "[A-Za-z0-9_+-]+";
const LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?";
const EMAIL = new RegExp(`^${ATOM}(?:\\.${ATOM})*@(?:${LABEL}\\.)+[A-Za-z]{2,}$`);

/** local@domain.tld: no spaces, quotes, angle brackets or comments. */
export function isEmail(text: unknown): text is string {
  return typeof text === "string" && text.length <= MAX_LENGTH && EMAIL.test(text);
}

/** `mailto:` href for an address as printed (surrounding space ignored); undefined otherwise. */
export function mailto(email: unknown): string | undefined {
  const address = typeof email === "string" ? email.trim() : email;
  return isEmail(address) ? `mailto:${address}` : undefined;
}
