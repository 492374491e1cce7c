/**
 * Python's `str.capitalize()` (FORMAT Errata 7): the first character title-cased, the rest lower-cased.
 * JavaScript has no title case, so the characters whose title case differs from `toUpperCase()` are listed
 * here, computed with Python 3.11 (Unicode 14.0.0): `c.capitalize() != c.upper()`.
 */

/** Code point ranges whose title case is the character itself (upper case differs), e.g. Georgian Mkhedruli. */
const TITLE_IS_SELF: readonly (readonly [number, number])[] = [
  [0x1c5, 0x1c5],
  [0x1c8, 0x1c8],
  [0x1cb, 0x1cb],
  [0x1f2, 0x1f2],
  [0x10d0, 0x10fa],
  [0x10fd, 0x10ff],
  [0x1f88, 0x1f8f],
  [0x1f98, 0x1f9f],
  [0x1fa8, 0x1faf],
  [0x1fbc, 0x1fbc],
  [0x1fcc, 0x1fcc],
  [0x1ffc, 0x1ffc],
];

/** Other characters whose title case is not their upper case: `ǆ` → `ǅ`, `ß` → `Ss`, `ﬁ` → `Fi`. */
const TITLE_CASE = new Map<number, string>([
  [0xdf, '\u{53}\u{73}'],
  [0x1c4, '\u{1c5}'],
  [0x1c6, '\u{1c5}'],
  [0x1c7, '\u{1c8}'],
  [0x1c9, '\u{1c8}'],
  [0x1ca, '\u{1cb}'],
  [0x1cc, '\u{1cb}'],
  [0x1f1, '\u{1f2}'],
  [0x1f3, '\u{1f2}'],
  [0x587, '\u{535}\u{582}'],
  [0x1f80, '\u{1f88}'],
  [0x1f81, '\u{1f89}'],
  [0x1f82, '\u{1f8a}'],
  [0x1f83, '\u{1f8b}'],
  [0x1f84, '\u{1f8c}'],
  [0x1f85, '\u{1f8d}'],
  [0x1f86, '\u{1f8e}'],
  [0x1f87, '\u{1f8f}'],
  [0x1f90, '\u{1f98}'],
  [0x1f91, '\u{1f99}'],
  [0x1f92, '\u{1f9a}'],
  [0x1f93, '\u{1f9b}'],
  [0x1f94, '\u{1f9c}'],
  [0x1f95, '\u{1f9d}'],
  [0x1f96, '\u{1f9e}'],
  [0x1f97, '\u{1f9f}'],
  [0x1fa0, '\u{1fa8}'],
  [0x1fa1, '\u{1fa9}'],
  [0x1fa2, '\u{1faa}'],
  [0x1fa3, '\u{1fab}'],
  [0x1fa4, '\u{1fac}'],
  [0x1fa5, '\u{1fad}'],
  [0x1fa6, '\u{1fae}'],
  [0x1fa7, '\u{1faf}'],
  [0x1fb2, '\u{1fba}\u{345}'],
  [0x1fb3, '\u{1fbc}'],
  [0x1fb4, '\u{386}\u{345}'],
  [0x1fb7, '\u{391}\u{342}\u{345}'],
  [0x1fc2, '\u{1fca}\u{345}'],
  [0x1fc3, '\u{1fcc}'],
  [0x1fc4, '\u{389}\u{345}'],
  [0x1fc7, '\u{397}\u{342}\u{345}'],
  [0x1ff2, '\u{1ffa}\u{345}'],
  [0x1ff3, '\u{1ffc}'],
  [0x1ff4, '\u{38f}\u{345}'],
  [0x1ff7, '\u{3a9}\u{342}\u{345}'],
  [0xfb00, '\u{46}\u{66}'],
  [0xfb01, '\u{46}\u{69}'],
  [0xfb02, '\u{46}\u{6c}'],
  [0xfb03, '\u{46}\u{66}\u{69}'],
  [0xfb04, '\u{46}\u{66}\u{6c}'],
  [0xfb05, '\u{53}\u{74}'],
  [0xfb06, '\u{53}\u{74}'],
  [0xfb13, '\u{544}\u{576}'],
  [0xfb14, '\u{544}\u{565}'],
  [0xfb15, '\u{544}\u{56b}'],
  [0xfb16, '\u{54e}\u{576}'],
  [0xfb17, '\u{544}\u{56d}'],
]);

function titleCase(ch: string): string {
  const cp = ch.codePointAt(0)!;
  const mapped = TITLE_CASE.get(cp);
  if (mapped !== undefined) return mapped;
  if (TITLE_IS_SELF.some(([a, b]) => cp >= a && cp <= b)) return ch;
  return ch.toUpperCase();
}

/**
 * Python's `str.capitalize()`: `training` → `Training`, `mo_ORDERS` → `Mo_orders`, `ǆob` → `ǅob`, `ßcore` →
 * `Sscore`. The rest is lower-cased in the context of the whole string, as Python does (a final `Σ` becomes `ς`).
 */
export function capitalize(s: string): string {
  if (s === '') return s;
  const first = String.fromCodePoint(s.codePointAt(0)!);
  const rest = s.toLowerCase().slice(first.toLowerCase().length);
  return titleCase(first) + rest;
}
