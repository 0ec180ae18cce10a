// GET /tickets/:token.png: a ticket's QR code as a PNG, for the image the bot replies with (kept in the chat, so it
// shows with no signal in the hall). The signed token is the ticket itself; an unsigned one gets a 404.
import express, { type Router } from 'express';
import QRCode from 'qrcode';
import { AppError } from '@nithet/shared';
import type { BotDeps } from '../deps';
import { verifyTicketSignature } from '../seminars/check-in-token';
import { signingSecret } from '../config';

export function ticketImageRouter(deps: BotDeps): Router {
  const r = express.Router();
  r.get('/tickets/:file', async (req, res) => {
    const match = /^(NTC1\.[A-Za-z0-9_-]{1,600}\.[A-Za-z0-9_-]{1,40})\.png$/.exec(String(req.params.file));
    if (!match?.[1] || !verifyTicketSignature(signingSecret(deps.config), match[1])) {
      throw new AppError('http/not-found', 'No ticket image for this link');
    }
    // LINE shows the preview in the chat (≤1 MB, small) and the original when tapped.
    const width = req.query.size === 'preview' ? 240 : 720;
    const png = await QRCode.toBuffer(match[1], { type: 'png', errorCorrectionLevel: 'M', margin: 2, width });
    res.type('image/png').set('cache-control', 'public, max-age=86400, immutable').send(png);
  });
  return r;
}
