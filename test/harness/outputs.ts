/**
 * Reads the files a step writes for the runner: GITHUB_OUTPUT (and GITHUB_ENV, same format),
 * with both `name=value` lines and `name<<DELIMITER` blocks.
 */

export function parseCommandFile(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? '';
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc !== null) {
      const [, name = '', delimiter = ''] = heredoc;
      const body: string[] = [];
      index += 1;
      while (index < lines.length && lines[index] !== delimiter) {
        body.push(lines[index] ?? '');
        index += 1;
      }
      if (index >= lines.length) {
        throw new Error(
          `output "${name}" opens with <<${delimiter} but the delimiter never closes it`,
        );
      }
      values[name] = body.join('\n');
      continue;
    }
    const equals = line.indexOf('=');
    if (equals <= 0) {
      throw new Error(
        `line ${index + 1} of the output file is neither name=value nor name<<DELIMITER: ${line}`,
      );
    }
    values[line.slice(0, equals)] = line.slice(equals + 1);
  }
  return values;
}
