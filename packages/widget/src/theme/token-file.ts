/**
 * Reads src/theme/tokens.css: each private token with the public name a host sets (when it
 * has one) and the widget's default, per theme. Storybook's "Foundations" page draws the
 * tokens from this (so the page cannot drift from the file), and the tests compare the file
 * with README "Theme". No I/O: the caller gives the file's text (Vite's `?raw`, or `readFile`).
 */

export type TokenTheme = 'light' | 'dark';

export type TokenGroup =
  | 'color'
  | 'status'
  | 'type'
  | 'spacing'
  | 'radius'
  | 'focus'
  | 'elevation'
  | 'motion';

export interface Token {
  /** The private name the rules use, `--_collab-…`. */
  name: `--_collab-${string}`;
  /** The public name a host sets, `--collab-…`; none for a token that follows another. */
  publicName: `--collab-${string}` | null;
  /** The widget's value when the host sets nothing: the fallback, or the declared value. */
  value: string;
  group: TokenGroup;
}

export interface TokenFile {
  /** The tokens of the light theme, which is also every token's default. */
  light: Token[];
  /** The tokens the dark theme declares again (`:host([theme="dark"])`). */
  dark: Token[];
}

const groupsByPrefix: ReadonlyArray<readonly [string, TokenGroup]> = [
  ['--_collab-color-', 'color'],
  ['--_collab-status-', 'status'],
  ['--_collab-font-', 'type'],
  ['--_collab-line-height', 'type'],
  ['--_collab-spacing', 'spacing'],
  ['--_collab-radius', 'radius'],
  ['--_collab-focus-', 'focus'],
  ['--_collab-shadow-', 'elevation'],
  ['--_collab-motion-', 'motion'],
];

function groupOf(name: string): TokenGroup {
  const found = groupsByPrefix.find(([prefix]) => name.startsWith(prefix));
  if (!found) throw new Error(`tokens.css: ${name} belongs to no group of tokens`);
  return found[1];
}

/** The text between a selector's `{` and its `}` (the token blocks hold no nested braces). */
function blockOf(css: string, selector: string): string {
  const start = css.indexOf(`${selector} {`);
  if (start === -1) throw new Error(`tokens.css has no \`${selector}\` block`);
  const open = css.indexOf('{', start);
  return css.slice(open + 1, css.indexOf('}', open));
}

/** `var(--collab-name, default)` split at its first comma, or null for any other value. */
function publicReference(value: string): { name: `--collab-${string}`; fallback: string } | null {
  const match = /^var\(\s*(--collab-[a-z0-9-]+)\s*,\s*([\s\S]*)\)$/.exec(value);
  if (!match?.[1] || match[2] === undefined) return null;
  return { name: match[1] as `--collab-${string}`, fallback: match[2].trim() };
}

function tokensOf(block: string): Token[] {
  return block
    .split(';')
    .map((declaration) => declaration.replace(/\s+/g, ' ').trim())
    .filter((declaration) => declaration.startsWith('--_collab-'))
    .map((declaration) => {
      const colon = declaration.indexOf(':');
      const name = declaration.slice(0, colon).trim() as `--_collab-${string}`;
      const value = declaration
        .slice(colon + 1)
        .trim()
        .replace(/\( /g, '(')
        .replace(/ \)/g, ')');
      const reference = publicReference(value);
      return {
        name,
        publicName: reference?.name ?? null,
        value: reference?.fallback ?? value,
        group: groupOf(name),
      };
    })
    .filter((token) => token.name !== '--_collab-color-scheme');
}

export function withoutComments(css: string): string {
  return css.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '));
}

export function parseTokenFile(css: string): TokenFile {
  const text = withoutComments(css);
  return {
    light: tokensOf(blockOf(text, ':host')),
    dark: tokensOf(blockOf(text, ':host([theme="dark"])')),
  };
}

/** Every public name the file reads, once each, in the file's order. */
export function publicNames(file: TokenFile): string[] {
  return [
    ...new Set(
      [...file.light, ...file.dark].flatMap((token) =>
        token.publicName ? [token.publicName] : [],
      ),
    ),
  ];
}

/** A token's value in a theme: the dark theme's own when it declares one, else the light one. */
export function valueIn(file: TokenFile, theme: TokenTheme, name: string): string | undefined {
  const own = theme === 'dark' ? file.dark.find((token) => token.name === name) : undefined;
  return (own ?? file.light.find((token) => token.name === name))?.value;
}
