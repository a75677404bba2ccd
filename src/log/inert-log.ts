// Text for a CI log. A runner reads each line of a step's output, with its leading
// whitespace trimmed, as a workflow command when it starts with `::` (or the older `##[`):
// a line from a file name or a message could then set an output, add a mask, stop commands
// or fake an annotation. Each such line gets a visible `› ` in front, so it shows as written
// and does nothing. Lines end where the runner ends them: at \n, at \r and at \r\n.

const COMMAND_LINE = /^(\s*)(::|##\[)/;

export function inertLog(text: string): string {
  return text
    .split(/(\r\n|\r|\n)/)
    .map((part) => part.replace(COMMAND_LINE, '$1› $2'))
    .join('');
}
