// Which workshop screen a link asks for; read before anything of the room client is loaded.
export type WorkshopLink = { role: 'attendee'; code: string } | { role: 'facilitator' };

export function workshopLink(search: string): WorkshopLink | null {
  const params = new URLSearchParams(search);
  if (params.has('join')) return { role: 'attendee', code: (params.get('join') ?? '').slice(0, 20) };
  if (params.has('workshop')) return { role: 'facilitator' };
  return null;
}
