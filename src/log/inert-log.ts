// Text for a CI log. A runner reads a line of a step's output as a workflow command in two
// ways: when it starts with `::` once its leading whitespace is trimmed (.NET's whitespace,
// which also counts U+0085), and, in the older form, wherever `##[` appears in it. A line
// from a file name or a message could then set an output, add a mask, stop commands or fake
// an annotation. Such a line keeps its text with a visible `›` put where the command would
// start (`› ::`, `##›[`), so it shows as written and does nothing. Lines end where the runner
// ends them: at \n, at \r and at \r\n.

const COMMAND_LINE = /^([\s\u0085]*)::/;
const LEGACY_COMMAND = /##\[/g;

export function inertLog(text: string): string {
  return text
    .split(/(\r\n|\r|\n)/)
    .map((part) => part.replace(COMMAND_LINE, '$1› ::').replace(LEGACY_COMMAND, '##›['))
    .join('');
}
