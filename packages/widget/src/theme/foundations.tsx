import type { CSSProperties, ReactNode } from 'react';
import {
  parseTokenFile,
  type Token,
  type TokenFile,
  type TokenGroup,
  type TokenTheme,
} from './token-file.js';
import tokensCss from './tokens.css?raw';

/**
 * Storybook's "Foundations" page: every design token of src/theme/tokens.css, drawn from the
 * file's own text (Vite's `?raw`), so the page cannot drift from what the widget uses. Each
 * sample is styled with the tokens themselves: a theme's panel declares every private token
 * with its default (the light ones, then the dark theme's own), and the samples read them with
 * `var()`, as the widget's rules do. A host's `--collab-*` values do not reach this page.
 */

export const tokenFile: TokenFile = parseTokenFile(tokensCss);

const statuses = ['pending', 'active', 'declined', 'expired', 'cancelled', 'ended', 'unlinked'];

/** Every private token of a theme as inline custom properties, the theme's own over the light. */
function themeProperties(theme: TokenTheme): CSSProperties {
  const tokens = theme === 'dark' ? [...tokenFile.light, ...tokenFile.dark] : tokenFile.light;
  return Object.fromEntries(tokens.map((token) => [token.name, token.value])) as CSSProperties;
}

function tokensOf(group: TokenGroup, theme: TokenTheme = 'light'): Token[] {
  const own = theme === 'dark' ? tokenFile.dark.filter((token) => token.group === group) : [];
  return tokenFile.light
    .filter((token) => token.group === group)
    .map((token) => own.find((dark) => dark.name === token.name) ?? token);
}

const codeStyle: CSSProperties = { fontFamily: 'ui-monospace, monospace', fontSize: '13px' };

/** A token's name as a host sets it (or its private name, when it has no public one) and value. */
function TokenName({ token }: { token: Token }) {
  return (
    <span style={{ display: 'grid' }}>
      <code style={codeStyle}>{token.publicName ?? token.name}</code>
      <code style={{ ...codeStyle, color: 'var(--_collab-color-text-muted)' }}>{token.value}</code>
    </span>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section style={{ marginBottom: '24px' }}>
      <h3 style={{ margin: '0 0 8px', fontSize: '18px' }}>{title}</h3>
      {children}
    </section>
  );
}

const rowStyle: CSSProperties = {
  display: 'flex',
  alignItems: 'center',
  gap: '12px',
  margin: '0 0 8px',
};

function Row({ token, children }: { token: Token; children: ReactNode }) {
  return (
    <li style={rowStyle} data-token={token.name}>
      {children}
      <TokenName token={token} />
    </li>
  );
}

const listStyle: CSSProperties = { margin: 0, padding: 0, listStyle: 'none' };

function ColourSwatches({ theme }: { theme: TokenTheme }) {
  return (
    <ul style={listStyle}>
      {tokensOf('color', theme).map((token) => (
        <Row key={token.name} token={token}>
          <span
            style={{
              width: '40px',
              height: '40px',
              flex: 'none',
              borderRadius: 'var(--_collab-radius)',
              border: '1px solid var(--_collab-color-border)',
              background: `var(${token.name})`,
            }}
          />
        </Row>
      ))}
    </ul>
  );
}

function StatusPills({ theme }: { theme: TokenTheme }) {
  return (
    <ul style={listStyle}>
      {statuses.map((status) => {
        const parts = tokensOf('status', theme).filter((token) =>
          token.name.startsWith(`--_collab-status-${status}-`),
        );
        return (
          <li key={status} style={{ ...rowStyle, alignItems: 'flex-start' }} data-status={status}>
            <span
              style={{
                flex: 'none',
                minWidth: '96px',
                padding: '0 8px',
                border: `1px solid var(--_collab-status-${status}-border)`,
                borderRadius: 'var(--_collab-radius-pill)',
                background: `var(--_collab-status-${status}-bg)`,
                color: `var(--_collab-status-${status}-fg)`,
                fontSize: 'var(--_collab-font-size-small)',
                fontWeight: 600,
                textAlign: 'center',
              }}
            >
              {status}
            </span>
            <ul style={listStyle}>
              {parts.map((token) => (
                <li key={token.name} data-token={token.name}>
                  <TokenName token={token} />
                </li>
              ))}
            </ul>
          </li>
        );
      })}
    </ul>
  );
}

function Elevation({ theme }: { theme: TokenTheme }) {
  return (
    <ul style={{ ...listStyle, display: 'grid', gap: '16px' }}>
      {tokensOf('elevation', theme).map((token) => (
        <Row key={token.name} token={token}>
          <span
            style={{
              width: '64px',
              height: '40px',
              flex: 'none',
              borderRadius: 'var(--_collab-radius)',
              background: 'var(--_collab-color-background)',
              boxShadow: `var(${token.name})`,
            }}
          />
        </Row>
      ))}
    </ul>
  );
}

