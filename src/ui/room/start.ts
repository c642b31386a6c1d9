// The workshop screens, opened by a link: ?join (or ?join=CODE, the QR code's link) for attendees,
// ?workshop for the facilitator, ?vote=CODE for a talk's audience. They need the server of `npm start`; the solo game does not.
import type { UiContext } from '../context.ts';
import { startAttendee } from './attendee.ts';
import { startFacilitator } from './facilitator.ts';
import { startVoter } from './voter.ts';
import './room.css';
import type { WorkshopLink } from './link.ts';

/** Draws the workshop screen the link asks for; the returned function redraws it (language, theme). */
export function startWorkshop(root: HTMLElement, ctx: UiContext, link: WorkshopLink): () => void {
  if (link.role === 'voter') return startVoter(root, ctx, link.code);
  return link.role === 'attendee' ? startAttendee(root, ctx, link.code) : startFacilitator(root, ctx);
}
