import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTokenFile, publicNames, withoutComments } from './token-file.js';

/*
 * The design tokens live in src/theme/tokens.css and nowhere else (issue #16, "Design
 * system"): every other CSS file of the widget says its colours, font sizes, shadows and
 * durations through a `--_collab-*` token, so a host's `--collab-*` value and the dark theme
 * reach every rule, and the Foundations page shows all there is.
 */

const sourceFolder = join(import.meta.dirname, '..');
const tokensPath = join(sourceFolder, 'theme/tokens.css');
const tokensCss = readFileSync(tokensPath, 'utf8');

function cssFilesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.css'))
    .map((name) => join(folder, name));
}

/** Words CSS takes for a colour that is not one: kept out of the search for colour names. */
const colourNames =
  /\b(?:black|white|red|green|blue|yellow|orange|purple|pink|gray|grey|silver|navy|teal|maroon|olive|lime|aqua|cyan|magenta|fuchsia|brown|gold|indigo|violet|crimson|tomato|coral|salmon)\b/i;

/** A literal in a declaration's value that should have been a token, and why. */
const rules: ReadonlyArray<{ what: string; test: (property: string, value: string) => boolean }> = [
  {
    what: 'a raw colour (hex, a colour function or a colour name)',
    test: (_property, value) =>
      /#[0-9a-f]{3,8}\b/i.test(value) ||
      /\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\(/i.test(value) ||
      colourNames.test(value.replace(/var\([^)]*\)/g, '')),
  },
  {
    what: 'a raw font size',
    // `inherit` keeps the parent's size, which is a token's already.
    test: (property, value) =>
      property === 'font-size' && !/^(?:var\(--_collab-font-size[a-z-]*\)|inherit)$/.test(value),
  },
  {
    what: 'a font shorthand (it sets a size)',
    test: (property, value) => property === 'font' && value !== 'inherit',
  },
  {
    what: 'a raw shadow',
    test: (property, value) =>
      /^(?:box|text)-shadow$/.test(property) &&
      !/^(?:var\(--_collab-shadow-[a-z-]+\)|none)$/.test(value),
  },
  {
    what: 'a raw duration',
    // `0s` (no motion) is not a design choice.
    test: (property, value) =>
      /^(?:transition|animation)(?:-duration|-delay)?$/.test(property) &&
      /(?<![\w-])(?:\d*\.)?\d+m?s\b/.test(value.replace(/(?<![\w.])0m?s\b/g, '')),
  },
  {
    what: 'a public token read directly (its default is in tokens.css; read the private one)',
    test: (_property, value) => /var\(\s*--collab-/.test(value),
  },
];

/** Each declaration of the CSS, as `line: property: value`, comments left out. */
function declarationsOf(css: string): Array<{ line: number; property: string; value: string }> {
  const text = withoutComments(css);
  const found: Array<{ line: number; property: string; value: string }> = [];
  for (const match of text.matchAll(/([a-z-]+)\s*:\s*([^;{}]+);/gi)) {
    const [, property = '', value = ''] = match;
    const line = text.slice(0, match.index).split('\n').length;
    found.push({
      line,
      property: property.toLowerCase(),
      value: value.replace(/\s+/g, ' ').trim(),
    });
  }
  return found;
}

/** Every literal that should be a token, as `file:line: property: value (what)`. */
function literalsIn(files: readonly string[]): string[] {
  return files.flatMap((file) =>
    declarationsOf(readFileSync(file, 'utf8')).flatMap(({ line, property, value }) =>
      rules
        .filter((rule) => rule.test(property, value))
        .map(
          (rule) => `${relative(sourceFolder, file)}:${line}: ${property}: ${value} (${rule.what})`,
        ),
    ),
  );
}

/** Each `--_collab-*` a rule reads, and those a file declares. */
function privateNamesRead(css: string): string[] {
  return [...withoutComments(css).matchAll(/var\(\s*(--_collab-[a-z0-9-]+)/g)].flatMap(
    (match) => match[1] ?? [],
  );
}
function privateNamesDeclared(css: string): string[] {
  return [...withoutComments(css).matchAll(/(--_collab-[a-z0-9-]+)\s*:/g)].flatMap(
    (match) => match[1] ?? [],
  );
}

describe('the design tokens', () => {
  const otherFiles = cssFilesUnder(sourceFolder).filter((file) => file !== tokensPath);
  const tokens = parseTokenFile(tokensCss);

  it('reads every CSS file of the widget besides the tokens: the theme and each view’s', () => {
    expect(otherFiles.map((file) => relative(sourceFolder, file))).toEqual(
      expect.arrayContaining([
        'theme/widget.css',
        'views/accept-invitation/accept-invitation.css',
        'views/collaborations/collaborations.css',
        'views/customer-collaborations/customer-collaborations.css',
      ]),
    );
  });

  it('has no raw colour, font size, shadow or duration outside tokens.css', () => {
    expect(literalsIn(otherFiles)).toEqual([]);
  });

  it('finds each kind of literal, and lets tokens, 0s, inherit and none through', () => {
    const flagged = (property: string, value: string) =>
      rules.filter((rule) => rule.test(property, value)).map((rule) => rule.what);
    expect(flagged('color', '#1d4ed8')).toHaveLength(1);
    expect(flagged('border', '1px solid rgb(0 0 0 / 0.5)')).toHaveLength(1);
    expect(flagged('background', 'white')).toHaveLength(1);
    expect(flagged('font-size', '14px')).toHaveLength(1);
    expect(flagged('font', '600 14px/1.5 system-ui')).toHaveLength(1);
    expect(flagged('box-shadow', '0 1px 2px var(--_collab-color-border)')).toHaveLength(1);
    expect(flagged('transition', 'opacity 150ms ease')).toHaveLength(1);
    expect(flagged('animation', 'pulse 1.2s infinite')).toHaveLength(1);
    expect(flagged('margin', 'var(--collab-spacing)')).toHaveLength(1);

    expect(flagged('color', 'var(--_collab-color-text)')).toEqual([]);
    expect(flagged('border', '1px solid currentColor')).toEqual([]);
    expect(flagged('font-size', 'var(--_collab-font-size-small)')).toEqual([]);
    expect(flagged('font-size', 'inherit')).toEqual([]);
    expect(flagged('font', 'inherit')).toEqual([]);
    expect(flagged('box-shadow', 'var(--_collab-shadow-overlay)')).toEqual([]);
    expect(flagged('box-shadow', 'none')).toEqual([]);
    expect(flagged('transition', 'transform var(--_collab-motion-duration-fast) ease-out')).toEqual(
      [],
    );
    expect(flagged('transition', 'none 0s')).toEqual([]);
    expect(flagged('grid-template-areas', '"header" "bordered-list"')).toEqual([]);
  });

  it('reads in the rules only tokens that are declared', () => {
    const declaredInTokens = new Set(privateNamesDeclared(tokensCss));
    const unknown = otherFiles.flatMap((file) => {
      const css = readFileSync(file, 'utf8');
      const declaredHere = new Set(privateNamesDeclared(css));
      return privateNamesRead(css)
        .filter((name) => !declaredInTokens.has(name) && !declaredHere.has(name))
        .map((name) => `${relative(sourceFolder, file)}: ${name}`);
    });
    expect(unknown).toEqual([]);
  });

  it('has every kind the Foundations page shows, light and dark', () => {
    const groups = new Set(tokens.light.map((token) => token.group));
    expect([...groups].sort()).toEqual(
      ['color', 'elevation', 'focus', 'motion', 'radius', 'spacing', 'status', 'type'].sort(),
    );
    const statuses = ['pending', 'active', 'declined', 'expired', 'cancelled', 'ended', 'unlinked'];
    for (const theme of [tokens.light, tokens.dark]) {
      for (const status of statuses) {
        for (const part of ['bg', 'fg', 'border']) {
          expect(theme.map((token) => token.name)).toContain(`--_collab-status-${status}-${part}`);
        }
      }
    }
  });

  it('gives every token of the dark theme a public name the light theme has too', () => {
    const lightPublic = new Set(tokens.light.map((token) => token.publicName));
    expect(tokens.dark.filter((token) => !lightPublic.has(token.publicName))).toEqual([]);
  });

  it('is listed in README "Theme", every public name and no other', () => {
    const readme = readFileSync(join(sourceFolder, '../README.md'), 'utf8');
    const theme = readme.slice(readme.indexOf('### Theme'), readme.indexOf('### Language'));
    const statuses = [...theme.matchAll(/`([a-z]+)`/g)]
      .map((match) => match[1] ?? '')
      .filter((word) => tokensCss.includes(`--collab-status-${word}-`));
    const listed = [...theme.matchAll(/`(--collab-[a-z<>-]+)`/g)].flatMap((match) => {
      const name = match[1] ?? '';
      return name.includes('<status>')
        ? statuses.map((status) => name.replace('<status>', status))
        : [name];
    });
    expect([...new Set(listed)].sort()).toEqual(publicNames(tokens).sort());
  });
});
