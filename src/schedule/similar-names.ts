/** Finds the module names a mistyped module regex was probably meant to match, for error messages. */

/**
 * Edit distance from `pattern` to the closest substring of `text` (approximate substring matching):
 * regexes are matched unanchored, so a regex is "close" to a name when it nearly occurs inside it.
 */
function substringDistance(pattern: string, text: string): number {
  // Row 0 is all zeros: a match may start anywhere in the text for free.
  let previous = new Array<number>(text.length + 1).fill(0);
  for (let i = 1; i <= pattern.length; i++) {
    const current = [i];
    for (let j = 1; j <= text.length; j++) {
      const substitution = previous[j - 1]! + (pattern[i - 1] === text[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    previous = current;
  }
  return Math.min(...previous);
}

/** Escaped characters compare as themselves: `attention\.self` is close to `attention.self`. */
function literalText(regexSource: string): string {
  return regexSource.replaceAll(/\\(.)/g, '$1');
}

/**
 * Up to `count` names closest to `regexSource`, closest first, ties in the given order. Only names
 * about as close as the closest one (one edit more at most) are offered, so a clear best guess is
 * not padded with unrelated names.
 */
export function similarNames(regexSource: string, names: readonly string[], count: number): string[] {
  const pattern = literalText(regexSource);
  const ranked = names.map((name, order) => ({ name, order, distance: substringDistance(pattern, name) })).sort((a, b) => a.distance - b.distance || a.order - b.order);
  const best = ranked[0]?.distance ?? 0;
  return ranked
    .filter(({ distance }) => distance <= best + 1)
    .slice(0, count)
    .map(({ name }) => name);
}
