// Which room screen a link asks for (a workshop's, or a talk's vote); read before anything of the room client is loaded.
export type WorkshopLink = { role: 'attendee'; code: string } | { role: 'facilitator' } | { role: 'voter'; code: string };

export function workshopLink(search: string): WorkshopLink | null {
  const params = new URLSearchParams(search);
  // ?vote=CODE: the link behind a talk's QR code, for the audience's phones.
  if (params.has('vote')) return { role: 'voter', code: (params.get('vote') ?? '').slice(0, 20) };
  if (params.has('join')) return { role: 'attendee', code: (params.get('join') ?? '').slice(0, 20) };
  if (params.has('workshop')) return { role: 'facilitator' };
  return null;
}
