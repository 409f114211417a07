/**
 * Firefox's container colours (`contextualIdentities`, MDN ContextualIdentity.color). The
 * background passes on only these names, so the page styles the swatch from its own palette
 * (app.css, contrast-tested) and never from a colour string it was sent.
 */
export const containerColours = [
  'blue',
  'turquoise',
  'green',
  'yellow',
  'orange',
  'red',
  'pink',
  'purple',
  'toolbar',
] as const;

export type ContainerColour = (typeof containerColours)[number];

export function isContainerColour(value: unknown): value is ContainerColour {
  return (containerColours as readonly unknown[]).includes(value);
}

/**
 * What the user knows a cookie store as: the regular windows' store, the private (incognito)
 * windows' store, or a Firefox container, with the name and colour the user gave it.
 */
export type StoreKind =
  | { kind: 'default' }
  | { kind: 'private' }
  | { kind: 'container'; name: string; colour: ContainerColour };
