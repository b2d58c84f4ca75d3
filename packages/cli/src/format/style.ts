import { wrapText } from './text.ts';

/**
 * Terminal styling as plain functions. With colour off every function is the identity, so the
 * formatters are written once and tests compare plain text.
 */
export type Style = {
  readonly bold: (text: string) => string;
  readonly dim: (text: string) => string;
  readonly heading: (text: string) => string;
  readonly warn: (text: string) => string;
};

const wrapCode =
  (open: string, close: string) =>
  (text: string): string =>
    `\u001b[${open}m${text}\u001b[${close}m`;

const identity = (text: string): string => text;

export const PLAIN: Style = { bold: identity, dim: identity, heading: identity, warn: identity };

const COLOURED: Style = {
  bold: wrapCode('1', '22'),
  dim: wrapCode('2', '22'),
  heading: (text) => wrapCode('1', '22')(wrapCode('36', '39')(text)),
  warn: (text) => wrapCode('1', '22')(wrapCode('33', '39')(text)),
};

export function createStyle(colour: boolean): Style {
  return colour ? COLOURED : PLAIN;
}

/** What every formatter needs: how to style and how wide the terminal is. */
export type FormatOptions = { readonly style: Style; readonly width: number };

/**
 * "Name  id" on one line when it fits, else the id on the next line, so neither is cut. A name
 * wider than the line is wrapped; the id never is, so it stays copyable.
 */
export function nameWithId(
  name: string,
  id: string,
  indent: string,
  { style, width }: FormatOptions,
): string[] {
  return `${indent}${name}  ${id}`.length <= width
    ? [`${indent}${style.bold(name)}  ${style.dim(id)}`]
    : [
        ...wrapText(name, width, indent).map(
          (line) => `${indent}${style.bold(line.slice(indent.length))}`,
        ),
        `${indent}${style.dim(id)}`,
      ];
}
