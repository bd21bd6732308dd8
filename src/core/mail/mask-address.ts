// What a viewer may see of the person a message went to: the first letter and the domain, without the name. The
// full addresses of the people affected are personal data, for the responders who handle them (the uploaded list
// is theirs alone).

export function maskAddress(recipient: string): string {
  const angled = /<([^<>]+)>\s*$/.exec(recipient);
  const address = (angled ? angled[1]! : recipient).trim();
  const at = address.lastIndexOf('@');
  if (at <= 0) return recipient;
  return `${address[0]}•••${address.slice(at)}`;
}
