// The one folding rule for search: names and queries meet in the same accent-free, lower-case,
// space-separated form, so `dien` finds "Nguyễn Hồng Diên" (đ has no NFD decomposition, hence the
// explicit replacement).
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/đ/g, 'd')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The distinct folded words of a query, in order. */
export function foldWords(text: string): string[] {
  const folded = fold(text);
  return folded === '' ? [] : [...new Set(folded.split(' '))];
}
