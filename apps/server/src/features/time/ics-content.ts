/**
 * The structure of an iCalendar file (RFC 5545 §3.1, §3.4): folded lines joined, each content
 * line split into name, parameters and value, and BEGIN/END into nested components, keeping the
 * line each came from, so that an error can point a person to the place in their file.
 */

/**
 * A file that cannot be read as a calendar: the message, for a person, says what is wrong and
 * `line` where; the caller puts the two together.
 */
export class IcsError extends Error {
  constructor(
    message: string,
    /** The line of the file the problem is on, counting from 1, when there is one. */
    readonly line?: number,
  ) {
    super(message);
    this.name = 'IcsError';
  }
}

export interface ContentLine {
  /** Upper case, as names are case-insensitive. */
  name: string;
  /** Parameter names upper case; values unquoted, in order. */
  params: Map<string, string[]>;
  value: string;
  /** The unfolded line as written, to hand a part of the file on to another reader. */
  text: string;
  line: number;
}

export interface IcsComponent {
  /** Upper case: VCALENDAR, VEVENT, VTIMEZONE, … */
  name: string;
  line: number;
  properties: ContentLine[];
  components: IcsComponent[];
}

/** Components nested deeper than this are not a calendar anyone wrote (a VALARM is at 3). */
const maxDepth = 8;

/**
 * The VCALENDAR components of a file (usually one; some tools concatenate several). Lines may
 * end in CRLF, LF or CR, and blank lines are passed over: files edited by hand or sent through
 * mail often have them, and nothing is lost by it.
 */
export function readComponents(text: string): IcsComponent[] {
  const first = text.trimStart().slice(0, 200);
  if (!/^BEGIN:VCALENDAR\s*(\r|\n|$)/i.test(first)) {
    throw first.startsWith('<') ? notACalendarButAPage() : notACalendar(1);
  }
  const roots: IcsComponent[] = [];
  const open: IcsComponent[] = [];
  for (const line of contentLines(text)) {
    if (line.name === 'BEGIN' || line.name === 'END') {
      const name = line.value.trim().toUpperCase();
      if (!/^[A-Z0-9-]+$/.test(name)) {
        throw new IcsError(`"${clip(line.text)}" does not name a part of the calendar.`, line.line);
      }
      if (line.name === 'BEGIN') {
        if (open.length === 0 && name !== 'VCALENDAR') throw notACalendar(line.line);
        if (open.length >= maxDepth) {
          throw new IcsError('The calendar is nested deeper than any calendar is.', line.line);
        }
        const component: IcsComponent = { name, line: line.line, properties: [], components: [] };
        (open[open.length - 1]?.components ?? roots).push(component);
        open.push(component);
        continue;
      }
      const closing = open.pop();
      if (!closing) throw new IcsError(`END:${name} has no BEGIN:${name} before it.`, line.line);
      if (closing.name !== name) {
        throw new IcsError(
          `END:${name} is where END:${closing.name} should be (BEGIN:${closing.name} is on line ${closing.line}).`,
          line.line,
        );
      }
      continue;
    }
    const current = open[open.length - 1];
    if (!current) {
      throw roots.length === 0
        ? notACalendar(line.line)
        : new IcsError('There is more after the end of the calendar (END:VCALENDAR).', line.line);
    }
    current.properties.push(line);
  }
  const unclosed = open[open.length - 1];
  if (unclosed) {
    throw new IcsError(
      `The file ends before END:${unclosed.name} (BEGIN:${unclosed.name} is on line ${unclosed.line}); it may have been cut short.`,
    );
  }
  if (roots.length === 0) throw notACalendar();
  return roots;
}

const notACalendar = (line?: number) =>
  new IcsError(
    'This is not a calendar (.ics) file: it should start with BEGIN:VCALENDAR. Export the calendar again as .ics (iCalendar) and choose that file.',
    line,
  );

const notACalendarButAPage = () =>
  new IcsError(
    'This is a web page, not a calendar (.ics) file. Download the calendar itself (the .ics file) and choose that.',
  );

/** The content lines, unfolded, each with the line it starts on. */
function* contentLines(text: string): Generator<ContentLine> {
  const physical = text.split(/\r\n|\n|\r/);
  let start = 0;
  let buffer: string | null = null;
  for (let i = 0; i <= physical.length; i++) {
    const raw = physical[i];
    // A line starting with a space or tab continues the one before (§3.1); after a blank line
    // there is nothing to continue, and it is a line indented by mistake.
    const continues = raw !== undefined && (raw.startsWith(' ') || raw.startsWith('\t'));
    if (continues && buffer !== null && buffer.trim() !== '') {
      buffer += raw.slice(1);
      continue;
    }
    if (buffer !== null && buffer.trim() !== '') yield parseContentLine(buffer, start + 1);
    buffer = continues ? raw.trimStart() : (raw ?? null);
    start = i;
  }
}

/** NAME *(;PARAM=VALUE[,VALUE]) : VALUE — parameter values may be quoted (§3.1, §3.2). */
function parseContentLine(text: string, line: number): ContentLine {
  // Sticky patterns read on from where the last stopped: slicing the rest of the line for each
  // parameter would take time growing with the square of a long line.
  const token = /[A-Za-z0-9-]+/y;
  const bare = /[^";:,]*/y;
  const read = (pattern: RegExp, at: number) => {
    pattern.lastIndex = at;
    return pattern.exec(text)?.[0] ?? '';
  };
  const name = read(token, 0);
  if (!name) throw notALine(text, line);
  const params = new Map<string, string[]>();
  let i = name.length;
  while (text[i] === ';') {
    const paramName = read(token, i + 1);
    if (!paramName || text[i + 1 + paramName.length] !== '=') throw notALine(text, line);
    i += paramName.length + 2;
    const values: string[] = [];
    for (;;) {
      if (text[i] === '"') {
        const close = text.indexOf('"', i + 1);
        if (close < 0) throw notALine(text, line);
        values.push(text.slice(i + 1, close));
        i = close + 1;
      } else {
        const value = read(bare, i);
        values.push(value);
        i += value.length;
      }
      if (text[i] !== ',') break;
      i++;
    }
    params.set(paramName.toUpperCase(), values);
  }
  if (text[i] !== ':') throw notALine(text, line);
  return { name: name.toUpperCase(), params, value: text.slice(i + 1), text, line };
}

const notALine = (text: string, line: number) =>
  new IcsError(`"${clip(text)}" is not a calendar line (NAME:value).`, line);

/** A short, printable piece of a line for a message. */
export function clip(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what is being removed
  const printable = text.replace(/[\u0000-\u001f\u007f-\u009f\ufffd]/g, '?');
  return printable.length > 40 ? `${printable.slice(0, 40)}…` : printable;
}

/** A TEXT value unescaped (§3.3.11): \\n and \\N are line breaks; \\; \\, \\\\ the character. */
export function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/** The first property of that name, if any. */
export const propertyOf = (component: IcsComponent, name: string) =>
  component.properties.find((p) => p.name === name);

/** A parameter's first value, if given. */
export const paramOf = (line: ContentLine, name: string) => line.params.get(name)?.[0];
