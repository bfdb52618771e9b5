import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * A length in `rem` follows the host page's root font size (`html { font-size: 62.5% }` made
 * the accept page 400 px wide instead of 640 px), so the widget sizes in px and in em of its
 * own font size token (README "Isolation"). This guard keeps `rem` out of the widget's CSS and
 * out of the strings in its TSX, where an inline style would carry it.
 */

const sourceFolder = join(import.meta.dirname, '..');

/** A number followed by `rem`, not part of a longer word (`1rem`, `.5rem`, `2.25REM`). */
const remLength = /(?<![\w.-])(?:\d+\.?\d*|\.\d+)rem\b/gi;

function filesUnder(folder: string, extension: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(extension) && !/\.(test|stories)\.tsx?$/.test(name))
    .map((name) => join(folder, name));
}

/** Each `rem` length in the files, as `path:line: text`, comments left out. */
function remLengthsIn(files: readonly string[]): string[] {
  return files.flatMap((file) => {
    const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, (comment) =>
      comment.replace(/[^\n]/g, ' '),
    );
    return text.split('\n').flatMap((line, index) => {
      const code = line.replace(/\/\/.*$/, '');
      return code.match(remLength)
        ? [`${relative(sourceFolder, file)}:${index + 1}: ${line.trim()}`]
        : [];
    });
  });
}

describe('the widget’s lengths', () => {
  const cssFiles = [
    join(sourceFolder, 'theme/tokens.css'),
    join(sourceFolder, 'theme/widget.css'),
    ...filesUnder(join(sourceFolder, 'views'), '.css'),
  ];

  it('reads every CSS file of the widget: the theme and each view’s', () => {
    const names = cssFiles.map((file) => relative(sourceFolder, file)).sort();
    expect(names).toEqual(
      expect.arrayContaining([
        'theme/tokens.css',
        'theme/widget.css',
        'views/accept-invitation/accept-invitation.css',
        'views/collaboration-actions/collaboration-actions.css',
        'views/collaborations/collaborations.css',
        'views/customer-collaborations/customer-collaborations.css',
      ]),
    );
  });

  it('has no rem in the CSS', () => {
    expect(remLengthsIn(cssFiles)).toEqual([]);
  });

  it('has no rem in the TSX (inline styles)', () => {
    expect(remLengthsIn(filesUnder(sourceFolder, '.tsx'))).toEqual([]);
  });

  it('finds a rem length where there is one, and not in words or comments', () => {
    expect('max-width: 40rem;'.match(remLength)).toEqual(['40rem']);
    expect('padding: .5rem 1.25REM'.match(remLength)).toEqual(['.5rem', '1.25REM']);
    expect('removeAttribute(theorem2rem)'.match(remLength)).toBeNull();
  });
});
