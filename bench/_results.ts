// bench/RESULTS.md is shared: each bench owns the section between its `<!-- NAME-bench:start -->` and
// `<!-- NAME-bench:end -->` markers (the build bench owns the rest) and leaves the others as they are.

/** Replaces the section between `start` and `end` in `previous`, or appends it; the rest of the file is kept. */
export function mergeSection(previous: string, section: string, start: string, end: string): string {
  const from = previous.indexOf(start);
  const to = previous.indexOf(end);
  if (from >= 0 && to > from) {
    const after = previous.slice(to + end.length).replace(/^\n/, "");
    return previous.slice(0, from) + section + after;
  }
  if (!previous.trim()) return section;
  return `${previous.replace(/\n*$/, "\n")}\n${section}`;
}
