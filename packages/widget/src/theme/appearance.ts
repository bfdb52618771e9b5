import feedbackCss from '../ui/feedback.css?inline';
import acceptInvitationCss from '../views/accept-invitation/accept-invitation.css?inline';
import collaborationActionsCss from '../views/collaboration-actions/collaboration-actions.css?inline';
import collaborationsCss from '../views/collaborations/collaborations.css?inline';
import customerCollaborationsCss from '../views/customer-collaborations/customer-collaborations.css?inline';
import askColleagueCss from '../views/invite-dialog/ask-colleague.css?inline';
import participantsCss from '../views/invite-dialog/participants.css?inline';
import legacyCss from '../views/legacy/legacy.css?inline';
import tokensCss from './tokens.css?inline';
import widgetCss from './widget.css?inline';

/** One sheet for every view: the tokens, the shared components, then each view's own rules. */
const allCss = [
  tokensCss,
  widgetCss,
  acceptInvitationCss,
  collaborationsCss,
  collaborationActionsCss,
  customerCollaborationsCss,
  askColleagueCss,
  participantsCss,
  feedbackCss,
  legacyCss,
].join('\n');

export type ThemeName = 'light' | 'dark';

/** The theme tokens, by the name a host uses in `appearance.variables`. */
export const themeVariables = {
  colorBackground: '--collab-color-background',
  colorSurface: '--collab-color-surface',
  colorText: '--collab-color-text',
  colorTextMuted: '--collab-color-text-muted',
  colorBorder: '--collab-color-border',
  colorPrimary: '--collab-color-primary',
  colorPrimaryText: '--collab-color-primary-text',
  colorDanger: '--collab-color-danger',
  colorFocus: '--collab-color-focus',
  colorBackdrop: '--collab-color-backdrop',
  radius: '--collab-radius',
  fontFamily: '--collab-font-family',
  fontSize: '--collab-font-size',
  spacing: '--collab-spacing',
} as const;

export type ThemeVariable = keyof typeof themeVariables;

export interface Appearance {
  theme?: ThemeName;
  variables?: Partial<Record<ThemeVariable, string>>;
}

export function isThemeName(value: unknown): value is ThemeName {
  return value === 'light' || value === 'dark';
}

/**
 * The host's variables as one rule. A value that could end the declaration or the rule is
 * dropped, so a variable cannot smuggle other CSS in. The rule declares the public
 * `--collab-*` names on :host, which the widget's own sheet never does (its defaults are only
 * the fallbacks of its private tokens, theme/tokens.css): so these win over values the page
 * sets on `:root` or a container, in both themes.
 */
export function appearanceCss(appearance: Appearance | undefined): string {
  const declarations = Object.entries(appearance?.variables ?? {})
    .filter(
      (entry): entry is [ThemeVariable, string] =>
        Object.hasOwn(themeVariables, entry[0]) &&
        typeof entry[1] === 'string' &&
        !/[;{}<>\\]/.test(entry[1]),
    )
    .map(([name, value]) => `${themeVariables[name]}: ${value};`);
  return declarations.length === 0 ? '' : `:host { ${declarations.join(' ')} }`;
}

let widgetSheet: CSSStyleSheet | undefined;

/**
 * Constructed stylesheets, not <style> elements: they are parsed once for every widget on
 * the page, and a strict `style-src` does not block them.
 */
export function adoptWidgetStyles(root: ShadowRoot, appearance: Appearance | undefined): void {
  widgetSheet ??= (() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(allCss);
    return sheet;
  })();
  const sheets = [widgetSheet];
  const variables = appearanceCss(appearance);
  if (variables) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(variables);
    sheets.push(sheet);
  }
  root.adoptedStyleSheets = sheets;
}