function FocusRing({ theme }: { theme: TokenTheme }) {
  return (
    <ul style={listStyle}>
      {tokensOf('focus', theme).map((token) => (
        <Row key={token.name} token={token}>
          {token.name === '--_collab-focus-ring' ? (
            <span
              style={{
                flex: 'none',
                padding: '4px 12px',
                border: '1px solid var(--_collab-color-border)',
                borderRadius: 'var(--_collab-radius)',
                outline: 'var(--_collab-focus-ring)',
                outlineOffset: 'var(--_collab-focus-ring-offset)',
              }}
            >
              Focus
            </span>
          ) : null}
        </Row>
      ))}
    </ul>
  );
}

/** One theme's colours, status pills, elevation and focus ring, on its own background. */
function ThemePanel({ theme }: { theme: TokenTheme }) {
  return (
    <div
      data-theme-panel={theme}
      style={{
        ...themeProperties(theme),
        colorScheme: theme,
        flex: '1 1 360px',
        padding: '16px',
        borderRadius: 'var(--_collab-radius-large)',
        background: 'var(--_collab-color-background)',
        color: 'var(--_collab-color-text)',
        fontFamily: 'var(--_collab-font-family)',
        fontSize: 'var(--_collab-font-size)',
      }}
    >
      <h2 style={{ margin: '0 0 16px', fontSize: '20px' }}>
        {theme === 'dark' ? 'Dark theme' : 'Light theme'}
      </h2>
      <Section title="Colours">
        <ColourSwatches theme={theme} />
      </Section>
      <Section title="Status pills">
        <StatusPills theme={theme} />
      </Section>
      <Section title="Elevation">
        <Elevation theme={theme} />
      </Section>
      <Section title="Focus ring">
        <FocusRing theme={theme} />
      </Section>
    </div>
  );
}

/** The tokens that are the same in both themes: type, spacing, radii and motion. */
function SharedTokens() {
  return (
    <div
      data-theme-panel="both"
      style={{
        ...themeProperties('light'),
        padding: '16px',
        background: 'var(--_collab-color-background)',
        color: 'var(--_collab-color-text)',
        fontFamily: 'var(--_collab-font-family)',
        fontSize: 'var(--_collab-font-size)',
      }}
    >
      <h2 style={{ margin: '0 0 16px', fontSize: '20px' }}>Both themes</h2>
      <Section title="Type scale">
        <ul style={listStyle}>
          {tokensOf('type').map((token) => (
            <Row key={token.name} token={token}>
              <span
                style={{
                  minWidth: '160px',
                  ...(token.name.includes('line-height')
                    ? { lineHeight: `var(${token.name})`, outline: '1px dashed currentColor' }
                    : token.name === '--_collab-font-family'
                      ? { fontFamily: `var(${token.name})` }
                      : { fontSize: `var(${token.name})` }),
                }}
              >
                Samarbeten
              </span>
            </Row>
          ))}
        </ul>
      </Section>
      <Section title="Spacing">
        <ul style={listStyle}>
          {tokensOf('spacing').map((token) =>
            [0.5, 1, 1.5, 2, 3].map((times) => (
              <li key={times} style={rowStyle} data-token={times === 1 ? token.name : undefined}>
                <span
                  style={{
                    width: `calc(var(${token.name}) * ${times})`,
                    height: '16px',
                    background: 'var(--_collab-color-primary)',
                  }}
                />
                <code style={codeStyle}>
                  calc(var({token.publicName ?? token.name}) * {times})
                </code>
              </li>
            )),
          )}
        </ul>
      </Section>
      <Section title="Radii">
        <ul style={listStyle}>
          {tokensOf('radius').map((token) => (
            <Row key={token.name} token={token}>
              <span
                style={{
                  width: '64px',
                  height: '40px',
                  flex: 'none',
                  border: '2px solid var(--_collab-color-border)',
                  borderRadius: `var(${token.name})`,
                  background: 'var(--_collab-color-surface)',
                }}
              />
            </Row>
          ))}
        </ul>
      </Section>
      <Section title="Motion">
        <ul style={listStyle}>
          {tokensOf('motion').map((token) => (
            <Row key={token.name} token={token}>
              {null}
            </Row>
          ))}
        </ul>
      </Section>
    </div>
  );
}

export function Foundations() {
  return (
    <div style={{ display: 'grid', gap: '16px' }}>
      <SharedTokens />
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: '16px' }}>
        <ThemePanel theme="light" />
        <ThemePanel theme="dark" />
      </div>
    </div>
  );
}
